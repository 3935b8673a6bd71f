package entities

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/token"
)

// entity is a linked entity under construction.
type entity struct {
	typ, subtype string
	entry        int
	key          string
	name         string
	words        []string
	attrs        map[string]string
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
	for k := range r.spans {
		r.attach(&r.spans[k], byKey)
	}
	r.linkSurnames(byKey)
}

func (r *run) attach(sp *span, byKey map[string]int) {
	key := sp.ruleKey
	if sp.entry >= 0 {
		key = r.s.g.Entries[sp.entry].ID // loc:…, org:…: never a rule key (PER|…)
	}
	idx, ok := byKey[key]
	if !ok && sp.typ == doc.Person && sp.entry < 0 {
		idx, ok = r.findPerson(sp.words)
	}
	if !ok {
		e := r.newEntity()
		e.typ, e.subtype, e.entry, e.key, e.words = sp.typ, sp.subtype, sp.entry, key, sp.words
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
		byKey[key] = idx
	}
	e := r.ents[idx]
	if sp.typ == doc.Person && sp.entry < 0 && len(sp.words) > len(e.words) && e.entry < 0 {
		e.words = sp.words
		e.name = r.nameText(*sp)
	}
	if e.attrs == nil && len(sp.attrs) > 0 {
		// No rule reads a span's attributes after linking, and each span
		// has its own map: the entity takes it over instead of copying it.
		e.attrs = sp.attrs
	} else {
		for k, v := range sp.attrs {
			if e.attrs == nil {
				e.attrs = map[string]string{}
			}
			if _, has := e.attrs[k]; !has {
				e.attrs[k] = v
			}
		}
	}
	if sp.alias != "" {
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
	if r.surname == nil {
		r.surname = map[string]int{}
	}
	surname := r.surname
	for i, e := range r.ents {
		if e.typ != doc.Person || len(e.words) < 2 {
			continue
		}
		last := e.words[len(e.words)-1]
		if utf8.RuneCountInString(last) < 3 || r.s.is(last, cStop) || r.s.info(last).strip&cCommon != 0 {
			continue
		}
		if _, dup := surname[last]; dup {
			surname[last] = -1 // two people share it: leave it
			continue
		}
		surname[last] = i
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
			skip := 0
			r.stems(k, func(rd *reading) bool {
				if rd.article || strings.Contains(rd.prefix, "س") {
					return false
				}
				if i, ok := surname[rd.w]; ok && i >= 0 {
					idx = i
					skip = utf8.RuneCountInString(rd.prefix)
					return true
				}
				return false
			})
			sk = skip
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
		out := doc.Entity{ID: "e" + strconv.Itoa(base+n+1), Type: e.typ, Subtype: e.subtype, Name: e.name}
		if e.entry >= 0 {
			ge := r.s.g.Entries[e.entry]
			out.NameEn, out.KBID, out.Subtype = ge.NameEn, ge.ID, ge.Subtype
		}
		if len(e.attrs) > 0 {
			out.Attributes = e.attrs
		}
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
