package entities

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/token"
	"github.com/newsx/newsx/gazetteer"
)

// span is one mention found by the recogniser, before linking.
type span struct {
	first, last int // token range [first, last)
	typ         string
	subtype     string
	// entry is the gazetteer entry (index into Entries), -1 for entities
	// found by rules alone.
	entry int
	kind  string
	// keyWords and keyTag identify a rule-found entity: its key is the
	// tag (PER|, ORG|, LOC|) and its matching-form name, the words joined
	// by spaces, built only when the span is linked (see attach).
	keyWords []string
	// words are the matching-form tokens of a person's name (for linking
	// surnames and partial names).
	words []string
	// alias is a Latin acronym that names this rule-found organisation.
	alias string
	// skip is the number of matching-form code points of the first
	// token's proclitics, left out of a rule-found name.
	skip int
	// alts are the other places the same name may denote (عمان: Oman
	// and Amman), settled once the whole document is read.
	alts []int
	// article reports a rule-found name whose first token fused the
	// article with لـ (للمجلس): its name is written with ال.
	article bool
	keyTag  keyTag
	// attrs is the index plus one of the span's attributes in the run's
	// attrBuf (0: none): spans are copied often, their attributes are
	// rare.
	attrs int32
}

// keyTag is the entity type part of a rule-found entity's key.
type keyTag uint8

// The key tags, and their text (keyTags).
const (
	tagNone keyTag = iota
	tagPER
	tagORG
	tagLOC
)

var keyTags = [...]string{tagNone: "", tagPER: "PER|", tagORG: "ORG|", tagLOC: "LOC|"}

// attrsOf returns sp's attributes, adding an empty set when it has none.
// The pointer is good until the next call.
func (r *run) attrsOf(sp *span) *attrSet {
	if sp.attrs == 0 {
		r.attrBuf = append(r.attrBuf, attrSet{})
		sp.attrs = int32(len(r.attrBuf))
	}
	return &r.attrBuf[sp.attrs-1]
}

// run is the state of one document. Runs are pooled (see runPool): reset
// readies one for a document and release drops its references to it.
type run struct {
	s     *Stage
	a     *analysis.Analysis
	toks  []token.Token
	spans []span
	named map[int]bool // gazetteer entries named so far
	ents  []*entity
	// hits[i] holds the gazetteer phrases at token i, cut from hitBuf,
	// found once.
	hits   []hitRange
	hitBuf []gazetteer.Hit
	// mw looks each token's word up in the matcher's vocabulary once.
	mw gazetteer.Words
	// rdOf[i] is the readings of token i, cut from rdBuf, found once (nil
	// until then).
	rdOf  [][]reading
	rdBuf []reading
	// attrBuf holds the spans' attributes (see span.attrs).
	attrBuf []attrSet
	// countries counts the gazetteer entities named so far per country.
	countries map[string]int
	// sport caches sportContext per sentence.
	sport map[int]bool
	// wordBuf is the block words cuts its slices from.
	wordBuf []string
	// buf is scratch space for a word built to be looked up; keyBuf for
	// a rule-found entity's key.
	buf, keyBuf []byte
	// covered marks the tokens inside a span (linkSurnames).
	covered []bool
	// The linker's tables, kept for the next document: entities (ents
	// points into entPool), the entity of each key, the person of each
	// surname and the mentions linkSurnames adds.
	entPool []*entity
	byKey   map[string]int
	surname []surnameRef
	// aliased reports an acronym among byKey's keys.
	aliased bool
	added   []addedSpan
}

// reset readies r for document a: every per-token table is sized to its
// tokens and empty.
func (r *run) reset(s *Stage, a *analysis.Analysis) {
	n := len(a.Tokens.List)
	r.s, r.a, r.toks = s, a, a.Tokens.List
	r.spans = r.spans[:0]
	if cap(r.spans) < n/8+4 {
		r.spans = make([]span, 0, n/8+4)
	}
	r.hits = resize(r.hits, n)
	r.rdOf = resize(r.rdOf, n)
	r.hitBuf = r.hitBuf[:0]
	r.rdBuf = r.rdBuf[:0]
	r.attrBuf = r.attrBuf[:0]
	r.wordBuf = r.wordBuf[:0]
	r.mw.Reset(s.m, r.toks)
	// Every word token is read by the rules (trigger) and the matcher
	// (hitsAt): look each up once, now, for both.
	for k := range r.toks {
		if r.toks[k].Kind == token.Word {
			r.mw.SetWord(k, r.readings(k)[0].mid-1)
		}
	}
	if r.named == nil {
		r.named = map[int]bool{}
	}
	r.ents = r.ents[:0]
}

