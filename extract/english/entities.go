package english

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/gazetteer"
)

// indexGazetteer puts every entry's English name and Latin aliases into
// the phrase trie, tokenised the way prose tokenises running text. An
// all-capitals acronym (NATO) is kept as written and matches only so;
// other names are lower-cased and match in any case, provided the text
// capitalises them (see capitalised).
func (s *Stage) indexGazetteer() {
	for i, e := range s.g.Entries {
		names := append([]string{e.NameEn}, e.AliasesEn...)
		for _, n := range names {
			words := nameWords(n)
			if len(words) == 0 {
				continue
			}
			old, _ := s.gaz.get(words)
			if !slices.Contains(old, int32(i)) {
				s.gaz.set(words, append(old, int32(i)))
			}
		}
	}
}

// nameWords tokenises a gazetteer name with prose's tokeniser (no model is
// needed for tokenising alone).
func nameWords(n string) []string {
	n = strings.TrimSpace(n)
	if n == "" {
		return nil
	}
	d, err := prose.NewDocument(n, prose.WithTagging(false), prose.WithExtraction(false), prose.WithSegmentation(false))
	if err != nil {
		return nil
	}
	var out []string
	for _, t := range d.Tokens() {
		out = append(out, matchKey(t.Text))
	}
	return out
}

// matchKey is the trie key of a word: acronyms as written, other words
// lower-cased.
func matchKey(w string) string {
	if isAcronym(w) {
		return w
	}
	return strings.ToLower(w)
}

// isAcronym reports a word of two or more letters, all capitals (NATO,
// ICRC, U.S., UN).
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case unicode.IsLower(r):
			return false
		}
	}
	return n >= 2
}

// functionWords may stand uncapitalised inside a capitalised name.
var functionWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true,
	"du": true, "la": true, "le": true, "al": true, "el": true, "on": true, "in": true, "&": true, "d'": true,
	"bin": true, "ibn": true, "bint": true, "van": true, "von": true, "der": true, "da": true}

// capitalisedWord reports a word written with a capital (Geneva, NATO) or
// a digit, or a particle joined to a capitalised name (el-Sisi, al-Thani).
func capitalisedWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) || unicode.IsDigit(r) {
		return true
	}
	if p, rest, ok := strings.Cut(w, "-"); ok && len(p) <= 3 {
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r)
	}
	return false
}

// mention is one mention under construction, over tokens [first, last).
type mention struct {
	first, last int
	kind        string
}

// entity is one entity under construction.
type entity struct {
	typ, subtype, name, nameEn, kbID string
	attrs                            map[string]string
	mentions                         []mention
	entry                            *gazetteer.Entry
	// words are the lower-case words of a person's name, for surname
	// linking.
	words []string
}

func (e *entity) firstStart() int { return e.mentions[0].first }

// docState is the working state of one English document.
type docState struct {
	s *Stage
	a *analysis.Analysis
	t *text
	// owner[i] is the entity index of token i, or -1; kind[i] the kind
	// of its mention.
	owner []int
	kind  []string
	ents  []*entity
	byKB  map[string]int
	dts   []date
	evs   []event
}

func (d *docState) tok(i int) *tok { return &d.t.toks[i] }

func (d *docState) sameSentence(i, j int) bool {
	return i >= 0 && j < len(d.t.toks) && d.t.toks[i].sent == d.t.toks[j].sent
}

// free reports that tokens [i, j) belong to no entity yet.
func (d *docState) free(i, j int) bool {
	for k := i; k < j; k++ {
		if d.owner[k] >= 0 {
			return false
		}
	}
	return true
}

func (d *docState) claim(ei, i, j int, kind string) {
	for k := i; k < j; k++ {
		d.owner[k] = ei
		d.kind[k] = kind
	}
	d.ents[ei].mentions = append(d.ents[ei].mentions, mention{first: i, last: j, kind: kind})
}

