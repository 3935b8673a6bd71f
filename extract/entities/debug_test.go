package entities

import (
	"fmt"
	"os"
	"testing"

	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/token"
	"github.com/newsx/newsx/gazetteer"
	"github.com/newsx/newsx/normalize"
)

// TestDebug prints the tokens, gazetteer hits and entities of the text in
// $NEWSX_DEBUG_TEXT; it is a tool for studying errors, skipped otherwise.
func TestDebug(t *testing.T) {
	txt := os.Getenv("NEWSX_DEBUG_TEXT")
	if txt == "" {
		t.Skip("set NEWSX_DEBUG_TEXT")
	}
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	tz := token.Tokenizer{Lexicon: g.Lexicon()}
	a := &analysis.Analysis{Doc: doc.New("", "")}
	a.Text = normalize.Normalize(txt)
	a.Tokens = tz.Tokenize(a.Text.Form)
	for i := range a.Tokens.List {
		tk := &a.Tokens.List[i]
		fmt.Printf("%d %s %v\n", i, tk.Text, tk.Analyses)
		for _, h := range g.Matcher().At(a.Tokens.List, i, nil) {
			for _, v := range h.Values {
				desc := ""
				switch {
				case v.Kind <= gazetteer.FormNominal || v.Kind == gazetteer.FormSurname:
					desc = g.Entries[v.Ref].ID
				case v.Kind <= gazetteer.FormFamily:
					desc = g.Names[v.Ref].Name
				default:
					desc = g.Titles[v.Ref].Phrase
				}
				fmt.Printf("    [%d,%d) kind %d %s clitic=%v\n", h.Start, h.End, v.Kind, desc, h.Clitic)
			}
		}
	}
	New(g).Process(a)
	for _, e := range a.Doc.Entities {
		fmt.Println(e.Type, e.Name, e.KBID, e.Attributes, e.Mentions)
	}
}
