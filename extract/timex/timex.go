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
//
// Dates of one document with the same attributes share one Attributes
// map.
func (Stage) Process(a *analysis.Analysis) {
	p := newParser(a.Tokens, a.Ref)
	defer p.release()
	its := p.run()
	if len(its) == 0 {
		return
	}
	a.Doc.Dates = slices.Grow(a.Doc.Dates, len(its))
	a.Timexes = p.growRanges(a.Timexes, len(its))
	for k := range its {
		it := &its[k]
		sp := a.FormSpan(it.start, it.end)
		if sp.Text == "" {
			continue
		}
		t := doc.Timex{ID: timexID(len(a.Doc.Dates) + 1), Text: sp.Text, Start: sp.Start, End: sp.End,
			Type: it.v.typ, Value: p.valueOf(&it.v), Attributes: p.attrsOf(&it.v)}
		a.Doc.Dates = append(a.Doc.Dates, t)
		a.Timexes = append(a.Timexes, analysis.TokenRange{First: it.first, Last: it.last})
	}
}

// timexIDs holds the first ids (t1, t2 …), cut from one string, so that
// naming a date costs nothing.
var timexIDs = func() []string {
	const n = 512
	var b strings.Builder
	ends := make([]int, n)
	for k := 1; k < n; k++ {
		b.WriteByte('t')
		b.WriteString(strconv.Itoa(k))
		ends[k] = b.Len()
	}
	s := b.String()
	ids := make([]string, n)
	for k := 1; k < n; k++ {
		ids[k] = s[ends[k-1]:ends[k]]
	}
	return ids
}()

// timexID returns the id of the n-th date (from 1).
func timexID(n int) string {
	if n > 0 && n < len(timexIDs) {
		return timexIDs[n]
	}
	return "t" + strconv.Itoa(n)
}

// maxValues bounds a parser's cache of rendered values: past it the cache
// starts again empty, so odd input cannot grow it without end.
const maxValues = 1 << 14

// rangeSlab is how many token ranges are allocated at a time.
const rangeSlab = 1024

// cache is what a parser keeps from one document to the next: a scratch
// buffer, a slab the token ranges of documents are cut from, one for the
// ends of intervals, the rendered values (immutable strings, so any
// number of dates may share one) and the attribute maps of the current
// document. Each parser has its own, so workers on other cores never
// contend for it; a parser dropped from the pool by the collector starts
// again empty, which costs a few hundred strings.
type cache struct {
	buf    []byte
	ranges []analysis.TokenRange
	tvs    []tv
	values map[string]string
	// maps is emptied for every document: a map is mutable, and a caller
	// who changed one date's attributes must not change another
	// document's.
	maps map[attrKey]map[string]string
}

// keep returns a pointer to a copy of v (an interval's end) taken from a
// slab rather than the heap. The pointer is good until the parser starts
// on the next document.
func (p *parser) keep(v tv) *tv {
	c := &p.cache
	if len(c.tvs) == cap(c.tvs) {
		c.tvs = make([]tv, 0, 64)
	}
	c.tvs = append(c.tvs, v)
	return &c.tvs[len(c.tvs)-1]
}

// items1 and items2 return rangeAt's result in p.two.
func (p *parser) items1(a item) []item {
	p.two[0] = a
	return p.two[:1]
}

func (p *parser) items2(a, b item) []item {
	p.two[0], p.two[1] = a, b
	return p.two[:2]
}

// attrKey identifies a set of attributes.
type attrKey struct {
	attrs
	mod string
}

// valueOf returns the value of v as a string, rendered once per distinct
// value.
func (p *parser) valueOf(v *tv) string {
	if v.dur != "" {
		return v.dur
	}
	c := &p.cache
	c.buf = v.appendValue(c.buf[:0])
	if s, ok := c.values[string(c.buf)]; ok {
		return s
	}
	s := string(c.buf)
	if c.values == nil || len(c.values) >= maxValues {
		c.values = make(map[string]string, 64)
	}
	c.values[s] = s
	return s
}

// attrsOf returns the attribute map of v (nil when it has none), built
// once per distinct set of attributes in a document.
func (p *parser) attrsOf(v *tv) map[string]string {
	k := attrKey{v.attrs, v.mod}
	if k == (attrKey{}) {
		return nil
	}
	c := &p.cache
	if m, ok := c.maps[k]; ok {
		return m
	}
	m := v.attrMap()
	if c.maps == nil {
		c.maps = make(map[attrKey]map[string]string, 16)
	}
	c.maps[k] = m
	return m
}