// resize returns b with length n and every element zero, reusing its
// array when it is large enough.
func resize[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// release drops r's references to the document so the pool does not keep
// it alive.
func (r *run) release() {
	clear(r.spans)
	clear(r.hitBuf)
	clear(r.rdBuf)
	clear(r.rdOf) // it may hold arrays rdBuf has outgrown
	clear(r.attrBuf)
	clear(r.wordBuf)
	clear(r.ents)
	clear(r.byKey)
	clear(r.surname)
	r.surname = r.surname[:0]
	clear(r.added)
	r.added = r.added[:0]
	clear(r.named)
	clear(r.countries)
	clear(r.sport)
	r.s, r.a, r.toks = nil, nil, nil
	r.mw.Reset(nil, nil)
}

func (r *run) word(i int) bool { return i >= 0 && i < len(r.toks) && r.toks[i].Kind == token.Word }

func (r *run) text(i int) string {
	if i < 0 || i >= len(r.toks) {
		return ""
	}
	return r.toks[i].Text
}

func (r *run) sameSentence(i, j int) bool {
	return i >= 0 && j >= 0 && i < len(r.toks) && j < len(r.toks) && r.toks[i].Sentence == r.toks[j].Sentence
}

// hitsAt returns the gazetteer phrases at token i, found once per
// document and position.
func (r *run) hitsAt(i int) []gazetteer.Hit {
	// Asked about five times a token: the answer at hand is inlined.
	if uint(i) < uint(len(r.hits)) {
		if h := r.hits[i].hits; h != nil {
			return h
		}
	}
	return r.findHits(i)
}

// findHits is hitsAt for a position not yet looked up.
func (r *run) findHits(i int) []gazetteer.Hit {
	if i < 0 || i >= len(r.toks) {
		return nil
	}
	hr := &r.hits[i]
	hr.hits = noHits
	if r.toks[i].Kind == token.Word || r.toks[i].Kind == token.Latin {
		from := len(r.hitBuf)
		var ids [8]int32
		stems := ids[:0]
		if rds := r.readings(i); len(rds) > 1 {
			// The stems' matcher ids, in the order At reads them.
			for _, rd := range rds[1:] {
				id := rd.mid - 1
				// كلاوس is no "like Laos": ك, the preposition of
				// comparison, hardly ever comes before a name
				// without the article.
				if strings.HasSuffix(rd.prefix, "ك") {
					id = -1
				}
				stems = append(stems, id)
			}
		} else if r.toks[i].Kind != token.Word {
			stems = nil
		}
		r.hitBuf = r.mw.AtStems(i, stems, r.hitBuf)
		// Capped: the slice stays valid and unchanged when hitBuf grows.
		if len(r.hitBuf) > from {
			hr.hits = r.hitBuf[from:len(r.hitBuf):len(r.hitBuf)]
		}
		for _, h := range hr.hits {
			for _, v := range h.Values {
				hr.kinds |= 1 << v.Kind
			}
		}
	}
	return hr.hits
}

// hitRange holds the hits at one token, nil until they are looked up;
// kinds is the set of form kinds among their values.
type hitRange struct {
	hits  []gazetteer.Hit
	kinds kindSet
}

// noHits is the hits at a token where no phrase starts: empty, not nil.
var noHits = []gazetteer.Hit{}

// kindSet is a set of gazetteer form kinds, bit k for kind k.
type kindSet uint16

// The kind sets the rules look phrases up by.
const (
	// entityKinds: isEntityValue (kinds up to FormNominal, and
	// FormSurname).
	entityKinds = kindSet(1<<gazetteer.FormName|1<<gazetteer.FormAlias|1<<gazetteer.FormLatin|
		1<<gazetteer.FormAdjective|1<<gazetteer.FormNominal|1<<gazetteer.FormSurname) | 1
	titleKinds      = kindSet(1<<gazetteer.FormTitle | 1<<gazetteer.FormRole)
	personNameKinds = kindSet(1<<gazetteer.FormGiven | 1<<gazetteer.FormFamily)
	givenKinds      = kindSet(1 << gazetteer.FormGiven)
	adjectiveKinds  = kindSet(1 << gazetteer.FormAdjective)
	roleKinds       = kindSet(1 << gazetteer.FormRole)
)

// longest returns the longest phrase at i whose values pass keep.
func (r *run) longest(i int, keep func(gazetteer.Value) bool) (gazetteer.Hit, bool) {
	return gazetteer.LongestOf(r.hitsAt(i), keep)
}

// longestOf is longest with keep a set of kinds (a value passes when its
// kind is in it). The kinds found at i answer most calls at once: no
// phrase of those kinds starts there.
func (r *run) longestOf(i int, kinds kindSet) (gazetteer.Hit, bool) {
	hits := r.hitsAt(i)
	if len(hits) == 0 || r.hits[i].kinds&kinds == 0 {
		return gazetteer.Hit{}, false
	}
	// gazetteer.LongestOf, with the kind test inline rather than a
	// closure: this runs for most tokens.
	best, found := gazetteer.Hit{}, false
	for _, h := range hits {
		ok := false
		for _, v := range h.Values {
			if kinds&(1<<v.Kind) != 0 {
				ok = true
				break
			}
		}
		if !ok {
			continue
		}
		if !found || h.Beats(best) {
			best, found = h, true
		}
	}
	return best, found
}

// entityHit returns the longest gazetteer phrase at i naming an entity
// (name, alias, Latin name, adjective or nominal) and the values of it
// that name entities.
func (r *run) entityHit(i int) (gazetteer.Hit, bool) {
	return r.longestOf(i, entityKinds)
}

func isEntityValue(v gazetteer.Value) bool {
	return v.Kind <= gazetteer.FormNominal || v.Kind == gazetteer.FormSurname
}

func isNameValue(v gazetteer.Value) bool {
	return v.Kind == gazetteer.FormName || v.Kind == gazetteer.FormAlias || v.Kind == gazetteer.FormLatin
}

func isTitleValue(v gazetteer.Value) bool {
	return v.Kind == gazetteer.FormTitle || v.Kind == gazetteer.FormRole
}

func isPersonNameValue(v gazetteer.Value) bool {
	return v.Kind == gazetteer.FormGiven || v.Kind == gazetteer.FormFamily
}

// rules are the recognition rules in the order they are tried at a token:
// the more specific (a club in a sports story, a title before a name)
// before the more general (a bare given or family name).
var rules = [...]func(*run, int) (int, bool){
	(*run).datelineSource, (*run).club, (*run).teamClub, (*run).titled, (*run).gazetteerOrOrg, (*run).placeHeaded,
	(*run).speechName, (*run).quoteSource, (*run).givenName, (*run).familyName,
}

// firstRule applies the first rule that matches at i and returns where it
// ended.
func (r *run) firstRule(i int) (int, bool) {
	for _, rule := range rules {
		if next, ok := rule(r, i); ok {
			return next, true
		}
	}
	return 0, false
}

// recognize walks the tokens once, left to right, trying the rules at each
// position; the first that applies consumes its tokens.
func (r *run) recognize() {
	for i := 0; i < len(r.toks); {
		if r.toks[i].Kind != token.Word && r.toks[i].Kind != token.Latin {
			i++
			continue
		}
		// Most words are no name and start no rule: one look at the
		// gazetteer hits and the trigger classes skips them.
		if len(r.hitsAt(i)) == 0 && !r.trigger(i) {
			i++
			continue
		}
		if next, ok := r.firstRule(i); ok {
			i = next
			continue
		}
		i++
	}
	r.dropVenueNames()
}

// venueWords name a venue; a person's name after them names the venue
// (ملعب سانتياغو برنابيو), not the person.
var venueWords = []string{"ملعب", "استاد", "ستاد"}

// dropVenueNames drops the people named right after a venue word.
func (r *run) dropVenueNames() {
	kept := r.spans[:0]
	for _, sp := range r.spans {
		if p := sp.first - 1; sp.typ == doc.Person && p >= 0 && r.word(p) && r.sameSentence(p, sp.first) &&
			r.stems(p, func(rd *reading) bool { return !rd.article && slices.Contains(venueWords, rd.w) }) {
			continue
		}
		kept = append(kept, sp)
	}
	clear(r.spans[len(kept):])
	r.spans = kept
}

// add records a span and returns its end.
func (r *run) add(sp span) int {
	if sp.entry >= 0 && sp.kind == doc.KindName {
		r.named[sp.entry] = true
		// صباح الأحمد الصباح: a person's own surname right after a
		// shorter name of theirs belongs to the mention.
		if r.s.g.Entries[sp.entry].Type == gazetteer.Person && r.word(sp.last) && r.sameSentence(sp.first, sp.last) {
			if kw := r.s.keyWords[sp.entry]; len(kw) > sp.last-sp.first && r.text(sp.last) == kw[len(kw)-1] &&
				r.text(sp.last-1) != kw[len(kw)-1] {
				sp.last++
			}
		}
	}
	if sp.entry >= 0 {
		if r.countries == nil {
			r.countries = map[string]int{}
		}
		r.countries[r.s.g.Entries[sp.entry].Country]++
	}
	r.spans = append(r.spans, sp)
	return sp.last
}

// gazetteerSpan turns a hit into a span, or reports that the context
// rejects it (an ambiguous name read as a common word, a nominal before
// its entity is named).
func (r *run) gazetteerSpan(h gazetteer.Hit) (span, bool) {
	// The candidates in order of score; one the context rejects gives
	// way to the next (الجزيرة after مراسل: not the island, the channel).
	var rejected [4]int32
	nrej := 0
	for range 4 {
		best, ok := r.bestValue(h, rejected[:nrej])
		if !ok {
			return span{}, false
		}
		if sp, ok := r.candidateSpan(h, best); ok {
			return sp, true
		}
		rejected[nrej] = best.Ref
		nrej++
	}
	return span{}, false
}

// bestValue scores the entity values of a hit and returns the best one
// not in skip.
func (r *run) bestValue(h gazetteer.Hit, skip []int32) (gazetteer.Value, bool) {
	g := r.s.g
	var best gazetteer.Value
	bestScore := -1 << 30
	for _, v := range h.Values {
		if !isEntityValue(v) || slices.Contains(skip, v.Ref) {
			continue
		}
		e := g.Entries[v.Ref]
		score := 0
		switch v.Kind {
		case gazetteer.FormName:
			score += 4
		case gazetteer.FormAlias, gazetteer.FormLatin:
			score += 3
		case gazetteer.FormAdjective:
			score += 2
		case gazetteer.FormSurname:
			score++
		case gazetteer.FormNominal:
			if !r.named[int(v.Ref)] {
				continue
			}
			score += 1 + r.lastNamed(int(v.Ref))
		}
		if e.Ambiguous && e.Type == gazetteer.Person && h.End-h.Start == 1 && !r.named[int(v.Ref)] {
			// السوداني: the adjective before the alias of a person.
			score -= 3
		}
		score += 10 * r.countryContext(e.Country, int(v.Ref))
		if e.Subtype == "sport" && r.sportContext(h.Start) {
			score += 40
		}
		if e.Type == gazetteer.Organization && (r.brandBefore(h.Start) || r.quoted(h)) {
			score += 20
		}
		if e.Subtype == "country" {
			score++
		}
		// البيت الأبيض, الكرملين: a seat of government names the
		// government that sits in it (أعلن البيت الأبيض), unless a
		// preposition of place makes it the building (في البيت الأبيض).
		if e.Type == gazetteer.Organization && e.Subtype == "government" && len(h.Values) > 1 && !r.placePrepBefore(h) {
			score++
		}
		// القطرية is the adjective before it is the airline.
		if h.End-h.Start == 1 && v.Kind == gazetteer.FormAlias && e.Type == gazetteer.Organization && hasAdjective(h) &&
			!r.brandBefore(h.Start) && !(e.Subtype == "sport" && r.sportContext(h.Start)) {
			score -= 2
		}
		if score > bestScore {
			best, bestScore = v, score
		}
	}
	return best, bestScore != -1<<30
}

// quoted reports a phrase standing alone between quotation marks
// (« الشرق الأوسط »): a title, which names the newspaper or the channel
// rather than the region.
func (r *run) quoted(h gazetteer.Hit) bool {
	if h.Start == 0 || h.End >= len(r.toks) {
		return false
	}
	switch r.text(h.Start-1) + r.text(h.End) {
	case "«»", "\"\"", "“”":
		return true
	case "()":
		// A credit: ( الجزيرة ), ( رويترز ).
		return h.End-h.Start == 1
	}
	return r.datelineEnd(h.Start, h.End)
}

// afterDatelinePlace reports token i right after the place and the dash
// that open a dateline (الدوحة - قنا :): the slot of the report's source.
func (r *run) afterDatelinePlace(i int) bool {
	if i < 2 || r.toks[i-1].Kind != token.Punct || r.toks[i-1].Text != "-" || !r.sameSentence(i-2, i) || !r.word(i-2) {
		return false
	}
	for s := max(0, i-4); s <= i-2; s++ {
		if s > 0 && !r.toks[s].LineStart {
			continue
		}
		h, ok := r.entityHit(s)
		if !ok || h.End != i-1 {
			return false
		}
		for _, v := range h.Values {
			if isNameValue(v) && r.s.g.Entries[v.Ref].Type == gazetteer.Location {
				return true
			}
		}
		return false
	}
	return false
}

// datelineEnd reports tokens [i, j) in a dateline's source slot: after
// the place and its dash, before a colon or another dash.
func (r *run) datelineEnd(i, j int) bool {
	if j >= len(r.toks) || !r.sameSentence(i, j) || !r.afterDatelinePlace(i) {
		return false
	}
	t := r.text(j)
	return t == ":" || t == "-"
}

// datelineSource reads the source of a dateline (الدوحة - الراية :, عمان -
// الرأي -), the agency or newspaper a report comes from, as an
// organisation, known or not.
func (r *run) datelineSource(i int) (int, bool) {
	if !r.afterDatelinePlace(i) {
		return 0, false
	}
	j := i
	for j < len(r.toks) && j < i+4 && (r.toks[j].Kind == token.Word || r.toks[j].Kind == token.Latin) && r.sameSentence(i, j) {
		j++
	}
	if j == i || !r.datelineEnd(i, j) {
		return 0, false
	}
	if h, ok := r.entityHit(i); ok {
		if h.End != j {
			return 0, false
		}
		if sp, good := r.gazetteerSpan(h); good && sp.typ == doc.Organization {
			return r.add(sp), true
		}
		return 0, false
	}
	for k := i; k < j; k++ {
		if r.stopTok(k) || r.isPersonName(k) || r.isTitleAt(k) {
			return 0, false
		}
	}
	sp := r.orgSpan(i, j)
	sp.subtype = "media"
	return r.add(sp), true
}

// brandBefore reports a company or media context word before token k
// (شركة, مراسل, قناة).
func (r *run) brandBefore(k int) bool {
	return k > 0 && r.toks[k-1].Kind == token.Word && r.stems(k-1, func(rd *reading) bool {
		return rd.self&(cBrandCtx|cOrgHead) != 0
	})
}

// candidateSpan checks one reading of a hit against its context and
// returns its span.
func (r *run) candidateSpan(h gazetteer.Hit, best gazetteer.Value) (span, bool) {
	g := r.s.g
	e := g.Entries[best.Ref]
	kind := doc.KindName
	switch best.Kind {
	case gazetteer.FormAdjective:
		kind = doc.KindAdjective
		if r.commonAdjective(h) {
			// المالية is "financial" far more often than "Malian".
			return span{}, false
		}
	case gazetteer.FormNominal:
		kind = doc.KindNominal
	}
	// A one-word name that is also a function word or a common noun
	// (كان: Cannes and "was"; البيت: Elbit and "the house") needs the same
	// context as a name flagged ambiguous.
	weak := h.End-h.Start == 1 && r.toks[h.Start].Kind == token.Word && (r.stopTok(h.Start) || r.commonTok(h.Start) ||
		e.Type == gazetteer.Location && e.Subtype != "country" && r.isGivenName(h))
	if (e.Ambiguous || weak) && kind == doc.KindName && !r.ambiguousOK(h, best.Ref, weak) {
		return span{}, false
	}
	// A place name before بن is a person's (ملعب جاسم بن حمد).
	if e.Type == gazetteer.Location && kind == doc.KindName && h.End < len(r.toks) && (r.text(h.End) == "بن" || r.text(h.End) == "ابن") {
		return span{}, false
	}
	if best.Kind == gazetteer.FormSurname && !r.surnameOK(h) {
		return span{}, false
	}
	if e.Type == gazetteer.Location && e.Subtype != "country" && kind == doc.KindName && h.End-h.Start == 1 && !h.Clitic && r.adjectiveAfterNoun(h.Start) {
		// المدى القصير, العملية السلمية: a definite place name right
		// after a definite noun is the noun's adjective.
		return span{}, false
	}
	if e.Type == gazetteer.Organization && kind == doc.KindName && h.End-h.Start == 1 && r.nisbaAfterNoun(h.Start) {
		// اللغة العربية, الخطوط القطرية: a one-word name shaped like a
		// nisba right after a definite noun qualifies the noun.
		return span{}, false
	}
	if e.Type == gazetteer.Organization && r.byline(h) {
		// (د ب أ), (ا ف ب): an agency's byline credits the story; it
		// is not a mention of the agency in it.
		return span{}, false
	}
	sp := span{first: h.Start, last: h.End, typ: docType(e.Type), subtype: e.Subtype, entry: int(best.Ref), kind: kind,
		skip: cliticSkip(&r.toks[h.Start], h)}
	if e.Type == gazetteer.Location && kind == doc.KindName {
		for _, v := range h.Values {
			if isNameValue(v) && v.Ref != best.Ref && g.Entries[v.Ref].Type == gazetteer.Location && !slices.Contains(sp.alts, int(v.Ref)) {
				sp.alts = append(sp.alts, int(v.Ref))
			}
		}
	}
	if e.Type == gazetteer.Location && kind == doc.KindName && h.End-h.Start >= 2 {
		// A country or an administrative unit named with a compass word
		// (جنوب السودان, شمال غزة) keeps it.
		ownCompass := e.Subtype == "country" || e.Subtype == "district"
		if rest, ok := r.trimPlace(&sp, h, ownCompass); ok {
			return rest, true
		}
	}
	if (e.Type == gazetteer.Organization || e.Type == gazetteer.Location) && kind == doc.KindName && r.descriptive(sp.first, sp.last, false) {
		// الحكومة المصرية, الجيش اللبناني, الجنوب اللبناني: a generic
		// noun with a nationality adjective describes the institution or
		// the region; it is a nominal mention, not its name.
		sp.kind = doc.KindNominal
	}
	if e.Type == gazetteer.Organization && h.End-h.Start >= 2 && kind == doc.KindName {
		// A descriptor head written into an alias (حركة حماس, قناة
		// الجزيرة) is left out of the mention when the rest names the
		// same organisation, even in the canonical name: the channel is
		// named الجزيرة.
		if rest, ok := r.entityHit(h.Start + 1); ok && rest.End == h.End && !rest.Clitic && r.descriptorHead(h.Start) {
			for _, v := range rest.Values {
				if v.Ref == best.Ref && isNameValue(v) {
					sp.first, sp.skip = h.Start+1, 0
				}
			}
		}
	}
	if e.Type == gazetteer.Organization && kind == doc.KindName && sp.last-sp.first >= 2 && r.nationalityAt(sp.last-1) &&
		!r.hitKeyIs(h, r.s.entryKey(int(best.Ref))) {
		// حزب الله اللبناني: a nationality adjective after the name is
		// not part of it when the name alone names the organisation
		// (أرامكو السعودية, the canonical name, keeps it). A region's
		// adjective is (مجلس التعاون الخليجي).
		for _, g := range r.hitsAt(sp.first) {
			if g.End == sp.last-1 && g.Clitic == h.Clitic && slices.ContainsFunc(g.Values, func(v gazetteer.Value) bool { return v.Ref == best.Ref && isNameValue(v) }) {
				sp.last--
				break
			}
		}
	}
	if e.Type == gazetteer.Person {
		// A title written into a person's alias (الشيخ حمد بن خليفة) is
		// an attribute, not part of the name.
		if th, ok := r.longestOf(h.Start, titleKinds); ok && th.End < h.End {
			sp.first, sp.skip = th.End, 0
			title := r.phraseText(th)
			r.attrsOf(&sp).set(aTitle, title)
		}
		// محمد بن راشد آل مكتوم: the family the alias left out.
		if e := sp.last; e+1 < len(r.toks) && r.text(e) == "ال" && r.word(e+1) && r.sameSentence(e, e+1) {
			sp.last = e + 2
		}
		sp.words = r.words(sp.first, sp.last)
	}
	return sp, true
}

// club reads a sports club named by a prefix word and a city (أولمبيك
// آسفي, دينامو كييف, ستيوا بوخارست) in a sports story: the whole is an
// organisation, not the city.
func (r *run) club(i int) (int, bool) {
	if !r.stems(i, func(rd *reading) bool { return rd.self&cClubPrefix != 0 && (rd.prefix == "" || rd.prefix == "و") }) ||
		!r.word(i+1) || !r.sameSentence(i, i+1) || !r.sportContext(i) {
		return 0, false
	}
	end := i + 1
	h, ok := r.entityHit(i + 1)
	if ok {
		isPlace := false
		for _, v := range h.Values {
			isPlace = isPlace || isNameValue(v) && r.s.g.Entries[v.Ref].Type == gazetteer.Location
		}
		if !isPlace || h.Clitic {
			return 0, false
		}
		end = h.End
	} else if !r.unknownProper(i + 1) {
		return 0, false
	}
	skip := 0
	r.stems(i, func(rd *reading) bool {
		if rd.self&cClubPrefix != 0 {
			skip = utf8.RuneCountInString(rd.prefix)
			return true
		}
		return false
	})
	words := r.words(i, end)
	r.add(span{first: i, last: end, typ: doc.Organization, subtype: "sport", entry: -1, kind: doc.KindName,
		keyTag: tagORG, keyWords: words, skip: skip})
	return end, true
}

// properAfterHead reports a definite word at k, after a descriptor head,
// that is the organisation's own name (صحيفة التايمز, قناة المحور) rather
// than a common noun or an adjective that completes the head (وكالة
// الأنباء, الإذاعة الإسرائيلية).
func (r *run) properAfterHead(k int) bool {
	w := r.text(k)
	if strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه") || r.commonTok(k) || r.tc(k).self&(cCommon|cStop) != 0 || r.tc(k).strip&cCommon != 0 {
		return false
	}
	_, adj := r.longestOf(k, adjectiveKinds)
	return !adj
}

