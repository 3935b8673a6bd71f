package events_test

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/token"
	"github.com/newsx/newsx/normalize"
)

// annotated builds the analysis of text with the entities and dates that
// ann lists, standing in for the entity and date stages so that the event
// tests depend on nothing but the event stage.
//
// ann has one line per entity or date, TAB-separated:
//
//	PERSON|ORGANIZATION|LOCATION <TAB> subtype <TAB> canonical name <TAB> surface|surface…[ <TAB> kind=surface|…]
//	DATE|TIME <TAB> value <TAB> surface
//
// Every occurrence of a surface form in the text (on token boundaries, a
// leading clitic allowed) becomes a mention; longer surfaces win.
func annotated(text, ann string, ref string) (*analysis.Analysis, error) {
	a := &analysis.Analysis{Doc: doc.New("test", "test"), Lang: "ar"}
	if ref != "" {
		r, err := parseRef(ref)
		if err != nil {
			return nil, err
		}
		a.Ref = r
		a.Doc.ReferenceDate = &ref
	}
	a.Text = normalize.Default().Normalize(text)
	var tz token.Tokenizer
	a.Tokens = tz.Tokenize(a.Text.Form)
	type surf struct {
		words []string
		line  int
		kind  string
	}
	type item struct {
		typ, sub, name string
		surfs          []surf
		date           bool
	}
	var items []item
	sc := bufio.NewScanner(strings.NewReader(ann))
	for n := 0; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("ann line %d: want at least 3 columns", n+1)
		}
		it := item{typ: f[0], sub: f[1]}
		var forms []string
		kindOf := map[string]string{}
		if f[0] == "DATE" || f[0] == "TIME" {
			it.date = true
			forms = []string{f[2]}
		} else {
			if len(f) < 4 {
				return nil, fmt.Errorf("ann line %d: want 4 columns", n+1)
			}
			it.name = f[2]
			forms = strings.Split(f[3], "|")
			for _, opt := range f[4:] {
				k, v, _ := strings.Cut(opt, "=")
				for _, s := range strings.Split(v, "|") {
					forms = append(forms, s)
					kindOf[s] = k
				}
			}
		}
		for _, s := range forms {
			ts := tz.Tokenize(normalize.Default().Normalize(s).Form)
			var ws []string
			for _, t := range ts.List {
				ws = append(ws, t.Text)
			}
			k := kindOf[s]
			if k == "" {
				k = doc.KindName
			}
			it.surfs = append(it.surfs, surf{words: ws, kind: k})
		}
		items = append(items, it)
	}
	type hit struct {
		item, first, last, strip int
		kind                     string
	}
	var hits []hit
	used := make([]bool, len(a.Tokens.List))
	// longest surfaces first
	type cand struct {
		item int
		s    surf
	}
	var cands []cand
	for i, it := range items {
		for _, s := range it.surfs {
			cands = append(cands, cand{i, s})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return len(cands[i].s.words) > len(cands[j].s.words) })
	toks := a.Tokens.List
	for _, c := range cands {
	next:
		for k := 0; k+len(c.s.words) <= len(toks); k++ {
			strip := 0
			for w, want := range c.s.words {
				t := &toks[k+w]
				if used[k+w] {
					continue next
				}
				if t.Text == want {
					continue
				}
				if w > 0 || t.Kind != token.Word {
					continue next
				}
				ok := false
				for _, an := range t.Analyses[1:] {
					if an.Suffix != "" {
						continue
					}
					if an.Stem == want && !an.Article {
						ok, strip = true, utf8.RuneCountInString(an.Prefix)
						break
					}
					if an.Article && an.Definite() == want {
						ok = true
						if strings.HasSuffix(an.Prefix, "ال") {
							strip = utf8.RuneCountInString(an.Prefix) - 2
						}
						break
					}
				}
				if !ok {
					continue next
				}
			}
			for w := range c.s.words {
				used[k+w] = true
			}
			hits = append(hits, hit{item: c.item, first: k, last: k + len(c.s.words), strip: strip, kind: c.s.kind})
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].first < hits[j].first })
	entIdx := map[int]int{}
	for _, h := range hits {
		it := items[h.item]
		sp := a.FormSpan(toks[h.first].Start+h.strip, toks[h.last-1].End)
		if it.date {
			a.Doc.Dates = append(a.Doc.Dates, doc.Timex{ID: fmt.Sprintf("t%d", len(a.Doc.Dates)+1), Text: sp.Text,
				Start: sp.Start, End: sp.End, Type: it.typ, Value: it.sub})
			a.Timexes = append(a.Timexes, analysis.TokenRange{First: h.first, Last: h.last})
			continue
		}
		e, ok := entIdx[h.item]
		if !ok {
			e = len(a.Doc.Entities)
			entIdx[h.item] = e
			a.Doc.Entities = append(a.Doc.Entities, doc.Entity{ID: fmt.Sprintf("e%d", e+1), Type: it.typ,
				Subtype: it.sub, Name: it.name})
		}
		ent := &a.Doc.Entities[e]
		ent.Mentions = append(ent.Mentions, doc.Mention{Text: sp.Text, Start: sp.Start, End: sp.End, Kind: h.kind})
		a.Mentions = append(a.Mentions, analysis.MentionRef{Entity: e, Mention: len(ent.Mentions) - 1,
			TokenRange: analysis.TokenRange{First: h.first, Last: h.last}})
	}
	return a, nil
}
