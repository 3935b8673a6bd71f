package gazetteer_test

import (
	"fmt"

	"github.com/newsx/newsx/extract/token"
	"github.com/newsx/newsx/gazetteer"
	"github.com/newsx/newsx/normalize"
)

func ExampleAdjectiveForms() {
	fmt.Println(gazetteer.AdjectiveForms("سويسري")[:5])
	// Output: [سويسري سويسريه سويسريون سويسريين سويسريات]
}

func ExampleMatcher_Longest() {
	g, err := gazetteer.Default()
	if err != nil {
		panic(err)
	}
	tz := token.Tokenizer{Lexicon: g.Lexicon()}
	toks := tz.Tokenize(normalize.Normalize("زيارة رسمية بجنيف").Form).List
	for i := range toks {
		h, ok := g.Matcher().Longest(toks, i, func(v gazetteer.Value) bool { return v.Kind == gazetteer.FormName })
		if ok {
			e := g.Entries[h.Values[0].Ref]
			fmt.Println(toks[i].Text, "→", e.ID, e.NameEn, "clitic:", h.Clitic)
		}
	}
	// Output: بجنيف → loc:geneva Geneva clitic: true
}