// entryEntity returns the entity of a gazetteer entry, creating it.
func (d *docState) entryEntity(e *gazetteer.Entry) int {
	if i, ok := d.byKB[e.ID]; ok {
		return i
	}
	name := e.Name
	if name == "" {
		name = e.NameEn
	}
	d.ents = append(d.ents, &entity{typ: e.Type, subtype: e.Subtype, name: name, nameEn: e.NameEn,
		kbID: e.ID, entry: e})
	d.byKB[e.ID] = len(d.ents) - 1
	return len(d.ents) - 1
}

func (d *docState) newEntity(typ, subtype string, i, j int) int {
	words := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		words = append(words, d.tok(k).text)
	}
	name := strings.Join(words, " ")
	for ei, e := range d.ents {
		if e.kbID == "" && e.typ == typ && e.name == name {
			return ei
		}
	}
	d.ents = append(d.ents, &entity{typ: typ, subtype: subtype, name: name, nameEn: name,
		words: lowerAll(words)})
	return len(d.ents) - 1
}

func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

// entities runs the entity rules in order of confidence, each taking only
// tokens no earlier rule took: gazetteer names (English names and Latin
// aliases), place adjectives, organisations by head noun, people after a
// title or role, nominals that refer back to organisations and places
// named so far, prose's person and place tags, surnames of people already
// named, roles in apposition, and nominals again for what prose added.
func (d *docState) entities() {
	d.byKB = map[string]int{}
	d.gazetteerNames()
	d.demonyms()
	d.orgHeadNames()
	d.titledPeople()
	d.nominals()
	d.proseEntities()
	d.surnames()
	d.appositiveRoles()
	d.nominals()
}

// gazetteerNames marks the longest gazetteer name at each position.
func (d *docState) gazetteerNames() {
	if d.s.g == nil {
		return
	}
	toks := d.t.toks
	for i := 0; i < len(toks); i++ {
		sent := toks[i].sent
		n, refs, ok := d.s.gaz.longest(i, func(j int) (string, bool) {
			if j >= len(toks) || toks[j].sent != sent {
				return "", false
			}
			return matchKey(toks[j].text), true
		})
		if !ok || !d.properName(i, i+n) || !d.free(i, i+n) {
			continue
		}
		e := d.s.g.Entries[d.pickEntry(refs)]
		d.claim(d.entryEntity(e), i, i+n, doc.KindName)
		i += n - 1
	}
}

// pickEntry chooses among entries sharing a name: one already in the
// document, else the first (countries load before other places).
func (d *docState) pickEntry(refs []int32) int32 {
	for _, r := range refs {
		if _, ok := d.byKB[d.s.g.Entries[r].ID]; ok {
			return r
		}
	}
	return refs[0]
}

// properName reports that tokens [i, j) are written as a proper name:
// every word capitalised except inner function words.
func (d *docState) properName(i, j int) bool {
	for k := i; k < j; k++ {
		w := d.tok(k).text
		if capitalisedWord(w) {
			continue
		}
		if functionWords[strings.ToLower(w)] && k > i && k < j-1 || w == "'s" || !hasLetter(w) {
			continue
		}
		if k == i && strings.EqualFold(w, "the") && j-i > 1 {
			continue
		}
		return false
	}
	return true
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// demonyms marks adjectives of place (Swiss → Switzerland).
func (d *docState) demonyms() {
	if d.s.g == nil {
		return
	}
	for i := range d.t.toks {
		id, ok := d.s.lx.demonyms[d.tok(i).text]
		if !ok || d.owner[i] >= 0 {
			continue
		}
		if e, ok := d.s.g.Lookup(id); ok {
			d.claim(d.entryEntity(e), i, i+1, doc.KindAdjective)
		}
	}
}

// titleAt returns the length and kind of the title or role phrase at i.
func (d *docState) titleAt(i int) (int, titleKind, bool) {
	toks := d.t.toks
	if i >= len(toks) || !capitalisedWord(toks[i].text) {
		return 0, titleKind{}, false
	}
	sent := toks[i].sent
	return d.s.lx.titles.longest(i, func(j int) (string, bool) {
		if j >= len(toks) || toks[j].sent != sent {
			return "", false
		}
		return toks[j].lower, true
	})
}

// nameRun returns the end of the run of capitalised, unowned name words
// starting at i (at most four), or i when there is none.
func (d *docState) nameRun(i int) int {
	j := i
	for j < len(d.t.toks) && j-i < 4 && d.sameSentence(i, j) {
		t := d.tok(j)
		if d.owner[j] >= 0 || !isNameWord(t) {
			break
		}
		if n, _, ok := d.titleAt(j); ok && n > 0 && j == i {
			break
		}
		if isTemporalWord(t.lower) {
			break
		}
		j++
	}
	return j
}

// isNameWord: a capitalised word that may be part of a person's name.
func isNameWord(t *tok) bool {
	if !capitalisedWord(t.text) || !hasLetter(t.text) || isAcronym(t.text) {
		return false
	}
	if functionWords[t.lower] || pronouns[t.lower] {
		return false
	}
	return strings.HasPrefix(t.tag, "NNP") || t.tag == "NN" || t.tag == "JJ" || t.tag == "FW"
}

var pronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"you": true, "his": true, "her": true, "its": true, "their": true, "this": true, "that": true,
	"these": true, "those": true, "a": true, "an": true, "in": true, "on": true, "at": true, "but": true}

