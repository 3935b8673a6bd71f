package write

import (
	"bufio"
	"io"
	"sort"
	"strings"
	"unicode"

	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
)

// conllWriter prints each document as CoNLL: one "token TAG" line per
// token, IOB2 tags from the entities' name mentions, a blank line after
// each sentence, and a "-DOCSTART- O" line opening each document. Tags use
// the ANERcorp tag set that `newsx eval ner` reads (PERS, ORG, LOC, MISC
// for any other type), so newsx output and gold files compare directly.
// Error records have no place in CoNLL and are left out (see
// CarriesErrors).
type conllWriter struct {
	w  io.Writer
	bw *bufio.Writer // over w, made once, flushed after each document
}

// conllTag is the CoNLL label of an entity type.
func conllTag(typ string) string {
	switch typ {
	case doc.Person:
		return "PERS"
	case doc.Organization:
		return "ORG"
	case doc.Location:
		return "LOC"
	}
	return "MISC"
}

func (c *conllWriter) Write(r Result) error {
	if r.Err != nil || r.Analysis == nil || r.Analysis.Tokens == nil {
		return nil
	}
	if c.bw == nil {
		c.bw = bufio.NewWriterSize(c.w, 1<<16)
	}
	bw := c.bw
	bw.WriteString("-DOCSTART- O\n\n")
	a := r.Analysis
	toks := a.Tokens.List
	// Original offsets of every token; the offset map is monotonic, so
	// these are sorted.
	starts := make([]int, len(toks))
	ends := make([]int, len(toks))
	for i, t := range toks {
		starts[i], ends[i] = a.Text.Map.Span(t.Start, t.End)
	}
	tags := conllTags(r.Doc, starts, ends)
	for _, s := range a.Tokens.Sentences {
		n := 0
		for i := s.First; i < s.Last && i < len(toks); i++ {
			text := conllToken(a, starts[i], ends[i], toks[i].Text)
			if text == "" {
				continue
			}
			bw.WriteString(text)
			bw.WriteByte(' ')
			bw.WriteString(tags[i])
			bw.WriteByte('\n')
			n++
		}
		if n > 0 {
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}

// conllTags gives every token its IOB2 tag: a token overlapping a name
// mention takes the mention's type, B- on the mention's first token and
// I- on the others. Where mentions overlap, the earlier (then the longer)
// wins.
func conllTags(d *doc.Document, starts, ends []int) []string {
	tags := make([]string, len(starts))
	type span struct {
		start, end int
		tag        string
	}
	var spans []span
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Kind == doc.KindName && m.End > m.Start {
				spans = append(spans, span{m.Start, m.End, conllTag(e.Type)})
			}
		}
	}
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	for _, sp := range spans {
		// First token ending after the mention starts.
		i := sort.Search(len(ends), func(k int) bool { return ends[k] > sp.start })
		first := true
		for ; i < len(starts) && starts[i] < sp.end; i++ {
			if tags[i] != "" {
				first = false
				continue
			}
			if first {
				tags[i] = "B-" + sp.tag
				first = false
			} else {
				tags[i] = "I-" + sp.tag
			}
		}
	}
	for i, t := range tags {
		if t == "" {
			tags[i] = "O"
		}
	}
	return tags
}

// conllToken returns a token's original text, with any white space inside
// it (which would break the one-token-a-line format) replaced by '_'.
func conllToken(a *analysis.Analysis, start, end int, form string) string {
	text := a.Original(start, end)
	if text == "" {
		text = form
	}
	if strings.IndexFunc(text, unicode.IsSpace) < 0 {
		return text
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return '_'
		}
		return r
	}, text)
}

func (c *conllWriter) Close() error { return nil }
