package entities

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/token"
)

// entity is a linked entity under construction.
type entity struct {
	typ, subtype string
	entry        int
	name         string
	words        []string
	attrs        attrSet
	spans        []*span
}

// link groups the spans into entities: by kb_id for gazetteer entities, by
// name for rule-found ones, and by surname or partial name for people;
// then it finds the later bare surnames and acronyms no rule marked.
func (r *run) link() {
	slices.SortStableFunc(r.spans, func(x, y span) int { return x.first - y.first })
	kept := r.spans[:0]
	end := 0
	for _, sp := range r.spans {
		if sp.first < end || sp.last <= sp.first {
			continue
		}
		kept = append(kept, sp)
		end = sp.last
	}
	clear(r.spans[len(kept):]) // the pooled array keeps no stale span
	r.spans = kept
	r.settleAlternatives()
	r.ents = r.ents[:0]
	if r.byKey == nil {
		r.byKey = map[string]int{}
	}
	byKey := r.byKey
	r.aliased = false
	for k := range r.spans {
		r.attach(&r.spans[k], byKey)
	}
	r.linkSurnames(byKey)
}

func (r *run) attach(sp *span, byKey map[string]int) {
	var key string
	if sp.entry >= 0 {
		key = r.s.g.Entries[sp.entry].ID // loc:…, org:…: never a rule key (PER|…)
	} else {
		// Looked up by the bytes: the string is made only for a new
		// entity.
		r.keyBuf = append(r.keyBuf[:0], keyTags[sp.keyTag]...)
		for i, w := range sp.keyWords {
			if i > 0 {
				r.keyBuf = append(r.keyBuf, ' ')
			}
			r.keyBuf = append(r.keyBuf, w...)
		}
	}
	idx, ok := 0, false
	if sp.entry >= 0 {
		idx, ok = byKey[key]
	} else {
		idx, ok = byKey[string(r.keyBuf)]
	}
	if !ok && sp.typ == doc.Person && sp.entry < 0 {
		idx, ok = r.findPerson(sp.words)
	}
	if !ok {
		e := r.newEntity()
		e.typ, e.subtype, e.entry, e.words = sp.typ, sp.subtype, sp.entry, sp.words
		if sp.entry >= 0 {
			ge := r.s.g.Entries[sp.entry]
			e.name = ge.Name
			e.words = nil
			if ge.Type == "PERSON" {
				// The words of its name (never changed: shared).
				e.words = r.s.keyWords[sp.entry]
			}
		} else {
			e.name = r.nameText(*sp)
		}
		r.ents = append(r.ents, e)
		idx = len(r.ents) - 1
		if sp.entry < 0 {
			key = string(r.keyBuf)
		}
		byKey[key] = idx
	}
	e := r.ents[idx]
	if sp.typ == doc.Person && sp.entry < 0 && len(sp.words) > len(e.words) && e.entry < 0 {
		e.words = sp.words
		e.name = r.nameText(*sp)
	}
	if sp.attrs != 0 {
		e.attrs.merge(&r.attrBuf[sp.attrs-1])
	}
	if sp.alias != "" {
		r.aliased = true
		byKey["alias|"+sp.alias] = idx
	}
	e.spans = append(e.spans, sp)
}

// newEntity returns an empty entity, reusing one of an earlier document
// (and its spans' array) when there is one.
func (r *run) newEntity() *entity {
	n := len(r.ents)
	if n == len(r.entPool) {
		r.entPool = append(r.entPool, &entity{})
	}
	e := r.entPool[n]
	clear(e.spans) // drop the earlier document's spans
	*e = entity{spans: e.spans[:0]}
	return e
}

// findPerson returns the person whose name contains words as a contiguous
// run (روجه in بوريس روجه), or whose name words are contained in words.
func (r *run) findPerson(words []string) (int, bool) {
	if len(words) == 0 {
		return 0, false
	}
	for i, e := range r.ents {
		if e.typ != doc.Person || len(e.words) == 0 {
			continue
		}
		if contains(e.words, words) || contains(words, e.words) {
			return i, true
		}
	}
	return 0, false
}

func contains(hay, needle []string) bool {
	if len(needle) == 0 || len(needle) > len(hay) {
		return false
	}
	for i := 0; i+len(needle) <= len(hay); i++ {
		if slices.Equal(hay[i:i+len(needle)], needle) {
			return true
		}
	}
	return false
}