// typeHeads are the head nouns that say what kind of body follows
// (منظمة الأمم المتحدة, تنظيم القاعدة) and belong to its name; other
// heads before a known organisation name a part of it.
var typeHeads = []string{"منظمه", "تنظيم"}

// cityClub reports a city's name in a sports story that names its club:
// a masculine nisba after it (هامبورغ الألماني: a city takes the
// feminine), its country in parentheses in a results table (هامبورغ (
// ألمانيا )), or a player, a coach or an opponent's word before it
// (لاعبو مانشستر, بفوزه على كوبنهاغن).
func (r *run) cityClub(sp span) bool {
	if sp.typ != doc.Location || sp.kind != doc.KindName || sp.entry < 0 || r.s.g.Entries[sp.entry].Subtype == "country" ||
		!r.sportContext(sp.first) {
		return false
	}
	if n := sp.last; r.word(n) && r.sameSentence(sp.first, n) && strings.HasPrefix(r.text(n), "ال") && strings.HasSuffix(r.text(n), "ي") {
		if _, ok := r.longestOf(n, adjectiveKinds); ok {
			return true
		}
	}
	if n := sp.last; r.text(n) == "(" && r.text(n+2) == ")" {
		if h, ok := r.entityHit(n + 1); ok && h.End == n+2 {
			for _, v := range h.Values {
				if isNameValue(v) && r.s.g.Entries[v.Ref].Subtype == "country" {
					return true
				}
			}
		}
	}
	p := sp.first - 1
	if p < 0 || !r.word(p) || !r.sameSentence(p, sp.first) || sp.skip > 0 {
		return false
	}
	switch r.text(p) {
	case "امام":
		return true
	case "علي":
		// فاز على, تغلب على: a win over the club.
		for k := p - 1; k >= p-3 && k >= 0 && r.sameSentence(k, p); k-- {
			if r.stems(k, func(rd *reading) bool {
				return slices.Contains(winWords, stripArticle(rd.w)) || slices.Contains(winWords, rd.w)
			}) {
				return true
			}
		}
		return false
	}
	return r.stems(p, func(rd *reading) bool { return slices.Contains(clubWords, rd.w) })
}