// complement returns the end of a role's complement starting at i: "for
// Political Affairs and Security Policy", "of NATO", "to the United
// Nations". A complement is a preposition followed by capitalised words,
// gazetteer names and inner function words, up to a comma.
func (d *docState) complement(i int) int {
	toks := d.t.toks
	if i >= len(toks) || !(toks[i].lower == "for" || toks[i].lower == "of" || toks[i].lower == "to" || toks[i].lower == "at") {
		return i
	}
	j := i + 1
	last := i
	for j < len(toks) && d.sameSentence(i, j) {
		t := &toks[j]
		switch {
		case capitalisedWord(t.text) && hasLetter(t.text), d.owner[j] >= 0 && d.ents[d.owner[j]].typ != gazetteer.Person:
			last = j + 1
		case functionWords[t.lower] || t.text == "'s":
		default:
			return last
		}
		j++
	}
	return last
}

// titledPeople finds people named after a title or role: "Ambassador
// Boris Ruge", "Foreign Minister Ayman Safadi", "NATO's Assistant
// Secretary General for Political Affairs and Security Policy, Ambassador
// Boris Ruge".
func (d *docState) titledPeople() {
	toks := d.t.toks
	for i := 0; i < len(toks); i++ {
		if d.owner[i] >= 0 {
			continue
		}
		n, k, ok := d.titleAt(i)
		if !ok {
			continue
		}
		attrs := map[string]string{}
		j := i + n
		roleEnd := d.complement(j)
		if roleEnd > j || (k.role && !(k.title && n == 1)) {
			attrs["role"] = d.formText(i, roleEnd)
		} else {
			attrs["title"] = d.formText(i, j)
		}
		j = roleEnd
		// A role in apposition before a titled name: "…, Ambassador Boris Ruge".
		if _, hasRole := attrs["role"]; hasRole && j+1 < len(toks) && toks[j].text == "," {
			if n2, k2, ok := d.titleAt(j + 1); ok && k2.title {
				attrs["title"] = d.formText(j+1, j+1+n2)
				j = j + 1 + n2
			}
		}
		d.affiliation(attrs, i, roleEnd)
		if j < len(toks) && d.owner[j] >= 0 && d.ents[d.owner[j]].typ == gazetteer.Person {
			// A person the gazetteer already named: give it the title.
			e := d.ents[d.owner[j]]
			if e.attrs == nil {
				e.attrs = map[string]string{}
			}
			for key, v := range attrs {
				if e.attrs[key] == "" {
					e.attrs[key] = v
				}
			}
			i = j - 1
			continue
		}
		end := d.nameRun(j)
		if end == j {
			i = j - 1
			continue
		}
		if ei, ok := d.knownPerson(j, end); ok {
			d.claim(ei, j, end, doc.KindName)
			for key, v := range attrs {
				if d.ents[ei].attrs[key] == "" {
					d.ents[ei].attrs[key] = v
				}
			}
		} else {
			ei := d.newEntity(gazetteer.Person, "", j, end)
			d.ents[ei].attrs = attrs
			d.claim(ei, j, end, doc.KindName)
		}
		i = end - 1
	}
}