// linkSurnames adds the mentions no rule found: a bare surname of a
// person named earlier (روجه), and the acronym of a rule-found
// organisation (GCSP) after its first mention.
func (r *run) linkSurnames(byKey map[string]int) {
	if len(r.ents) == 0 {
		return
	}
	// A document names few people: a list scanned by length and text is
	// cheaper than a map for the look-up of every reading below.
	surname := r.surname[:0]
	for i, e := range r.ents {
		if e.typ != doc.Person || len(e.words) < 2 {
			continue
		}
		last := e.words[len(e.words)-1]
		if utf8.RuneCountInString(last) < 3 || r.s.is(last, cStop) || r.s.info(last).strip&cCommon != 0 || r.s.compoundEnd[last] {
			continue
		}
		if k := findSurname(surname, last); k >= 0 {
			surname[k].idx = -1 // two people share it: leave it
			continue
		}
		surname = append(surname, surnameRef{last, i})
	}
	r.surname = surname
	if len(surname) == 0 && !r.aliased {
		return
	}
	// A filter of the surnames: most readings pass none of them.
	var filter uint64
	for _, s := range surname {
		filter |= wordBit(s.w)
	}
	r.covered = resize(r.covered, len(r.toks))
	covered := r.covered
	for _, sp := range r.spans {
		for k := sp.first; k < sp.last; k++ {
			covered[k] = true
		}
	}
	added := r.added[:0]
	for k := range r.toks {
		if covered[k] {
			continue
		}
		t := &r.toks[k]
		idx, sk := -1, 0
		switch t.Kind {
		case token.Latin:
			if i, ok := byKey["alias|"+t.Text]; ok {
				idx = i
			}
		case token.Word:
			rds := r.readings(k)
			for x := range rds {
				rd := &rds[x]
				if filter&wordBit(rd.w) == 0 || rd.article || strings.Contains(rd.prefix, "س") {
					continue
				}
				if k := findSurname(surname, rd.w); k >= 0 && surname[k].idx >= 0 {
					idx = surname[k].idx
					sk = utf8.RuneCountInString(rd.prefix)
					break
				}
			}
		}
		if idx < 0 || r.ents[idx].spans[0].first > k {
			continue
		}
		e := r.ents[idx]
		added = append(added, addedSpan{idx, span{first: k, last: k + 1, typ: e.typ, entry: e.entry, kind: doc.KindName, skip: sk}})
	}
	r.added = added
	for i := range added {
		r.ents[added[i].idx].spans = append(r.ents[added[i].idx].spans, &added[i].sp)
	}
}

// surnameRef is the last word of a person's name and the person (-1
// when two people share it).
type surnameRef struct {
	w   string
	idx int
}

// wordBit is w's bit in a 64-bit filter of words, from its length and last
// byte (Arabic words of one length differ most there).
func wordBit(w string) uint64 {
	if w == "" {
		return 1
	}
	return 1 << ((uint(len(w)) + uint(w[len(w)-1])*7) & 63)
}

// findSurname returns the index in list of the entry for w, or -1.
func findSurname(list []surnameRef, w string) int {
	for k := range list {
		if len(list[k].w) == len(w) && list[k].w == w {
			return k
		}
	}
	return -1
}

// addedSpan is a mention linkSurnames adds to entity idx.
type addedSpan struct {
	idx int
	sp  span
}

// nameText is the original text of a rule-found name without the first
// token's proclitics.
func (r *run) nameText(sp span) string {
	t := &r.toks[sp.first]
	skip := sp.skip
	if sp.article {
		// للمجلس: the name is written with the article the لل fused.
		return "ال" + r.a.FormSpan(t.Start+skip, r.toks[sp.last-1].End).Text
	}
	if skip > 0 {
		return r.a.FormSpan(t.Start+skip, r.toks[sp.last-1].End).Text
	}
	return r.a.SpanOf(sp.first, sp.last).Text
}