// clubWords are the nouns before a club's name that a city's name does
// not take (a player or a coach of a city is of its club).
var clubWords = []string{"لاعب", "لاعبو", "لاعبي", "مدرب", "صفوف", "مهاجم", "حارس", "مدافع", "جماهير", "انصار", "مشجعي", "ناشئي", "مرمي", "مباراه"}

// winWords are the words of a win that take على before the loser.
var winWords = []string{"فاز", "فوز", "فوزا", "فوزه", "بفوزه", "تغلب", "تغلبه", "بتغلبه", "انتصر", "انتصاره", "تفوق", "تفوقه"}

// descriptorHead reports an org_descriptor head noun at k (شركة, قناة,
// حركة).
func (r *run) descriptorHead(k int) bool {
	return r.stems(k, func(rd *reading) bool { return (rd.strip|rd.self)&cOrgDescriptor != 0 })
}

// nationalityAt reports a definite adjective of a country at k (اللبناني,
// السعودية), not of a region or city.
func (r *run) nationalityAt(k int) bool {
	if !strings.HasPrefix(r.text(k), "ال") {
		return false
	}
	h, ok := r.longestOf(k, adjectiveKinds)
	if !ok {
		return false
	}
	for _, v := range h.Values {
		if v.Kind == gazetteer.FormAdjective && r.s.g.Entries[v.Ref].Subtype == "country" {
			return true
		}
	}
	return false
}

// nisbaAfterNoun reports a definite word shaped like a nisba (ـي, ـية)
// at k right after a definite noun that names no entity, with no company
// or media word before it.
func (r *run) nisbaAfterNoun(k int) bool {
	w := r.text(k)
	if k == 0 || !strings.HasPrefix(w, "ال") || !strings.HasSuffix(w, "ي") && !strings.HasSuffix(w, "يه") || !r.word(k-1) || !r.sameSentence(k-1, k) {
		return false
	}
	return definiteStem(&r.toks[k-1]) && len(r.hitsAt(k-1)) == 0 && !r.brandBefore(k) && !r.stopTok(k-1)
}

// adjectiveAfterNoun reports a definite word at k right after a definite
// word that names nothing and is no head noun of place, title or
// function word.
func (r *run) adjectiveAfterNoun(k int) bool {
	if k == 0 || !strings.HasPrefix(r.text(k), "ال") || !r.word(k-1) || !r.sameSentence(k-1, k) {
		return false
	}
	if !definiteStem(&r.toks[k-1]) || len(r.hitsAt(k-1)) > 0 || r.stopTok(k-1) {
		return false
	}
	return !r.stems(k-1, func(rd *reading) bool {
		return rd.eff()&cPlaceHead != 0 || rd.effStrip()&(cPlaceHead|cOrgHead|cBrandCtx) != 0
	})
}

// byline reports an acronym spelled letter by letter between parentheses
// (د ب أ).
func (r *run) byline(h gazetteer.Hit) bool {
	if h.End-h.Start < 2 || h.Start == 0 || r.text(h.Start-1) != "(" || r.text(h.End) != ")" {
		return false
	}
	for k := h.Start; k < h.End; k++ {
		if utf8.RuneCountInString(r.text(k)) > 1 {
			return false
		}
	}
	return true
}

// trimPlace leaves out of a place's mention the words that are not its
// name: an honorific epithet after it (مكة المكرمة → مكة) and a compass
// word or a descriptor before it (جنوب لبنان → لبنان, قطاع غزة → غزة).
// After a compass word the mention is the place that follows, returned
// as rest.
// A country's or an administrative unit's own name (جنوب أفريقيا, جنوب
// السودان, شمال غزة) keeps its compass word.
func (r *run) trimPlace(sp *span, h gazetteer.Hit, ownCompass bool) (span, bool) {
	if last := h.End - 1; last > h.Start && r.tc(last).self&cEpithet != 0 {
		// المدينة المنورة keeps its epithet: المدينة alone is a noun.
		if last-h.Start > 1 || !r.commonTok(h.Start) {
			sp.last = last
		}
		return span{}, false
	}
	dir, desc := false, false
	if !r.stems(h.Start, func(rd *reading) bool {
		dir, desc = rd.self&cDirection != 0, rd.self&cDescriptor != 0
		return !rd.article && (dir && !ownCompass || desc || rd.self&cPlaceHead != 0)
	}) {
		return span{}, false
	}
	rest, ok := r.entityHit(h.Start + 1)
	if !ok && desc && r.word(h.Start+1) && !strings.HasPrefix(r.text(h.Start+1), "ال") {
		// مدينة نصر: the place's own name after an administrative head
		// noun (not مضيق هرمز, whose head is part of the name).
		sp.first, sp.skip = h.Start+1, 0
		return span{}, false
	}
	if !ok || rest.End != h.End || rest.Clitic {
		return span{}, false
	}
	if !dir {
		// قطاع غزة, محافظة الأنبار: the mention is the name after the
		// head noun, the entity the whole (the strip, the governorate);
		// a head before a country's name keeps it (خليج غينيا is not
		// Guinea) unless it is a descriptor (دولة قطر).
		for _, v := range rest.Values {
			if isNameValue(v) && r.s.g.Entries[v.Ref].Type == gazetteer.Location &&
				(desc || int(v.Ref) == sp.entry || r.s.g.Entries[v.Ref].Subtype != "country") {
				sp.first, sp.skip = rest.Start, 0
				break
			}
		}
		return span{}, false
	}
	rsp, good := r.gazetteerSpan(rest)
	if !good || rsp.typ != doc.Location || rsp.kind != doc.KindName {
		return span{}, false
	}
	return rsp, true
}

