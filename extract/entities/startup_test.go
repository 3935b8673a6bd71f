package entities

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsx/newsx/gazetteer"
)

// TestNewMatchesReference holds New, which builds its tables the cheap
// way for start-up, to the straightforward construction (referenceNew):
// the same classes for every word, the same matcher ids, the same keys.
func TestNewMatchesReference(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	got := New(g)
	want, words := referenceNew(g)
	for w, in := range words {
		if g := got.info(w); g != in {
			t.Errorf("info(%q) = %+v; want %+v", w, g, in)
		}
	}
	lex := g.Lexicon()
	for id := range got.infos {
		w := got.vocab.Word(int32(id))
		if got.vocab.Known(w) != lex.Known(w) {
			t.Errorf("vocabulary knows %q: %v, the gazetteer's lexicon %v", w, got.vocab.Known(w), lex.Known(w))
		}
		if id < got.m.VocabularySize() && w != got.m.VocabularyWord(id) {
			t.Errorf("vocabulary word %d = %q, matcher's %q", id, w, got.m.VocabularyWord(id))
		}
		if got.vocab.ID(w) != int32(id) {
			t.Errorf("vocabulary id of %q = %d, want %d", w, got.vocab.ID(w), id)
		}
		if _, ok := words[w]; !ok && got.infos[id] != (wordInfo{}) {
			t.Errorf("info(%q) = %+v; want none", w, got.infos[id])
		}
	}
	if !slices.Equal(got.keys, want.keys) {
		t.Error("keys differ")
	}
	for i := range want.keyWords {
		if !slices.Equal(got.keyWords[i], want.keyWords[i]) {
			t.Errorf("keyWords[%d] = %q, want %q", i, got.keyWords[i], want.keyWords[i])
		}
	}
}

// TestFields holds fields to strings.Fields.
func TestFields(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []string{"", " ", "a", " a  b ", "\tجنيف\u00a0حلف\u2003x\u3000", "ab\u0085cd\u200bef\u1680", "\xffا\xd8 ب"}
	cases = append(cases, g.EntryKeys()...)
	cases = append(cases, g.NameKeys()...)
	cases = append(cases, g.TitleKeys()...)
	for _, s := range cases {
		if got := slices.Collect(fields(s)); !slices.Equal(got, strings.Fields(s)) {
			t.Errorf("fields(%q) = %q, want %q", s, got, strings.Fields(s))
		}
	}
	for r := rune(0x80); r <= 0x3000; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Errorf("isSpace(%U) = %v", r, isSpace(r))
		}
	}
}

// referenceNew is New as first written: class maps built from the
// gazetteer's rule sets, every word's info computed, one map (returned
// beside the stage, which holds the keys).
func referenceNew(g *gazetteer.Gazetteer) (*Stage, map[string]wordInfo) {
	s := &Stage{g: g, m: g.Matcher()}
	// New runs at start-up: the maps are sized up front and each name is
	// normalised once.
	cls := make(map[string]wordClass, len(g.Rules)+len(g.Names))
	for _, c := range ruleClasses {
		for w := range g.Class(c.name) {
			cls[w] |= c.bit
		}
	}
	isName := func(w string) bool { return cls[w]&cNameWord != 0 }
	// The gazetteer holds every name already normalised (its keys are
	// normalize.Word's; the snapshot stores them).
	for _, k := range g.NameKeys() {
		for w := range strings.FieldsSeq(k) {
			cls[w] |= cNameWord
		}
	}
	s.keys = g.EntryKeys()
	s.keyWords = make([][]string, len(g.Entries))
	for i, e := range g.Entries {
		if e.Type == gazetteer.Person {
			s.keyWords[i] = strings.Fields(s.keys[i])
		}
	}
	common := make(map[string]bool, len(g.Entries))
	addCommon := func(key string) {
		for w := range strings.FieldsSeq(key) {
			w = stripArticle(w)
			if !isName(w) && !isName("ال"+w) && utf8.RuneCountInString(w) > 2 {
				common[w] = true
			}
		}
	}
	for i, e := range g.Entries {
		if e.Type == gazetteer.Organization {
			addCommon(s.keys[i])
		}
	}
	for _, k := range g.TitleKeys() {
		addCommon(k)
	}
	for w := range g.Class("org_head") {
		common[stripArticle(w)] = true
	}
	for w := range g.Class("place_head") {
		common[stripArticle(w)] = true
	}
	// Place names are not common words, whatever organisation they name.
	for i, e := range g.Entries {
		if e.Type == gazetteer.Location {
			for w := range strings.FieldsSeq(s.keys[i]) {
				delete(common, stripArticle(w))
			}
		}
	}
	for w := range common {
		cls[w] |= cCommon
	}

	// Every word with a non-zero wordInfo is a class word x, x without
	// ال or ال+x; index them all.
	// Most of its words are the matcher's vocabulary; the class words and
	// their forms add about one more per class word (3*len(cls) sized the
	// map a third too large, which start-up paid for in zeroed memory).
	words := make(map[string]wordInfo, len(s.m.Vocabulary())+len(cls)+len(cls)/4)
	add := func(w string) {
		if _, done := words[w]; done {
			return
		}
		in := wordInfo{self: cls[w], withAl: cls["ال"+w], strip: cls[stripArticle(w)]}
		if rest, ok := strings.CutPrefix(w, "ال"); ok {
			in.afterAl = cls[rest]
		}
		if in != (wordInfo{}) {
			words[w] = in
		}
	}
	for w := range cls {
		add(w)
		add("ال" + w)
		if rest, ok := strings.CutPrefix(w, "ال"); ok {
			add(rest)
		}
	}
	for id, w := range s.m.Vocabulary() {
		in := words[w]
		in.mid = int32(id) + 1
		words[w] = in
	}
	return s, words
}
