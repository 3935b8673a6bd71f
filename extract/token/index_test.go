package token

import (
	"fmt"
	"testing"
)

// TestWordIndex holds the index to a map on words that share lengths,
// first and last letters (which Hash reads), across several growths.
func TestWordIndex(t *testing.T) {
	var x WordIndex
	want := map[string]int32{}
	if x.ID("جنيف") != -1 || x.Len() != 0 {
		t.Fatal("the zero index is not empty")
	}
	for i := range 3000 {
		w := fmt.Sprintf("ال%dمدينة%d", i%7, i)
		if i%3 == 0 {
			w = fmt.Sprintf("كلمة%dطويلة", i)
		}
		if id := x.Add(w); id != int32(len(want)) {
			t.Fatalf("Add(%q) = %d, want %d", w, id, len(want))
		}
		want[w] = int32(len(want))
		if id := x.Add(w); id != want[w] {
			t.Fatalf("Add(%q) again = %d, want %d", w, id, want[w])
		}
	}
	x.Reserve(10000, 0)
	for w, id := range want {
		if got := x.ID(w); got != id {
			t.Errorf("ID(%q) = %d, want %d", w, got, id)
		}
		if x.Word(id) != w {
			t.Errorf("Word(%d) = %q, want %q", id, x.Word(id), w)
		}
	}
	for _, w := range []string{"", "ا", "المدينة", "كلمة1طويلة", "ال0مدينة3"} {
		if _, ok := want[w]; !ok && x.ID(w) != -1 {
			t.Errorf("ID(%q) = %d, want -1", w, x.ID(w))
		}
	}
	if x.Len() != len(want) {
		t.Errorf("Len = %d, want %d", x.Len(), len(want))
	}
}

// TestVocabularyKnown holds the known marks, and the tokenizer's use of
// them and of the ids.
func TestVocabularyKnown(t *testing.T) {
	var v Vocabulary
	bz := v.Add("بنزرت")
	v.Add("زرت")
	v.SetKnown(bz)
	if !v.Known("بنزرت") || v.Known("زرت") || v.Known("تونس") || v.KnownID(-1) || v.KnownID(1000) {
		t.Fatal("wrong known words")
	}
	tz := Tokenizer{Lexicon: &v}
	ts := tz.Tokenize("بنزرت وزرت")
	if ts.Vocabulary != &v {
		t.Fatal("the tokens do not carry the vocabulary")
	}
	if a := ts.List[0].Analyses; len(a) != 1 || a[0].ID != bz {
		t.Errorf("بنزرت: %+v, want one analysis with id %d", a, bz)
	}
	var stem int32 = -2
	for _, a := range ts.List[1].Analyses {
		if a.Stem == "زرت" {
			stem = a.ID
		} else if a.ID != v.ID(a.Stem) {
			t.Errorf("وزرت: %+v has the wrong id", a)
		}
	}
	if stem != v.ID("زرت") {
		t.Errorf("وزرت: stem زرت has id %d, want %d", stem, v.ID("زرت"))
	}
}