// descriptive reports tokens [i, j) that make a description rather than
// a name: a definite generic noun (the generic_head class; with anyHead
// any definite organisation head) followed only by definite words, at
// least one of them a nationality adjective (الحكومة المصرية, الإذاعة
// الإسرائيلية العامة).
func (r *run) descriptive(i, j int, anyHead bool) bool {
	if j-i < 2 || r.toks[i].Kind != token.Word {
		return false
	}
	if !r.stems(i, func(rd *reading) bool {
		return rd.eff()&cGeneric != 0 || anyHead && rd.effAfterAl()&cOrgHead != 0
	}) {
		return false
	}
	adj := false
	for k := i + 1; k < j; k++ {
		w := r.text(k)
		if !strings.HasPrefix(w, "ال") && !strings.HasPrefix(w, "وال") {
			return false
		}
		if _, ok := r.longestOf(k, adjectiveKinds); ok {
			adj = true
		} else if !anyHead && (strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه")) && utf8.RuneCountInString(w) > 5 {
			// العربية, الغربية: a nisba after a generic head.
			adj = true
		} else if !anyHead {
			// العاصمة الإدارية الجديدة: a plain adjective makes a name.
			return false
		}
	}
	return adj
}

// lastNamed returns a bonus for the entity named most recently.
func (r *run) lastNamed(entry int) int {
	for k := len(r.spans) - 1; k >= 0; k-- {
		if r.spans[k].entry == entry {
			return k
		}
	}
	return 0
}

// countryContext counts the entities of country cc already in the
// document, which tells Amman (JO) from Oman (OM) in an article about
// Jordan.
func (r *run) countryContext(cc string, self int) int {
	if cc == "" {
		return 0
	}
	n := r.countries[cc]
	if r.named[self] && r.s.g.Entries[self].Country == cc {
		n--
	}
	return n
}

// ambiguousOK applies the context rules for names that are also common
// words: a month name next to a number or after شهر is a month, not the
// brand; a brand needs a company context; other ambiguous names need a
// neighbour that marks them as names.
func (r *run) ambiguousOK(h gazetteer.Hit, ref int32, weak bool) bool {
	e := r.s.g.Entries[ref]
	prev, next := h.Start-1, h.End
	if (prev >= 0 && r.toks[prev].Kind == token.Number) || (next < len(r.toks) && r.toks[next].Kind == token.Number) {
		return false
	}
	if prev >= 0 && r.stems(prev, func(rd *reading) bool { return rd.self&cMonthCtx != 0 }) {
		return false
	}
	prevCtx := prev >= 0 && r.stems(prev, func(rd *reading) bool {
		return rd.self&(cBrandCtx|cOrgHead|cPlaceHead) != 0
	})
	switch e.Type {
	case gazetteer.Person:
		// The full name of a person flagged for one ambiguous alias
		// (السوداني) is still the person; the alias alone needs a title
		// before it or the person named earlier.
		return h.End-h.Start >= 2 || prevCtx || r.isTitleBefore(h.Start) || r.named[int(ref)]
	case gazetteer.Organization:
		// هذا الاتفاق, تم الاتفاق: after a demonstrative or the passive
		// تم, a name that is a common noun is the noun.
		if prev >= 0 && r.sameSentence(prev, h.Start) && !h.Clitic {
			switch r.text(prev) {
			case "هذا", "هذه", "ذلك", "تلك", "تم", "يتم", "وتم", "ويتم":
				return false
			}
		}
		if e.Subtype == "sport" && r.sportContext(h.Start) {
			return true
		}
		if e.Subtype == "media" || e.Subtype == "news_agency" {
			// ذكرت الجزيرة, قال للجزيرة: a reporting verb before a
			// medium, or the medium spoken to.
			if prev >= 0 && r.stems(prev, func(rd *reading) bool { return rd.self&cSpeech != 0 }) {
				return true
			}
			if h.Clitic && genitive(&r.toks[h.Start], h.Reading) {
				return true
			}
		}
		return prevCtx || (next < len(r.toks) && r.toks[next].Kind == token.Latin) || r.quoted(h)
	case gazetteer.Location:
		inPlace := prev >= 0 && (r.text(prev) == "في" || r.text(prev) == "الي" || r.text(prev) == "من")
		if weak {
			// في مالي, مدينة كان: a preposition of place or a head noun;
			// in في آب the month wins.
			return prevCtx || inPlace && e.Subtype == "country" && r.tc(h.Start).self&cMonth == 0
		}
		if len(h.Values) > 1 && r.sportContext(h.Start) {
			// برشلونة in a sports story is the club.
			for _, v := range h.Values {
				if g := r.s.g.Entries[v.Ref]; g.Subtype == "sport" {
					return false
				}
			}
		}
		// Two places of one name (عمان) are still a place; a place whose
		// name is a common word needs a place context or a preposition.
		if len(h.Values) > 1 {
			locs := 0
			for _, v := range h.Values {
				if r.s.g.Entries[v.Ref].Type == gazetteer.Location {
					locs++
				}
			}
			if locs > 1 {
				return true
			}
			// الشرق الأوسط: the region, unless a media word makes it the
			// newspaper.
			if locs < len(h.Values) && !r.brandBefore(h.Start) && h.End-h.Start > 1 {
				return true
			}
		}
		// دول الخليج: a place's name of several words that names
		// nothing else is the place, whatever makes its short name
		// ambiguous.
		if h.End-h.Start >= 2 && len(h.Values) == 1 {
			return true
		}
		inPrep := h.Clitic && strings.Contains(r.toks[h.Start].Analyses[h.Reading].Prefix, "ب")
		// شمال شرق الكونغو, وادي النيل: a compass word or a noun that
		// describes a place.
		if prev >= 0 && r.stems(prev, func(rd *reading) bool { return (rd.self|rd.strip)&(cDirection|cDescriptor) != 0 }) {
			return true
		}
		// مصر والشام, من العراق للشام: a place joined to the place
		// before it by و or ل.
		if h.Clitic && len(r.spans) > 0 {
			last := r.spans[len(r.spans)-1]
			switch r.toks[h.Start].Analyses[h.Reading].Prefix {
			case "و", "ل", "ول", "لل", "ولل":
				if last.typ == doc.Location && last.kind == doc.KindName && last.last == h.Start && r.sameSentence(last.first, h.Start) {
					return true
				}
			}
		}
		return prevCtx || inPrep || (prev >= 0 && (r.text(prev) == "في" || r.text(prev) == "الي" || r.text(prev) == "من"))
	}
	return prevCtx
}

func docType(t string) string {
	switch t {
	case gazetteer.Person:
		return doc.Person
	case gazetteer.Organization:
		return doc.Organization
	}
	return doc.Location
}

// words returns the matching forms of tokens [i, j), the first without its
// proclitics.
//
// The slices are cut from a block the run keeps (capped, so neither an
// append nor a change to one reaches another): names are short, and one
// block serves many of them.
func (r *run) words(i, j int) []string {
	n := j - i
	if cap(r.wordBuf)-len(r.wordBuf) < n {
		r.wordBuf = make([]string, 0, max(256, n))
	}
	from := len(r.wordBuf)
	for k := i; k < j; k++ {
		r.wordBuf = append(r.wordBuf, r.toks[k].Text)
	}
	return r.wordBuf[from : from+n : from+n]
}

