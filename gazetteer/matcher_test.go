package gazetteer

import (
	"testing"

	"github.com/newsx/newsx/extract/token"
	"github.com/newsx/newsx/normalize"
)

// TestMatcher names one case per matching rule: clitics on the first
// token, multi-word names, adjectives, Latin acronyms, ambiguous names.
func TestMatcher(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tz := token.Tokenizer{Lexicon: g.Lexicon()}
	cases := []struct {
		name, text string
		// want: kb_ids the longest hit at token 0 must include, its
		// length in tokens, whether it is a clitic reading, and the kind.
		ids    []string
		tokens int
		clitic bool
		kind   FormKind
	}{
		{"preposition ب", "بجنيف", []string{"loc:geneva"}, 1, true, FormName},
		{"preposition ل with article", "للناتو", []string{"org:nato"}, 1, true, FormAlias},
		{"conjunction and article on an adjective", "والسويسرية", []string{"loc:CH"}, 1, true, FormAdjective},
		{"plural adjective", "السويسريون", []string{"loc:CH"}, 1, false, FormAdjective},
		{"three-word name", "حلف شمال الأطلسي", []string{"org:nato"}, 3, false, FormName},
		{"three-word name with ل", "لحلف شمال الأطلسي (الناتو)", []string{"org:nato"}, 3, true, FormName},
		{"hamza spelling variant", "حلف شمال الاطلسى", []string{"org:nato"}, 3, false, FormName},
		{"Latin acronym", "NATO", []string{"org:nato"}, 1, false, FormLatin},
		{"name that is a country and a capital", "عمان", []string{"loc:OM", "loc:amman"}, 1, false, FormName},
		{"name with clitic و and ambiguity", "وعمان", []string{"loc:OM", "loc:amman"}, 1, true, FormName},
		{"three-word country alias", "الولايات المتحدة الأمريكية", []string{"loc:US"}, 3, false, FormAlias},
		{"longest wins", "مركز جنيف للسياسات الأمنية", []string{"org:gcsp"}, 4, false, FormName},
		{"nominal", "الحلف", []string{"org:nato"}, 1, false, FormNominal},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks := tz.Tokenize(normalize.Normalize(c.text).Form).List
			h, ok := g.Matcher().Longest(toks, 0, func(v Value) bool { return v.Kind <= FormNominal })
			if !ok {
				t.Fatalf("no match in %q", c.text)
			}
			if h.End-h.Start != c.tokens || h.Clitic != c.clitic {
				t.Errorf("hit %+v: want %d tokens, clitic %v", h, c.tokens, c.clitic)
			}
			for _, id := range c.ids {
				found := false
				for _, v := range h.Values {
					if g.Entries[v.Ref].ID == id && v.Kind == c.kind {
						found = true
					}
				}
				if !found {
					var got []string
					for _, v := range h.Values {
						got = append(got, g.Entries[v.Ref].ID)
					}
					t.Errorf("%s (kind %d) not among %v", id, c.kind, got)
				}
			}
		})
	}
}

func TestMatcherNoMatch(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var tz token.Tokenizer
	for _, s := range []string{"", "جنيفية", "شمال", "nato"} {
		toks := tz.Tokenize(normalize.Normalize(s).Form).List
		for i := range toks {
			if h, ok := g.Matcher().Longest(toks, i, func(v Value) bool { return v.Kind <= FormNominal && g.Entries[v.Ref].ID == "org:nato" }); ok {
				t.Errorf("%q matched NATO: %+v", s, h)
			}
		}
	}
}

func TestLexiconProtectsNames(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	lex := g.Lexicon()
	for _, w := range []string{"بغداد", "لبنان", "بوريس", "فلسطين", "كندا"} {
		if !lex.Known(normalize.Word(w)) {
			t.Errorf("lexicon does not protect %s", w)
		}
	}
	// و + a known name stays splittable.
	for _, w := range []string{"وعمان", "بجنيف", "للناتو"} {
		if lex.Known(normalize.Word(w)) {
			t.Errorf("lexicon protects %s, which is clitic + name", w)
		}
	}
}
