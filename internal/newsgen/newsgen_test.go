package newsgen

import (
	"strings"
	"testing"
)

func TestArticleDeterministicAndVaried(t *testing.T) {
	a, b := Article(1), Article(1)
	if a != b {
		t.Fatal("same seed gave different articles")
	}
	if Article(2) == a {
		t.Fatal("different seeds gave the same article")
	}
	if !strings.Contains(a, "\n\n") || len([]rune(a)) < 200 {
		t.Fatalf("article too short or without paragraphs: %q", a)
	}
	if strings.Contains(a, "%!") {
		t.Fatalf("template formatting error: %q", a)
	}
}

func TestCorpusSize(t *testing.T) {
	if c := Corpus(100_000); len(c) < 100_000 {
		t.Fatalf("corpus %d bytes", len(c))
	}
}