// knownPerson returns a person already in the document whose full name or
// surname is tokens [i, j).
func (d *docState) knownPerson(i, j int) (int, bool) {
	words := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		words = append(words, d.tok(k).lower)
	}
	for ei := len(d.ents) - 1; ei >= 0; ei-- {
		e := d.ents[ei]
		if e.typ != gazetteer.Person || len(e.words) == 0 {
			continue
		}
		if slices.Equal(e.words, words) || len(words) == 1 && e.words[len(e.words)-1] == words[0] {
			return ei, true
		}
	}
	return 0, false
}

// orgHeads end organisation names found by rule ("Geneva Centre for …").
var orgHeads = map[string]bool{"committee": true, "council": true, "ministry": true, "centre": true,
	"center": true, "organization": true, "organisation": true, "agency": true, "university": true,
	"institute": true, "bank": true, "union": true, "party": true, "court": true, "army": true,
	"forces": true, "office": true, "association": true, "foundation": true, "fund": true,
	"commission": true, "assembly": true, "parliament": true, "front": true, "movement": true,
	"federation": true, "corporation": true, "company": true, "programme": true, "program": true}

// proseEntities takes prose's PERSON, ORGANIZATION and GPE chunks over
// tokens nothing else has claimed: people when the words look like a
// name, organisations when the chunk ends in (or reaches) an organisation
// head noun, places when every word is a proper noun.
func (d *docState) proseEntities() {
	toks := d.t.toks
	for i := 0; i < len(toks); {
		lab := toks[i].label
		if !strings.HasPrefix(lab, "B-") && !strings.HasPrefix(lab, "I-") {
			i++
			continue
		}
		typ := lab[2:]
		j := i + 1
		for j < len(toks) && d.sameSentence(i, j) && strings.HasPrefix(toks[j].label, "I-") {
			j++
		}
		d.takeChunk(typ, i, j)
		i = j
	}
}

