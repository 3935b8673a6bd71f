package timex

import (
	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/token"
	"github.com/newsx/newsx/normalize"
)

// Tag normalises and tokenises text and returns its dates, resolved
// against ref (nil: none). It is the tagger without the rest of the
// pipeline, for tools and tests.
func Tag(text string, ref *analysis.Reference) []doc.Timex {
	a := analyze(text, ref)
	Stage{}.Process(a)
	return a.Doc.Dates
}

func analyze(text string, ref *analysis.Reference) *analysis.Analysis {
	var tz token.Tokenizer
	a := &analysis.Analysis{Ref: ref, Doc: doc.New("", "")}
	a.Text = normalize.Normalize(text)
	a.Tokens = tz.Tokenize(a.Text.Form)
	return a
}
