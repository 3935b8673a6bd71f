package english

import (
	"os"
	"strings"
	"testing"
)

// TestEventTypesMatchArabic checks that the English trigger lexicon
// declares the same event types with the same PLOVER categories and CAMEO
// codes as the Arabic one, so both languages' events join up.
func TestEventTypesMatchArabic(t *testing.T) {
	b, err := os.ReadFile("../events/triggers.tsv")
	if err != nil {
		t.Skipf("Arabic trigger lexicon not available: %v", err)
	}
	arabic := map[string]eventType{}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if strings.HasPrefix(f[0], "@") && len(f) >= 3 {
			arabic[f[0][1:]] = eventType{plover: f[1], cameo: f[2]}
		}
	}
	lx, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	for typ, want := range arabic {
		got, ok := lx.types[typ]
		if !ok {
			t.Errorf("type %s of the Arabic lexicon is not declared in data/triggers.tsv", typ)
		} else if got != want {
			t.Errorf("type %s: English %+v, Arabic %+v", typ, got, want)
		}
	}
	for typ := range lx.types {
		if _, ok := arabic[typ]; !ok {
			t.Errorf("type %s is English only", typ)
		}
	}
}

func TestLexiconsLoad(t *testing.T) {
	lx, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		words []string
		typ   string
	}{
		{[]string{"visited"}, "VISIT"},
		{[]string{"held"}, ""},
		{[]string{"talks"}, "TALKS"},
		{[]string{"keynote"}, "SPEECH"},
		{[]string{"condemned"}, "CONDEMN"},
		{[]string{"protesters"}, "PROTEST"},
		{[]string{"air", "strike"}, "ASSAULT"},
		{[]string{"met"}, "MEETING"},
	}
	for _, c := range cases {
		tr, ok := lx.triggers.get(c.words)
		switch {
		case c.typ == "" && ok:
			t.Errorf("%v is a trigger (%s), want none", c.words, tr.typ)
		case c.typ != "" && (!ok || tr.typ != c.typ):
			t.Errorf("%v: got %v, want %s", c.words, tr, c.typ)
		}
	}
	if tr, _ := lx.triggers.get([]string{"air", "strike"}); tr == nil || tr.cameo != "195" {
		t.Errorf("air strike cameo = %v, want 195", tr)
	}
	if k, ok := lx.titles.get([]string{"assistant", "secretary", "general"}); !ok || !k.role {
		t.Errorf("Assistant Secretary General: %+v %v, want a role", k, ok)
	}
	if lx.demonyms["Swiss"] != "loc:CH" {
		t.Errorf("Swiss → %q, want loc:CH", lx.demonyms["Swiss"])
	}
}