// gazetteerOrOrg applies the gazetteer at i, and the organisation head
// rule when it reaches further than the gazetteer phrase.
func (r *run) gazetteerOrOrg(i int) (int, bool) {
	h, ok := r.entityHit(i)
	var sp span
	if ok {
		sp, ok = r.gazetteerSpan(h)
	}
	if !ok {
		// صحيفة " صن ", جامعة « نورث كارولاينا »: a quoted name after a
		// head noun names an organisation.
		if first, last, ok := r.quotedName(i); ok {
			sp := span{first: first, last: last, typ: doc.Organization, entry: -1, kind: doc.KindName,
				keyTag: tagORG, keyWords: r.words(first, last)}
			if h, ok := r.entityHit(first); ok && h.End == last {
				if gs, good := r.gazetteerSpan(h); good && gs.typ == doc.Organization {
					sp = gs
				}
			}
			r.add(sp)
			return last + 1, true
		}
	}
	if !ok && r.isOrgHead(i) && !r.descriptorHead(i) && r.word(i+1) && r.sameSentence(i, i+1) {
		// منظمة الأمم المتحدة, تنظيم القاعدة: a head noun that is part
		// of the name before a known organisation.
		if h2, ok2 := r.entityHit(i + 1); ok2 && !h2.Clitic {
			if sp2, good := r.gazetteerSpan(h2); good && sp2.typ == doc.Organization && sp2.kind == doc.KindName && sp2.first == i+1 {
				// بعثة الأمم المتحدة, قوات الأمم المتحدة: a body of the
				// organisation is not its name; the organisation is named.
				// (الجماعة العربية is a noun and its adjective, not a body
				// and Al Arabiya.)
				if !r.stems(i, func(rd *reading) bool { return slices.Contains(typeHeads, stripArticle(rd.w)) }) &&
					!(h2.End == i+2 && (strings.HasSuffix(r.text(i+1), "يه") || strings.HasSuffix(r.text(i+1), "ي"))) {
					return r.add(sp2), true
				}
				sp2.first, sp2.skip = i, r.orgSpan(i, i+1).skip
				return r.add(sp2), true
			}
		}
	}
	if ok && r.cityClub(sp) {
		// سسكا موسكو الروسي, بفوزه على كوبنهاغن: in a sports story a
		// city that plays is its club.
		sp = span{first: sp.first, last: sp.last, typ: doc.Organization, subtype: "sport", entry: -1, kind: doc.KindName,
			keyTag: tagORG, keyWords: r.words(sp.first, sp.last), skip: sp.skip}
		if sp.skip > 0 {
			sp.keyWords[0] = r.toks[sp.first].Analyses[h.Reading].Stem
		}
	}
	orgEnd := r.orgChain(i)
	if ok && sp.typ == doc.Organization && sp.kind == doc.KindName && orgEnd > sp.last && !r.genitiveIn(sp.last, orgEnd) {
		// A known organisation followed by adjectives (حزب الله اللبناني)
		// keeps its own name; the adjectives are read on their own.
		orgEnd = i
	}
	if orgEnd > i && (!ok || orgEnd > sp.last) {
		osp := r.orgSpan(i, orgEnd)
		if orgEnd-i >= 2 && (!strings.HasPrefix(r.text(i+1), "ال") || r.properAfterHead(i+1) && (orgEnd == i+2 || orgEnd == i+3 && strings.HasPrefix(r.text(i+2), "لل"))) && r.stems(i, func(rd *reading) bool { return rd.self&cOrgDescriptor != 0 }) {
			// شركة نوكيا, نادي بوردو: the head describes the
			// organisation; its proper name is what follows (وكالة
			// الأنباء الفلسطينية keeps its head).
			osp = r.orgSpan(i+1, orgEnd)
			osp.keyWords = r.words(i+1, orgEnd)
		}
		end := orgEnd
		if acr, e2, ok := r.parenAcronym(orgEnd); ok {
			if e2 >= 0 {
				osp.entry = e2
				osp.subtype = r.s.g.Entries[e2].Subtype
			} else {
				osp.alias = acr
			}
		}
		r.add(osp)
		return end, true
	}
	if !ok {
		return 0, false
	}
	if sp.kind == doc.KindAdjective && r.bareAdjective(sp) && r.isGivenName(h) && r.word(sp.last) && r.sameSentence(sp.first, sp.last) &&
		!strings.HasPrefix(r.text(sp.last), "ال") && !r.stopTok(sp.last) {
		// كوفي أنان: a bare nisba that is also a given name, before a
		// word that may be a name, is the given name.
		return 0, false
	}
	if sp.kind == doc.KindAdjective {
		// A nisba before a name describes a person (الفرنسي لودوفيك
		// جيولي, والألماني طومي هامس).
		end := r.add(sp)
		if next, ok := r.adjectiveName(end); ok {
			return next, true
		}
		return end, true
	}
	if sp.entry >= 0 && r.s.g.Entries[sp.entry].Type == gazetteer.Person {
		// A known person: let the title rule's apposition logic add a role
		// when one follows.
		end := r.add(sp)
		r.apposition(len(r.spans)-1, end)
		return end, true
	}
	return r.add(sp), true
}

// parenAcronym reads "( ACRONYM )" at i and returns the acronym and the
// gazetteer organisation it names (-1 when none).
func (r *run) parenAcronym(i int) (string, int, bool) {
	if i+2 >= len(r.toks) || r.text(i) != "(" || r.toks[i+1].Kind != token.Latin || r.text(i+2) != ")" {
		return "", -1, false
	}
	acr := r.toks[i+1].Text
	if h, ok := r.longest(i+1, func(v gazetteer.Value) bool {
		return v.Kind == gazetteer.FormLatin && r.s.g.Entries[v.Ref].Type == gazetteer.Organization
	}); ok && h.End == i+2 {
		for _, v := range h.Values {
			if v.Kind == gazetteer.FormLatin && r.s.g.Entries[v.Ref].Type == gazetteer.Organization {
				return acr, int(v.Ref), true
			}
		}
	}
	return acr, -1, true
}

// orgChain reads an organisation head noun at i with its genitive and
// adjective chain (مركز جنيف للسياسات الأمنية, وزارة الخارجية الأمريكية,
// اللجنة الدولية للصليب الأحمر) and returns the chain's end, or i.
func (r *run) orgChain(i int) int {
	definite := false
	if !r.stems(i, func(rd *reading) bool {
		if rd.afterAl&cOrgHead != 0 {
			definite = true
			return true
		}
		if rd.self&cOrgHead != 0 {
			definite = rd.article
			return true
		}
		return false
	}) {
		return i
	}
	j := i + 1
	strong := false // a genitive with لـ, a known name or an adjective of a place
	defs := 0
	for j < len(r.toks) && r.sameSentence(i, j) && r.toks[j].Kind == token.Word {
		t := &r.toks[j]
		if h, ok := r.entityHit(j); ok && !h.Clitic || ok && strings.HasPrefix(t.Text, "لل") {
			if sp, good := r.gazetteerSpan(h); good {
				// A head noun before a known organisation is a descriptor
				// (قناة الجزيرة, بعثة الأمم المتحدة): the name is the
				// organisation's own.
				if j == i+1 && sp.typ == doc.Organization && sp.kind == doc.KindName && !h.Clitic {
					return i
				}
				// الأمانة العامة للأمم المتحدة, مجلس الأمن التابع للأمم
				// المتحدة: a known organisation in the genitive names
				// itself; the body before it is a part of it or its own
				// name, not one name with it.
				if j > i+1 && sp.typ == doc.Organization && sp.kind == doc.KindName {
					break
				}
				// An indefinite nisba makes a description, not a name
				// (شركة صينية).
				if sp.kind == doc.KindAdjective && !definiteStem(t) {
					break
				}
				if k := r.s.g.Entries[h.Values[0].Ref]; k.Type != gazetteer.Person {
					strong = true
					j = h.End
					continue
				}
			}
		}
		w := t.Text
		if c := r.tc(j).self; (c&cStop != 0 && !strings.HasPrefix(w, "ال")) || c&cChainStop != 0 || r.isTitleAt(j) || c&cSpeech != 0 {
			break
		}
		switch {
		case strings.HasPrefix(w, "لل") && len([]rune(w)) > 4:
			if !definite && j == i+1 {
				// مؤسسة للطبع: an indefinite head with a genitive of
				// purpose describes, it does not name.
				goto done
			}
			strong = true
			j++
		case strings.HasPrefix(w, "ال") && len([]rune(w)) > 3:
			defs++
			j++
		case !definite && j == i+1 && r.word(j+1) && strings.HasPrefix(r.text(j+1), "ال") && r.tc(j+1).self&cStop == 0 && !r.isPersonName(j) &&
			len(t.Analyses) == 1:
			// idafa: اتحاد صناعة السيارات
			j++
		case strings.HasPrefix(w, "وال") && defs > 0 && utf8.RuneCountInString(w) > 5:
			// Coordinated adjectives: المجلس الاقتصادي والاجتماعي.
			defs++
			j++
		case !definite && j == i+1 && r.properHead(i) && r.unknownProper(j):
			// A proper name after a head that names by it: نادي بوردو,
			// شركة نوكيا.
			strong = true
			j++
		default:
			goto done
		}
	}
done:
	// Trailing stop words never end a name.
	for j > i+1 && r.tc(j-1).self&cChainStop != 0 {
		j--
	}
	if j == i+1 {
		return i
	}
	if definite && !strong && defs < 2 {
		return i
	}
	return j
}

func (r *run) isTitleAt(j int) bool {
	_, ok := r.longestOf(j, titleKinds)
	return ok
}

