// Package timex is the newsx temporal tagger: it finds dates, times,
// durations and recurrences in Arabic news and normalises them to TIMEX3
// values (ISO 8601), resolved against the document's reference date.
//
// It reads the tokens and their clitic analyses (بيونيو, وفي, الشهر), never
// the raw text: every word is looked up once in a table of temporal words
// (month names in the four systems, Hijri months, weekdays, number words,
// units, day parts …) and a hand-written grammar over those classes builds
// the expressions. No regular expression runs on the text. Spans are mapped
// back to original offsets.
//
// Reference-date semantics:
//
//   - No reference: whatever the text leaves open stays open (XXXX-10-23,
//     XXXX-WXX-4, XXXX-XX-XX for أمس); nothing is taken from the clock.
//     Relative expressions keep their offset in the anchor attribute
//     (REF-P1D).
//   - A date-only reference: expressions finer than a day resolve to the
//     day they fall on, counting whole days back from the reference date
//     (منذ 3 ساعات → the reference date, anchor REF-PT3H), since the hour of
//     the reference is unknown. Offsets in days, months and years resolve
//     at their own grain (قبل ثلاثة أشهر → 2025-07).
//   - A date-time reference: offsets resolve one grain finer than their
//     unit, the precision the instant allows (منذ 3 ساعات →
//     2025-10-26T06:00, قبل ثلاثة أشهر → 2025-07-26).
//
// Bare weekdays resolve by the tense of their sentence: the most recent
// one (possibly the reference day) in a report, the next one when the
// sentence speaks of the future (سـ, سوف) or the word says so (المقبل).
// A month without a year takes the reference's year.
package timex

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/token"
)

// Stage is the temporal tagger as a pipeline stage.
type Stage struct{}

// New returns the temporal tagging stage.
func New() analysis.Stage { return Stage{} }

// Name implements analysis.Stage.
func (Stage) Name() string { return "timex" }

// Process implements analysis.Stage: it fills a.Doc.Dates and a.Timexes.
func (Stage) Process(a *analysis.Analysis) {
	p := newParser(a.Tokens, a.Ref)
	defer p.release()
	for _, it := range p.run() {
		sp := a.FormSpan(it.start, it.end)
		if sp.Text == "" {
			continue
		}
		t := doc.Timex{ID: "t" + strconv.Itoa(len(a.Doc.Dates)+1), Text: sp.Text, Start: sp.Start, End: sp.End,
			Type: it.v.typ, Value: it.v.value(), Attributes: it.v.attrMap()}
		a.Doc.Dates = append(a.Doc.Dates, t)
		a.Timexes = append(a.Timexes, analysis.TokenRange{First: it.first, Last: it.last})
	}
}

// item is one tagged expression: tokens [first, last), matching-form
// offsets [start, end) and its value.
type item struct {
	first, last int
	start, end  int
	v           tv
}

// tk is a token with its temporal reading.
type tk struct {
	kind  token.Kind
	w     string // the whole word (matching form)
	stem  string // the stem of the matched analysis
	e     entry
	strip int // code points of proclitics before the stem (not the article)
	pre   string
	art   bool
	num   int     // value of a plain integer, -1 otherwise
	fnum  float64 // value of a decimal number (2.5), 0 otherwise
	nd    int     // digits in the integer
	start int
	end   int
	sent  int
}

type parser struct {
	toks   []tk
	ref    time.Time
	hasRef bool
	clock  bool
	// future caches the tense of each sentence: 0 unknown, 1 past, 2 future.
	future []uint8
	src    *token.Tokens
	// futureDefault resolves bare weekdays and months forward (eval).
	futureDefault bool
	// noTime stops timePart (reading the head of a time range).
	noTime bool
	// one holds the single item parseAt returns, to avoid an allocation.
	one [1]item
	// out is the reused result slice.
	out []item
	// cache is the last accAt result.
	cache struct {
		i, j, n int
		a       acc
		ok      bool
	}
}

var parserPool = sync.Pool{New: func() any { return new(parser) }}