// growRanges makes room for n more token ranges in rs. The room is cut
// from a slab shared by many documents, with the capacity capped, so an
// append past it copies rather than writes into a neighbour's ranges.
func (p *parser) growRanges(rs []analysis.TokenRange, n int) []analysis.TokenRange {
	if cap(rs)-len(rs) >= n {
		return rs
	}
	need := len(rs) + n
	c := &p.cache
	if len(c.ranges) < need {
		c.ranges = make([]analysis.TokenRange, max(rangeSlab, need))
	}
	out := c.ranges[:len(rs):need]
	copy(out, rs)
	c.ranges = c.ranges[need:]
	return out
}

// item is one tagged expression: tokens [first, last), matching-form
// offsets [start, end) and its value.
type item struct {
	first, last int
	start, end  int
	v           tv
}

// tk is a token with its temporal reading.
//
// The small fields come first, so that kind, art and e share one word: a
// tk is set for every token of every document.
type tk struct {
	kind  token.Kind
	art   bool
	e     entry
	w     string // the whole word (matching form)
	stem  string // the stem of the matched analysis
	pre   string
	strip int     // code points of proclitics before the stem (not the article)
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
	// one holds the single item parseAt returns, to avoid an allocation;
	// two holds rangeAt's items, read before rangeAt runs again.
	one [1]item
	two [2]item
	// out is the reused result slice.
	out []item
	// cache survives release: see cache.
	cache cache
	// memo holds the last accAt results: rangeAt reads the expression at
	// i, maybe the one after a head, and the one after the connector,
	// then exprAt reads i again.
	memo     [4]accMemo
	memoNext int
	// head is headAt's reading when it cannot be the memo's.
	head acc
}

type accMemo struct {
	i, j, n   int
	a         acc
	ok, timed bool
}

var parserPool = sync.Pool{New: func() any { return new(parser) }}

func newParser(ts *token.Tokens, ref *analysis.Reference) *parser {
	p := parserPool.Get().(*parser)
	toks, future, out := p.toks, p.future, p.out
	*p = parser{src: ts, out: out[:0], cache: p.cache}
	// The ends kept for the last document are no longer referenced:
	// Process has rendered them and tagItems copied them.
	p.cache.tvs = p.cache.tvs[:0]
	clear(p.cache.maps)
	if ref != nil {
		p.ref, p.hasRef, p.clock = ref.Time, true, ref.HasClock
	}
	if cap(toks) >= len(ts.List) {
		p.toks = toks[:len(ts.List)] // every element is set below
	} else {
		p.toks = make([]tk, len(ts.List))
	}
	p.future = future[:0]
	lt := lexTab()
	for i := range ts.List {
		t := &ts.List[i]
		k := &p.toks[i]
		// Field by field: a composite literal is built aside and copied.
		k.kind, k.art, k.e = t.Kind, false, entry{}
		k.w, k.stem, k.pre = t.Text, "", ""
		k.strip, k.num, k.fnum, k.nd = 0, -1, 0, 0
		k.start, k.end, k.sent = t.Start, t.End, t.Sentence
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
			lookup(lt, t, k)
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
func lookup(lt *lexTable, t *token.Token, k *tk) {
	if len(t.Analyses) == 0 {
		k.stem = t.Text
		return
	}
	k.stem = t.Analyses[0].Stem
	if x := lt.find(k.stem); x != nil && x.inLex {
		k.e = x.lex
		k.art = len(k.stem) > len("ال") && k.stem[:len("ال")] == "ال"
		return
	}
	wa := -1 // the first analysis with the proclitic و or وال alone
	for n := 1; n < len(t.Analyses); n++ {
		an := &t.Analyses[n]
		if an.Suffix != "" {
			continue
		}
		if wa < 0 && (an.Prefix == "و" || an.Prefix == "وال") {
			wa = n
		}
		x := lt.find(an.Stem)
		if x == nil {
			continue
		}
		var e entry
		var ok bool
		if an.Article {
			e, ok = x.def, x.inDef
		}
		if !ok {
			e, ok = x.lex, x.inLex
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
	if wa > 0 {
		an := &t.Analyses[wa]
		k.pre, k.stem, k.strip, k.art = "و", an.Stem, 1, an.Prefix == "وال"
	}
}

// Tag runs the tagger on an analysis that has Text and Tokens and returns
// the dates without touching the analysis. Used by Process and by tests.
func tagItems(ts *token.Tokens, ref *analysis.Reference, future bool) []item {
	p := newParser(ts, ref)
	defer p.release()
	p.futureDefault = future
	its := slices.Clone(p.run())
	for k := range its {
		its[k].v.end = ownEnd(its[k].v.end)
	}
	return its
}

// ownEnd copies an interval's end out of the parser's slab, which the
// next document reuses.
func ownEnd(e *tv) *tv {
	if e == nil {
		return nil
	}
	c := *e
	c.end = ownEnd(c.end)
	return &c
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