func (r *run) isPersonName(j int) bool {
	_, ok := r.longestOf(j, personNameKinds)
	return ok
}

// placeHeaded reads مدينة/العاصمة/محافظة + X: X is a place even when no
// gazetteer knows it.
func (r *run) placeHeaded(i int) (int, bool) {
	if !r.stems(i, func(rd *reading) bool {
		return (rd.eff()|rd.effStrip())&cPlaceHead != 0
	}) {
		return 0, false
	}
	j := i + 1
	fail := func() (int, bool) { return 0, false }
	// العاصمة الأردنية عمان: skip one adjective of a country.
	if h, ok := r.entityHit(j); ok && r.sameSentence(i, j) {
		if sp, good := r.gazetteerSpan(h); good && sp.kind == doc.KindAdjective {
			r.add(sp)
			j = h.End
			end := j
			fail = func() (int, bool) { return end, true }
		}
	}
	if !r.word(j) || !r.sameSentence(i, j) {
		return fail()
	}
	if h, ok := r.entityHit(j); ok {
		if sp, good := r.gazetteerSpan(h); good && sp.typ == doc.Location {
			return r.add(sp), true
		}
		return fail()
	}
	w := r.text(j)
	if c := r.tc(j); c.self&cStop != 0 || c.strip&cCommon != 0 || r.isTitleAt(j) || len([]rune(w)) < 3 || inflected(stripArticle(w)) || strings.HasPrefix(w, "و") && !r.isPersonName(j) {
		return fail()
	}
	// المدينة العتيقة, المنطقة فقصفت: a definite head is followed by its
	// adjective or the predicate; a place is named after the head in the
	// construct (مدينة زرهون) or after العاصمة.
	if definiteStem(&r.toks[i]) && !r.stems(i, func(rd *reading) bool { return rd.w == "العاصمه" || rd.w == "عاصمه" }) {
		return fail()
	}
	// منطقة الجزاء, منطقة عازلة: a definite word after the head is a
	// common noun in the construct, an indefinite one in ta marbuta its
	// adjective; neither names a place no gazetteer knows.
	if strings.HasPrefix(w, "ال") {
		return fail()
	}
	if strings.HasSuffix(r.a.SpanOf(j, j+1).Text, "ة") {
		return fail()
	}
	return r.add(span{first: j, last: j + 1, typ: doc.Location, entry: -1, kind: doc.KindName, keyTag: tagLOC, keyWords: r.words(j, j+1)}), true
}

// orgSpan builds a rule-found organisation over tokens [i, j); its key and
// name leave out the first token's conjunction or preposition.
func (r *run) orgSpan(i, j int) span {
	words := r.words(i, j)
	skip := 0
	art := false
	r.stems(i, func(rd *reading) bool {
		w, prefix, article := rd.w, rd.prefix, rd.article
		// The head without its article (any length).
		h := rd.self
		if strings.HasPrefix(w, "ال") {
			h = rd.afterAl
		}
		if h&cOrgHead != 0 {
			n := utf8.RuneCountInString(prefix)
			if article {
				w = "ال" + w
				if strings.HasSuffix(prefix, "ال") {
					n -= 2
				}
			}
			words[0] = w
			skip = n
			art = article && !strings.HasSuffix(prefix, "ال")
			return true
		}
		return false
	})
	kind := doc.KindName
	if r.descriptive(i, j, true) || r.genericPair(i, j) {
		kind = doc.KindNominal
	}
	return span{first: i, last: j, typ: doc.Organization, entry: -1, kind: kind,
		keyTag: tagORG, keyWords: words, skip: skip, article: art}
}

// genericPair reports an indefinite head noun with one definite common
// noun (مجلس الوزراء, وزارة الخارجية, سوق الأسهم): an office named by
// its function, a description until a country or a genitive makes it
// one institution's name.
func (r *run) genericPair(i, j int) bool {
	if j-i != 2 || !r.word(i+1) || definiteStem(&r.toks[i]) {
		return false
	}
	w := r.text(i + 1)
	if !strings.HasPrefix(w, "ال") {
		return false
	}
	for _, h := range r.hitsAt(i + 1) {
		for _, v := range h.Values {
			if isNameValue(v) {
				return false
			}
		}
	}
	return true
}

// commonTok reports a word of the common_word class, whole or without its
// proclitics.
func (r *run) commonTok(k int) bool {
	return r.stems(k, func(rd *reading) bool { return rd.eff()&cCommonWord != 0 })
}

// surnameOK accepts the bare surname of a known person (بوش, بلير) when
// it is not the start of another name and not a common word.
func (r *run) surnameOK(h gazetteer.Hit) bool {
	if r.stopTok(h.Start) || r.commonTok(h.Start) || r.tc(h.Start).strip&cCommon != 0 {
		return false
	}
	// حوار عربي, وفد عربي: an indefinite nisba after an indefinite noun
	// is its adjective, not a surname.
	if p := h.Start - 1; p >= 0 && r.word(p) && r.sameSentence(p, h.Start) && !h.Clitic && strings.HasSuffix(r.text(h.Start), "ي") && utf8.RuneCountInString(r.text(h.Start)) <= 4 &&
		!strings.HasPrefix(r.text(h.Start), "ال") && !definiteStem(&r.toks[p]) && len(r.hitsAt(p)) == 0 && !r.stopTok(p) && r.tc(p).self&cSpeech == 0 {
		return false
	}
	if h.End-h.Start == 1 && r.indefiniteAdjAfter(h.Start) {
		return false
	}
	// أن أولمرت, وكان يلتسين: a function word that folds to a given name
	// (آن) is no given name before the surname.
	if h.Start > 0 && r.isPersonName(h.Start-1) && !r.stopTok(h.Start-1) {
		return false
	}
	return true
}

// placePrepBefore reports a preposition of place before hit h: في, إلى,
// من or داخل before it, or ب attached to it.
func (r *run) placePrepBefore(h gazetteer.Hit) bool {
	if h.Clitic && strings.Contains(r.toks[h.Start].Analyses[h.Reading].Prefix, "ب") {
		return true
	}
	if p := h.Start - 1; p >= 0 && r.sameSentence(p, h.Start) {
		switch r.text(p) {
		case "في", "الي", "من", "داخل", "وفي", "والي":
			return true
		}
	}
	return false
}

// isOrgHead reports an organisation head noun at k (حركة, قناة, شركة).
func (r *run) isOrgHead(k int) bool {
	return r.stems(k, func(rd *reading) bool { return (rd.strip|rd.self)&cOrgHead != 0 })
}

// genitiveIn reports a genitive with لـ among tokens [i, j).
func (r *run) genitiveIn(i, j int) bool {
	for k := i; k < j; k++ {
		if strings.HasPrefix(r.text(k), "لل") || r.toks[k].Kind == token.Word && len(r.toks[k].Analyses) > 1 && genitive(&r.toks[k], 1) {
			return true
		}
	}
	return false
}

// definiteStem reports that t without its conjunction or preposition
// (its first proclitic reading without a suffix; the article kept) starts
// with ال, without building the string.
func definiteStem(t *token.Token) bool {
	for k := 1; k < len(t.Analyses); k++ {
		an := &t.Analyses[k]
		if an.Suffix == "" && an.Prefix != "" {
			return an.Article || strings.HasPrefix(an.Stem, "ال")
		}
	}
	return strings.HasPrefix(t.Text, "ال")
}

// isTitleBefore reports a title or role ending right before token k.
func (r *run) isTitleBefore(k int) bool {
	for j := max(0, k-3); j < k; j++ {
		if h, ok := r.longestOf(j, titleKinds); ok && h.End == k {
			return true
		}
	}
	return false
}

// sportContext reports a sports word in the sentence of token k; the
// answer is kept per sentence.
func (r *run) sportContext(k int) bool {
	si := r.toks[k].Sentence
	if r.sport == nil {
		r.sport = map[int]bool{}
	}
	if v, ok := r.sport[si]; ok {
		return v
	}
	v := false
	if si < len(r.a.Tokens.Sentences) {
		st := r.a.Tokens.Sentences[si]
		for j := st.First; j < st.Last && !v; j++ {
			v = r.stems(j, func(rd *reading) bool { return rd.eff()&cSport != 0 }) || r.score(j, st.Last)
		}
	}
	r.sport[si] = v
	return v
}

// score reports a match score at j (2 - 1, 1 - صفر) before token last:
// a results line is a sports story even without a sports word.
func (r *run) score(j, last int) bool {
	goals := func(k int) bool {
		return k < last && (r.toks[k].Kind == token.Number && len(r.toks[k].Text) <= 2 || r.text(k) == "صفر")
	}
	return goals(j) && j+2 < last && r.text(j+1) == "-" && goals(j+2)
}