// write turns the entities into the document's entities, ordered by first
// mention, and records each mention's tokens in a.Mentions.
func (r *run) write() {
	for _, e := range r.ents {
		slices.SortFunc(e.spans, func(x, y *span) int { return x.first - y.first })
	}
	slices.SortStableFunc(r.ents, func(x, y *entity) int { return x.spans[0].first - y.spans[0].first })
	d := r.a.Doc
	base := len(d.Entities)
	d.Entities = slices.Grow(d.Entities, len(r.ents))
	// One array holds every entity's mentions, each entity a capped slice
	// of it: one allocation a document rather than one an entity.
	total := 0
	for _, e := range r.ents {
		total += len(e.spans)
	}
	r.a.Mentions = slices.Grow(r.a.Mentions, total)
	block := make([]doc.Mention, 0, total)
	for n, e := range r.ents {
		out := doc.Entity{ID: entityID(base + n + 1), Type: e.typ, Subtype: e.subtype, Name: e.name}
		if e.entry >= 0 {
			ge := r.s.g.Entries[e.entry]
			out.NameEn, out.KBID, out.Subtype = ge.NameEn, ge.ID, ge.Subtype
		}
		out.Attributes = e.attrs.toMap()
		from := len(block)
		out.Mentions = block[from : from : from+len(e.spans)]
		for _, sp := range e.spans {
			s := r.a.SpanOf(sp.first, sp.last)
			if sp.skip > 0 && !sp.article {
				// The name itself, without a leading و ف ب ك ل.
				s = r.a.FormSpan(r.toks[sp.first].Start+sp.skip, r.toks[sp.last-1].End)
			}
			r.a.Mentions = append(r.a.Mentions, analysis.MentionRef{Entity: base + n, Mention: len(out.Mentions),
				TokenRange: analysis.TokenRange{First: sp.first, Last: sp.last}})
			out.Mentions = append(out.Mentions, doc.Mention{Text: s.Text, Start: s.Start, End: s.End, Kind: sp.kind})
		}
		block = block[:from+len(out.Mentions)]
		d.Entities = append(d.Entities, out)
	}
}

// settleAlternatives chooses, for each place name with several readings
// (عمان: Oman or Amman), the reading whose country the rest of the
// document names most often.
func (r *run) settleAlternatives() {
	count := map[string]int{}
	for _, sp := range r.spans {
		if sp.entry >= 0 && len(sp.alts) == 0 {
			count[r.s.g.Entries[sp.entry].Country]++
		}
	}
	delete(count, "") // international bodies say nothing of a place
	for k := range r.spans {
		sp := &r.spans[k]
		if len(sp.alts) == 0 {
			continue
		}
		best, bestN := sp.entry, count[r.s.g.Entries[sp.entry].Country]
		for _, alt := range sp.alts {
			if n := count[r.s.g.Entries[alt].Country]; n > bestN {
				best, bestN = alt, n
			}
		}
		if best != sp.entry {
			sp.entry = best
			sp.subtype = r.s.g.Entries[best].Subtype
		}
	}
}

// attrSet holds a mention's or an entity's attributes. The rules set a
// few of four known keys on many mentions, most of which never reach the
// output (dropped by overlap or merged into their entity's): a map is
// built only for each entity written.
type attrSet struct {
	title, role, affiliation, affiliationID string
	has                                     attrBits
}

// attrBits is a set of attribute keys, one bit a key.
type attrBits uint8

// The attribute keys.
const (
	aTitle attrBits = 1 << iota
	aRole
	aAffiliation
	aAffiliationID
)

// field returns the value slot of key k.
func (a *attrSet) field(k attrBits) *string {
	switch k {
	case aTitle:
		return &a.title
	case aRole:
		return &a.role
	case aAffiliation:
		return &a.affiliation
	}
	return &a.affiliationID
}

// set sets key k to v.
func (a *attrSet) set(k attrBits, v string) {
	*a.field(k) = v
	a.has |= k
}

// merge sets the keys of o that a lacks.
func (a *attrSet) merge(o *attrSet) {
	for k := aTitle; k <= aAffiliationID; k <<= 1 {
		if o.has&k != 0 && a.has&k == 0 {
			a.set(k, *o.field(k))
		}
	}
}

// attrNames are the output names of the keys, by bit position.
var attrNames = [...]string{"title", "role", "affiliation", "affiliation_kb_id"}

// toMap returns the attributes as the output map, nil when there are none.
func (a *attrSet) toMap() map[string]string {
	if a.has == 0 {
		return nil
	}
	m := make(map[string]string, bits.OnesCount8(uint8(a.has)))
	for i, name := range attrNames {
		if k := attrBits(1) << i; a.has&k != 0 {
			m[name] = *a.field(k)
		}
	}
	return m
}

// entityIDs holds the ids e1 … e255 as slices of one string, so the
// entities of most documents take their ids without an allocation each.
var entityIDs = sync.OnceValue(func() []string {
	var b strings.Builder
	ends := make([]int, 256)
	for n := 1; n < len(ends); n++ {
		b.WriteString("e")
		b.WriteString(strconv.Itoa(n))
		ends[n] = b.Len()
	}
	all := b.String()
	ids := make([]string, len(ends))
	for n := 1; n < len(ends); n++ {
		ids[n] = all[ends[n-1]:ends[n]]
	}
	return ids
})

// entityID returns the id of the n-th entity of a document (from 1).
func entityID(n int) string {
	if ids := entityIDs(); n > 0 && n < len(ids) {
		return ids[n]
	}
	return "e" + strconv.Itoa(n)
}