func newParser(ts *token.Tokens, ref *analysis.Reference) *parser {
	p := parserPool.Get().(*parser)
	toks, future, out := p.toks, p.future, p.out
	*p = parser{src: ts, out: out[:0]}
	if ref != nil {
		p.ref, p.hasRef, p.clock = ref.Time, true, ref.HasClock
	}
	if cap(toks) >= len(ts.List) {
		p.toks = toks[:len(ts.List)]
		clear(p.toks)
	} else {
		p.toks = make([]tk, len(ts.List))
	}
	p.future = future[:0]
	for i := range ts.List {
		t := &ts.List[i]
		k := &p.toks[i]
		k.kind, k.w, k.start, k.end, k.sent, k.num = t.Kind, t.Text, t.Start, t.End, t.Sentence, -1
		switch t.Kind {
		case token.Number:
			if len(t.Text) <= 9 {
				n := 0
				ok := true
				for j := 0; j < len(t.Text); j++ {
					c := t.Text[j]
					if c < '0' || c > '9' {
						ok = false
						break
					}
					n = n*10 + int(c-'0')
				}
				if ok {
					k.num, k.nd = n, len(t.Text)
				} else if f, err := strconv.ParseFloat(t.Text, 64); err == nil && strings.Count(t.Text, ".") == 1 {
					k.fnum = f
				}
			}
		case token.Word:
			lookup(t, k)
		case token.Latin:
			k.stem = t.Text
		}
	}
	if n := len(ts.Sentences); n > 0 {
		if cap(p.future) >= n {
			p.future = p.future[:n]
			clear(p.future)
		} else {
			p.future = make([]uint8, n)
		}
	}
	return p
}

// release returns p to the pool.
func (p *parser) release() {
	p.src = nil
	parserPool.Put(p)
}

// lookup finds the temporal reading of an Arabic word: the whole word
// first, then each clitic analysis without a pronoun suffix.
func lookup(t *token.Token, k *tk) {
	if len(t.Analyses) == 0 {
		k.stem = t.Text
		return
	}
	k.stem = t.Analyses[0].Stem
	if e, ok := lex[k.stem]; ok {
		k.e = e
		k.art = len(k.stem) > len("ال") && k.stem[:len("ال")] == "ال"
		return
	}
	for _, an := range t.Analyses[1:] {
		if an.Suffix != "" {
			continue
		}
		var e entry
		var ok bool
		if an.Article {
			e, ok = defLex[an.Stem]
		}
		if !ok {
			e, ok = lex[an.Stem]
			if ok && an.Article && e.c != cUnit && e.c != cOrd && e.c != cCard && e.c != cSeason {
				// ال + a bare stem that only means something without
				// the article is no reading.
				ok = e.c == cHMonth
			}
		}
		if !ok {
			continue
		}
		k.e, k.stem, k.art = e, an.Stem, an.Article
		pre := an.Prefix
		if an.Article {
			if len(pre) >= len("ال") && pre[len(pre)-len("ال"):] == "ال" {
				pre = pre[:len(pre)-len("ال")]
			} else {
				pre = pre[:len(pre)-len("لل")]
			}
		}
		k.pre = pre
		k.strip = utf8.RuneCountInString(pre)
		return
	}
	// No temporal reading: still record a conjunction و (وربع, والنصف).
	for _, an := range t.Analyses[1:] {
		if an.Prefix == "و" && an.Suffix == "" {
			k.pre, k.stem, k.strip = "و", an.Stem, 1
			return
		}
		if an.Prefix == "وال" && an.Suffix == "" {
			k.pre, k.stem, k.strip, k.art = "و", an.Stem, 1, true
			return
		}
	}
}

// Tag runs the tagger on an analysis that has Text and Tokens and returns
// the dates without touching the analysis. Used by Process and by tests.
func tagItems(ts *token.Tokens, ref *analysis.Reference, future bool) []item {
	p := newParser(ts, ref)
	defer p.release()
	p.futureDefault = future
	return slices.Clone(p.run())
}

// run scans the tokens left to right and returns the expressions found.
func (p *parser) run() []item {
	out := p.out[:0]
	defer func() { p.out = out }()
	n := len(p.toks)
	for i := 0; i < n; {
		t := &p.toks[i]
		if t.e.c == cNone && t.num < 0 && t.kind != token.Number {
			i++
			continue
		}
		if !p.canStart(i) {
			i++
			continue
		}
		its := p.parseAt(i)
		if len(its) == 0 {
			i++
			continue
		}
		last := i + 1
		for _, it := range its {
			if it.last <= it.first {
				continue
			}
			it.start = p.toks[it.first].start + p.toks[it.first].strip
			it.end = p.toks[it.last-1].end
			out = append(out, it)
			if it.last > last {
				last = it.last
			}
		}
		i = last
	}
	return out
}