// orgHeadNames finds organisations by rule: a run of capitalised words
// that ends in an organisation head noun (Committee, Association, Office),
// with the head's complement ("Moroccan Association for Human Rights",
// "NATO Liaison Office"). A place the gazetteer found inside the
// complement becomes part of the name.
func (d *docState) orgHeadNames() {
	toks := d.t.toks
	for i := 0; i < len(toks); i++ {
		if d.owner[i] >= 0 && d.kind[i] != doc.KindAdjective || !capitalisedWord(toks[i].text) ||
			functionWords[toks[i].lower] || pronouns[toks[i].lower] {
			continue
		}
		j, head := i, -1
		for j < len(toks) && d.sameSentence(i, j) && (d.owner[j] < 0 || j == i) &&
			(capitalisedWord(toks[j].text) && hasLetter(toks[j].text) || functionWords[toks[j].lower] && j > i) {
			if orgHeads[toks[j].lower] {
				head = j
			}
			j++
		}
		if head < 0 || head == i && !isAcronym(toks[i].text) {
			continue
		}
		// Include a complement after the head: "Centre for Security Policy".
		end := head + 1
		if c := d.complement(end); c > end {
			end = c
		}
		for end > i && functionWords[toks[end-1].lower] {
			end--
		}
		ok := true
		for k := i; k < end; k++ {
			if o := d.owner[k]; o >= 0 && !(k == i && d.kind[k] == doc.KindAdjective) &&
				!(k > head && d.ents[o].typ == gazetteer.Location) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		if _, _, isTitle := d.titleAt(i); isTitle {
			continue
		}
		for k := i; k < end; k++ {
			d.unclaim(k)
		}
		ei := d.newEntity(gazetteer.Organization, "", i, end)
		d.claim(ei, i, end, doc.KindName)
		i = end - 1
	}
}

// unclaim removes the mention covering token k from its entity (and the
// entity, once it has no mention left, from the document).
func (d *docState) unclaim(k int) {
	o := d.owner[k]
	if o < 0 {
		return
	}
	e := d.ents[o]
	for mi, m := range e.mentions {
		if m.first <= k && k < m.last {
			for t := m.first; t < m.last; t++ {
				d.owner[t], d.kind[t] = -1, ""
			}
			e.mentions = slices.Delete(e.mentions, mi, mi+1)
			break
		}
	}
}

func (d *docState) takeChunk(typ string, i, j int) {
	// Trim tokens that cannot be part of a name at either end.
	for i < j && (d.owner[i] >= 0 || !isNameWord(d.tok(i))) {
		if n, _, ok := d.titleAt(i); ok {
			i += n
			continue
		}
		i++
	}
	for j > i && (d.owner[j-1] >= 0 || !isNameWord(d.tok(j-1))) {
		j--
	}
	if i >= j || !d.free(i, j) {
		return
	}
	for k := i; k < j; k++ {
		if isTemporalWord(d.tok(k).lower) {
			return
		}
	}
	switch typ {
	case "PERSON":
		for k := i; k < j; k++ {
			if orgHeads[d.tok(k).lower] {
				return
			}
		}
		if j-i < 2 {
			// A single word is a person only as the surname of one
			// already named (surnames does that).
			return
		}
		if ei, ok := d.knownPerson(i, j); ok {
			d.claim(ei, i, j, doc.KindName)
			return
		}
		ei := d.newEntity(gazetteer.Person, "", i, j)
		d.claim(ei, i, j, doc.KindName)
	case "GPE":
		if i == d.t.sents[d.tok(i).sent].first && j-i == 1 {
			return // sentence-initial capital: no evidence
		}
		for k := i; k < j; k++ {
			if d.tok(k).tag != "NNP" {
				return
			}
		}
		if _, ok := d.knownPerson(i, j); ok {
			return
		}
		ei := d.newEntity(gazetteer.Location, "", i, j)
		d.claim(ei, i, j, doc.KindName)
	}
}

// surnames links a capitalised word equal to the surname (or full name)
// of a person already named: "Ruge" after "Boris Ruge".
func (d *docState) surnames() {
	toks := d.t.toks
	for i := range toks {
		if d.owner[i] >= 0 || !isNameWord(&toks[i]) {
			continue
		}
		if ei, ok := d.knownPerson(i, i+1); ok && d.ents[ei].firstStart() < i {
			d.claim(ei, i, i+1, doc.KindName)
		}
	}
}

// appositiveRoles gives a person without a role the role in apposition
// after their name: "Mark Rutte, NATO's Secretary General," or "Rutte,
// the Secretary General of NATO,".
func (d *docState) appositiveRoles() {
	toks := d.t.toks
	for _, e := range d.ents {
		if e.typ != gazetteer.Person || e.attrs["role"] != "" {
			continue
		}
		for _, m := range e.mentions {
			j := m.last
			if j >= len(toks) || toks[j].text != "," {
				continue
			}
			j++
			if j < len(toks) && toks[j].lower == "the" {
				j++
			}
			if j < len(toks) && d.owner[j] >= 0 && d.ents[d.owner[j]].typ == gazetteer.Organization {
				for j < len(toks) && d.owner[j] >= 0 && d.ents[d.owner[j]].typ == gazetteer.Organization {
					j++
				}
				if j < len(toks) && toks[j].text == "'s" {
					j++
				}
			}
			n, k, ok := d.titleAt(j)
			if !ok || !k.role {
				continue
			}
			end := d.complement(j + n)
			if e.attrs == nil {
				e.attrs = map[string]string{}
			}
			e.attrs["role"] = d.formText(j, end)
			d.affiliation(e.attrs, m.last+1, end)
			break
		}
	}
}

// nominals links "the Alliance", "the Committee", "the city" to the
// nearest organisation or place named before them that the noun fits.
func (d *docState) nominals() {
	toks := d.t.toks
	for i := 1; i < len(toks); i++ {
		// "the Alliance", "the Swiss city", "the humanitarian organisation".
		det := toks[i-1].lower == "the" ||
			i >= 2 && toks[i-2].lower == "the" && (d.kind[i-1] == doc.KindAdjective || toks[i-1].tag == "JJ")
		if d.owner[i] >= 0 || !det {
			continue
		}
		ar, ok := d.s.lx.nominals[toks[i].lower]
		if !ok {
			continue
		}
		// "the Committee of …" names something else; "the city of
		// Geneva" names it itself.
		if i+1 < len(toks) && (toks[i+1].lower == "of" || toks[i+1].lower == "for") {
			continue
		}
		best, bestPos := -1, -1
		for ei, e := range d.ents {
			if e.typ == gazetteer.Person {
				continue
			}
			fits := strings.EqualFold(e.subtype, toks[i].lower) ||
				slices.Contains(strings.Fields(strings.ToLower(e.nameEn)), toks[i].lower) ||
				e.entry != nil && slices.Contains(e.entry.Nominals, ar)
			if !fits {
				continue
			}
			for _, m := range e.mentions {
				if m.kind != doc.KindNominal && m.last <= i && m.first > bestPos {
					best, bestPos = ei, m.first
				}
			}
		}
		if best >= 0 {
			d.claim(best, i, i+1, doc.KindNominal)
		}
	}
}

// formText returns the original text of tokens [i, j).
func (d *docState) formText(i, j int) string {
	if i >= j {
		return ""
	}
	return d.span(i, j).Text
}

// span maps tokens [i, j) to original offsets and text.
func (d *docState) span(i, j int) doc.Span {
	return d.a.FormSpan(d.tok(i).start, d.tok(j-1).end)
}

// emitEntities writes the entities in order of first mention.
func (d *docState) emitEntities() map[int]string {
	for _, e := range d.ents {
		sort.Slice(e.mentions, func(x, y int) bool { return e.mentions[x].first < e.mentions[y].first })
	}
	order := make([]int, 0, len(d.ents))
	for i, e := range d.ents {
		if len(e.mentions) > 0 { // an entity whose mentions a longer name took
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(x, y int) bool { return d.ents[order[x]].firstStart() < d.ents[order[y]].firstStart() })
	ids := map[int]string{}
	for _, ei := range order {
		e := d.ents[ei]
		out := doc.Entity{ID: "e" + itoa(len(d.a.Doc.Entities)+1), Type: e.typ, Subtype: e.subtype,
			Name: e.name, NameEn: e.nameEn, KBID: e.kbID, Mentions: []doc.Mention{}}
		if len(e.attrs) > 0 {
			out.Attributes = e.attrs
		}
		for _, m := range e.mentions {
			sp := d.span(m.first, m.last)
			out.Mentions = append(out.Mentions, doc.Mention{Text: sp.Text, Start: sp.Start, End: sp.End, Kind: m.kind})
		}
		ids[ei] = out.ID
		d.a.Doc.Entities = append(d.a.Doc.Entities, out)
	}
	return ids
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// affiliation records the organisation (or country) a role belongs to:
// the one named in the role phrase's span [i, end) ("of NATO") or just
// before it ("NATO's Assistant Secretary General").
func (d *docState) affiliation(attrs map[string]string, i, end int) {
	if _, ok := attrs["role"]; !ok {
		return
	}
	pick := func(k int) bool {
		if k < 0 || k >= len(d.owner) || d.owner[k] < 0 {
			return false
		}
		e := d.ents[d.owner[k]]
		if e.typ == gazetteer.Person || e.typ == gazetteer.Location && e.subtype != "country" {
			return false
		}
		attrs["affiliation"] = e.nameEn
		if e.kbID != "" {
			attrs["affiliation_kb_id"] = e.kbID
		}
		return true
	}
	if i >= 2 && d.tok(i-1).text == "'s" && pick(i-2) {
		return
	}
	if i >= 1 && pick(i-1) {
		return
	}
	for k := i; k < end; k++ {
		if pick(k) {
			return
		}
	}
}