// isGivenName reports a one-word hit that is also a given name (رشيد,
// جاسم): as a place it needs a place context.
func (r *run) isGivenName(h gazetteer.Hit) bool {
	for _, v := range h.Values {
		if v.Kind == gazetteer.FormGiven {
			return true
		}
	}
	for _, g := range r.hitsAt(h.Start) {
		if g.End == h.End {
			for _, v := range g.Values {
				if v.Kind == gazetteer.FormGiven {
					return true
				}
			}
		}
	}
	return false
}

// commonAdjective reports a one-word nisba whose masculine singular is a
// common word (مالي: Malian and financial).
func (r *run) commonAdjective(h gazetteer.Hit) bool {
	if h.End-h.Start != 1 {
		return false
	}
	w := stripArticle(stripCliticsNoArticle(&r.toks[h.Start]))
	for _, suf := range nisbaEndings {
		if strings.HasSuffix(w, suf) {
			// The masculine singular, built in a scratch buffer: a map
			// lookup by string(bytes) does not allocate.
			r.buf = append(append(r.buf[:0], w[:len(w)-len(suf)]...), "ي"...)
			return r.s.info(string(r.buf)).self&cCommonWord != 0
		}
	}
	return r.s.is(w, cCommonWord)
}

// nisbaEndings are the inflected endings of a nisba adjective.
var nisbaEndings = []string{"يتين", "يتان", "يون", "يين", "يات", "يان", "يه"}

// stripCliticsNoArticle returns t without its conjunction, preposition
// and article (وحركة → حركة, للجنة → لجنة).
func stripCliticsNoArticle(t *token.Token) string {
	for k := 1; k < len(t.Analyses); k++ {
		an := &t.Analyses[k]
		if an.Suffix == "" && an.Prefix != "" {
			if an.Article && len(an.Stem) > 2 {
				return an.Stem
			}
			return stripArticle(an.Definite())
		}
	}
	return stripArticle(t.Text)
}

// trigger reports a word that may start a rule without any gazetteer
// hit: an organisation or place head noun, a speech verb, a name
// particle, a word after a team word, the source slot of a dateline, or
// the عن of a quoted source.
func (r *run) trigger(i int) bool {
	return r.stems(i, func(rd *reading) bool {
		return rd.self&(cSpeech|cParticle|cClubPrefix) != 0 || (rd.eff()|rd.effStrip())&(cOrgHead|cPlaceHead) != 0
	}) || r.teamBefore(i) || r.afterDatelinePlace(i) || r.toks[i].Text == "عن"
}

// teamWords are the words for a team or its opponent that take the
// club's name after them (فريق الشمال, على مضيفه إسبانيول).
var teamWords = []string{"فريق", "لفريق", "وفريق", "بفريق", "ضيفه", "مضيفه", "منافسه", "ضيفها", "مضيفها", "منافسها"}

// teamFilter spares teamBefore, asked of nearly every word, the search
// of teamWords.
var teamFilter = func() (f token.WordFilter) {
	for _, w := range teamWords {
		f.Add(w)
	}
	return f
}()

// adjectiveShape reports a word of the shape فعيل (كبير, خطير), the
// commonest adjective.
func adjectiveShape(w string) bool {
	rs := []rune(w)
	return len(rs) == 4 && rs[2] == 'ي'
}

// teamBefore reports a team word right before token i.
func (r *run) teamBefore(i int) bool {
	return i > 0 && r.toks[i-1].Kind == token.Word && r.sameSentence(i-1, i) &&
		teamFilter.May(r.toks[i-1].Text) && slices.Contains(teamWords, r.toks[i-1].Text)
}

// teamClub reads the name after a team word in a sports story as the
// club: a place or any known name (فريق الجزيرة is the club, not the
// channel or the island), or a word of a name's shape.
func (r *run) teamClub(i int) (int, bool) {
	if !r.teamBefore(i) || !r.word(i) || !r.sportContext(i) || r.stopTok(i) {
		return 0, false
	}
	end := i + 1
	if h, ok := r.entityHit(i); ok {
		// A name, not an adjective (فريق تركي) or a place's head
		// (العاصمة الإسبانية).
		if h.Clitic || h.End > i+1 && r.stems(i, func(rd *reading) bool { return (rd.eff()|rd.effStrip())&cPlaceHead != 0 }) {
			return 0, false
		}
		for _, v := range h.Values {
			if !isNameValue(v) || r.s.g.Entries[v.Ref].Type == gazetteer.Person {
				return 0, false
			}
		}
		end = h.End
	} else if w := r.text(i); !r.unknownProper(i) || strings.HasPrefix(w, "م") || adjectiveShape(w) {
		// فريق كبير, فريق محترم: an adjective describes the team.
		return 0, false
	}
	r.add(span{first: i, last: end, typ: doc.Organization, subtype: "sport", entry: -1, kind: doc.KindName,
		keyTag: tagORG, keyWords: r.words(i, end)})
	return end, true
}

// properHead reports a head noun that takes a proper name after it
// (نادي, شركة, صحيفة, قناة …): the proper_head class.
func (r *run) properHead(k int) bool {
	return r.stems(k, func(rd *reading) bool { return rd.self&cProperHead != 0 })
}

// unknownProper reports a word that may be a foreign or unknown proper
// name: no gazetteer phrase, no stop or common word, no title, not
// definite, no nisba ending, no proclitic reading.
func (r *run) unknownProper(k int) bool {
	if !r.word(k) || len(r.hitsAt(k)) > 0 || len(r.toks[k].Analyses) > 1 {
		return false
	}
	w := r.text(k)
	if strings.HasPrefix(w, "ال") || r.stopTok(k) || r.commonTok(k) || r.tc(k).self&cCommon != 0 || utf8.RuneCountInString(w) < 3 {
		return false
	}
	return !strings.HasSuffix(w, "ي") && !strings.HasSuffix(w, "يه") && !strings.HasSuffix(w, "ه") && !verbLike(w)
}

// hitKeyIs reports that key is the matching form of h's words, the first
// without its proclitics (with the article its reading found), compared
// piece by piece rather than built.
func (r *run) hitKeyIs(h gazetteer.Hit, key string) bool {
	for k := h.Start; k < h.End; k++ {
		if k > h.Start {
			if !strings.HasPrefix(key, " ") {
				return false
			}
			key = key[1:]
		}
		w := r.toks[k].Text
		if k == h.Start && h.Clitic {
			an := &r.toks[k].Analyses[h.Reading]
			if an.Article {
				var ok bool
				if key, ok = strings.CutPrefix(key, "ال"); !ok {
					return false
				}
			}
			w = an.Stem
		}
		var ok bool
		if key, ok = strings.CutPrefix(key, w); !ok {
			return false
		}
	}
	return key == ""
}

// hasAdjective reports a hit that has a nisba reading.
func hasAdjective(h gazetteer.Hit) bool {
	for _, v := range h.Values {
		if v.Kind == gazetteer.FormAdjective {
			return true
		}
	}
	return false
}

// quotedName reads a head noun at i followed by a name in quotation marks
// and returns the quoted tokens.
func (r *run) quotedName(i int) (int, int, bool) {
	if !r.isOrgHead(i) && !r.properHead(i) {
		return 0, 0, false
	}
	open := i + 1
	if open >= len(r.toks) || !r.sameSentence(i, open) {
		return 0, 0, false
	}
	closer := ""
	switch r.text(open) {
	case "\"":
		closer = "\""
	case "«":
		closer = "»"
	case "“":
		closer = "”"
	default:
		return 0, 0, false
	}
	for k := open + 1; k < len(r.toks) && k <= open+5 && r.sameSentence(open, k); k++ {
		t := &r.toks[k]
		if t.Text == closer {
			if k == open+1 {
				return 0, 0, false
			}
			return open + 1, k, true
		}
		if (t.Kind != token.Word && t.Kind != token.Latin && t.Kind != token.Number) || r.tc(k).self&cStop != 0 && !strings.HasPrefix(t.Text, "ال") {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// cliticSkip returns how many code points of the first token's
// proclitics a mention leaves out: بجنيف → جنيف, والسويسرية →
// السويسرية. When ل fused with the article (للناتو) the name is not a
// substring, and the whole word stays.
func cliticSkip(t *token.Token, h gazetteer.Hit) int {
	if !h.Clitic || h.Reading <= 0 || h.Reading >= len(t.Analyses) {
		return 0
	}
	an := &t.Analyses[h.Reading]
	n := utf8.RuneCountInString(an.Prefix)
	switch {
	case an.Article && strings.HasSuffix(an.Prefix, "ال"):
		return n - 2
	case an.Article:
		return 0
	}
	return n
}