// parseAt returns the longest expression starting at token i (a list
// gives several items).
func (p *parser) parseAt(i int) []item {
	best := p.rangeAt(i)
	bestEnd := i
	if len(best) > 0 {
		bestEnd = best[len(best)-1].last
	}
	var one item
	found := false
	if j, v, ok := p.exprAt(i); ok && j > bestEnd {
		one, bestEnd, found = item{first: i, last: j, v: v}, j, true
	}
	if j, v, ok := p.quantAt(i); ok && j > bestEnd {
		one, bestEnd, found = item{first: i, last: j, v: v}, j, true
	}
	if j, v, ok := p.setAt(i); ok && j > bestEnd {
		one, found = item{first: i, last: j, v: v}, true
	}
	if found {
		p.one[0] = one
		return p.one[:]
	}
	return best
}

// token helpers

func (p *parser) ok(i int) bool { return i >= 0 && i < len(p.toks) }

func (p *parser) fn(i int) int {
	if i < 0 || i >= len(p.toks) || p.toks[i].e.c != cFunc {
		return fnNone
	}
	return int(p.toks[i].e.v)
}

// fnPlain is fn for a word that has no proclitic (bare من, not ومن).
func (p *parser) fnPlain(i int) int {
	if f := p.fn(i); f != fnNone && p.toks[i].pre == "" {
		return f
	}
	return fnNone
}

func (p *parser) cls(i int) cls {
	if i < 0 || i >= len(p.toks) {
		return cNone
	}
	return p.toks[i].e.c
}

func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != token.Word {
		return ""
	}
	return p.toks[i].w
}

func (p *parser) punct(i int, s string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == token.Punct && p.toks[i].w == s
}

func (p *parser) sameSent(i, j int) bool {
	return p.ok(i) && p.ok(j) && p.toks[i].sent == p.toks[j].sent
}

// adj reports that tokens i and i+1 touch (no space between them).
func (p *parser) adj(i int) bool {
	return p.ok(i+1) && p.toks[i].end == p.toks[i+1].start
}

// isWa reports a bare conjunction و as its own token.
func (p *parser) isWa(i int) bool { return p.word(i) == "و" }

// hasWa reports that token i carries the conjunction و as a proclitic.
func (p *parser) hasWa(i int) bool {
	return p.ok(i) && len(p.toks[i].pre) > 0 && p.toks[i].pre[0] == "و"[0] && p.toks[i].pre[:len("و")] == "و"
}

// futureSent reports whether sentence s speaks of the future: سوف, a verb
// with the future prefix سـ, or a word such as المقبل, غدا.
func (p *parser) futureSent(s int) bool {
	if s < 0 || s >= len(p.future) {
		return false
	}
	if p.future[s] != 0 {
		return p.future[s] == 2
	}
	st := p.src.Sentences[s]
	f := uint8(1)
	for k := st.First; k < st.Last && k < len(p.src.List); k++ {
		t := &p.src.List[k]
		if t.Kind != token.Word {
			continue
		}
		if t.Text == wSawfa {
			f = 2
			break
		}
		if futureVerb(t) {
			f = 2
			break
		}
	}
	p.future[s] = f
	return f == 2
}

// canStart is a cheap filter before parseAt: a function word (في, من,
// هذا …) starts an expression only when the word after it is temporal or
// a number.
func (p *parser) canStart(i int) bool {
	t := &p.toks[i]
	if t.e.c != cFunc {
		return true
	}
	switch t.e.v {
	case fnEid, fnMawlid, fnLayla, fnRas, fnNamedDay:
		return true
	case fnWa, fnIla, fnAllati, fnInd, fnMuwafiq, fnTamam, fnIlla, fnHijriMark, fnMiladiMark, fnAkhir, fnTawqit, fnLighaya:
		return false
	}
	if i+1 >= len(p.toks) {
		return false
	}
	n := &p.toks[i+1]
	return n.e.c != cNone || n.num >= 0 || n.fnum > 0 || n.kind == token.Number || n.w == "ال"
}
