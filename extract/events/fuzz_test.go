package events_test

import (
	"fmt"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/events"
	"github.com/newsx/newsx/extract/token"
)

// markEvery is a stand-in entity and date stage for fuzzing: it makes
// every third word a mention (person, organisation, place, nationality
// adjective in turn, some two words long) and every number a date, so the
// event stage meets every kind of argument on any text.
type markEvery struct{}

func (markEvery) Name() string { return "mark" }

func (markEvery) Process(a *analysis.Analysis) {
	types := []string{doc.Person, doc.Organization, doc.Location, doc.Location}
	kinds := []string{doc.KindName, doc.KindName, doc.KindName, doc.KindAdjective}
	n := 0
	toks := a.Tokens.List
	for k := 0; k < len(toks); k++ {
		switch toks[k].Kind {
		case token.Number:
			sp := a.SpanOf(k, k+1)
			a.Doc.Dates = append(a.Doc.Dates, doc.Timex{ID: fmt.Sprintf("t%d", len(a.Doc.Dates)+1), Text: sp.Text,
				Start: sp.Start, End: sp.End, Type: doc.Date, Value: "2025-10-2" + fmt.Sprint(len(a.Doc.Dates)%10)})
			a.Timexes = append(a.Timexes, analysis.TokenRange{First: k, Last: k + 1})
		case token.Word:
			if k%3 != 0 {
				continue
			}
			last := k + 1
			if n%2 == 1 && last < len(toks) && toks[last].Kind == token.Word && toks[last].Sentence == toks[k].Sentence {
				last++
			}
			sp := a.SpanOf(k, last)
			e := doc.Entity{ID: fmt.Sprintf("e%d", len(a.Doc.Entities)+1), Type: types[n%4], Name: sp.Text,
				Subtype:  []string{"", "", "city", "country"}[n%4],
				Mentions: []doc.Mention{{Text: sp.Text, Start: sp.Start, End: sp.End, Kind: kinds[n%4]}}}
			a.Doc.Entities = append(a.Doc.Entities, e)
			a.Mentions = append(a.Mentions, analysis.MentionRef{Entity: len(a.Doc.Entities) - 1,
				TokenRange: analysis.TokenRange{First: k, Last: last}})
			n++
			k = last - 1
		}
	}
}

func FuzzEvents(f *testing.F) {
	for _, path := range articles(f) {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("")
	f.Add("قام بزيارة")
	f.Add("لم يزر ، و")
	f.Add("(الناتو) ٢٣ زار زار زار مع مع بين و")
	f.Add("وقع\n\nوقع اتفاق")
	marked := extract.New(extract.WithStages(markEvery{}, events.New()))
	bare := extract.New(extract.WithStages(events.New()))
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, p := range []*extract.Pipeline{marked, bare} {
			d := p.Extract(extract.Input{ID: "fuzz", Source: "fuzz", Text: s})
			for _, bad := range checkDoc(d, s) {
				t.Errorf("%q: %s", s, bad)
			}
		}
	})
}
