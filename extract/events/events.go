// Package events finds the events an Arabic news article reports — visits,
// meetings, talks, speeches, statements, summits, agreements, appeals,
// condemnations, threats, protests, attacks, arrests, aid and sanctions —
// each with its type, PLOVER category and CAMEO code, its trigger words,
// its modality and its arguments (agent, target, participant, host, place,
// time) pointing at the entities and dates earlier stages found.
//
// It works on the layers the pipeline already holds: the tokens with their
// clitic analyses, the entity mentions (Analysis.Mentions) and the dates
// (Analysis.Timexes). Triggers come from an embedded lexicon
// (triggers.tsv); arguments from Arabic word order (verb first, subject
// next, objects and prepositional phrases after); a discourse pass carries
// the main event's agent, place and time into the sentences that continue
// it and drops repeated mentions of the same event.
package events

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/token"
)

// Stage is the event extraction stage.
type Stage struct {
	lx  *lexicon
	err error
}

var loadLexicon = sync.OnceValues(func() (*lexicon, error) { return parseLexicon(triggersTSV) })

// New returns the events stage with the embedded trigger lexicon. It must
// run after the entity and date stages, whose layers it reads.
func New() analysis.Stage {
	lx, err := loadLexicon()
	return &Stage{lx: lx, err: err}
}

// Name implements analysis.Stage.
func (s *Stage) Name() string { return "events" }

// Process implements analysis.Stage: it fills a.Doc.Events.
func (s *Stage) Process(a *analysis.Analysis) {
	if s.err != nil {
		a.Doc.Warnings = append(a.Doc.Warnings, doc.Warning{Code: "events", Message: s.err.Error()})
		return
	}
	if a.Tokens == nil || len(a.Tokens.List) == 0 {
		return
	}
	x := newDocument(s.lx, a)
	defer x.release()
	x.findTriggers()
	if len(x.cands) == 0 {
		return
	}
	x.prepare()
	if n := 4 * len(x.active); cap(x.slots) < n {
		x.slots = make([]arg, n)
	} else {
		x.slots = x.slots[:n]
		clear(x.slots)
	}
	for i, c := range x.active {
		c.args = x.slots[4*i : 4*i : 4*i+4] // room for the usual few arguments
		x.arguments(c)
		x.modality(c)
	}
	x.discourse()
	x.merge()
	x.hosts()
	x.ownSide()
	a.Doc.Events = x.output()
}

// arg is an event argument while the stage works: an entity, a date or a
// run of tokens.
type arg struct {
	role   string
	entity int // index into Doc.Entities, or -1
	date   int // index into Doc.Dates, or -1
	// first, last: token range of a text argument; strip is the number of
	// matching-form code points of a leading clitic left out of it.
	first, last, strip int
	key                string // comparison key of a text argument
	inherited          bool
}

// cand is a trigger occurrence and, once resolved, an event.
type cand struct {
	e *entry
	// first, last: the range the entry's words span; spanFirst,
	// spanLast: the trigger span.
	first, last         int
	spanFirst, spanLast int
	an                  *token.Analysis // reading of the first word
	sent                int
	headline            bool
	// verbal: a verb, or a noun governed by a light verb (light).
	verbal   bool
	verbTok  int // the verb or light verb token, -1 for a bare noun
	verbAn   *token.Analysis
	light    int
	anaphor  bool // هذه الزيارة، زيارته: refers back to an event
	hosted   bool // the verb that governs it is استضاف: its subject is the host
	relative bool // a verb describing the noun before it (غارة جوية استهدفت سيارة)
	absorbed bool
	dropped  bool // the stage decided it is no event of its own
	// subjectless: a verbal event whose subject the text leaves out.
	subjectless bool
	args        []arg
	modality    string
	after       int // end of the argument window after the trigger
	before      int // start of the window before it
}

func (c *cand) typ() string { return c.e.typ }

// sameType reports whether c and d are of one type: entries of a type
// share its typeKind, so no string is compared.
func sameType(c, d *cand) bool { return c.e.kind == d.e.kind }

func (c *cand) get(role string) *arg {
	for i := range c.args {
		if c.args[i].role == role {
			return &c.args[i]
		}
	}
	return nil
}

func (c *cand) has(role string) bool { return c.get(role) != nil }

// document is the per-document working state.
type document struct {
	lx   *lexicon
	a    *analysis.Analysis
	toks []token.Token
	// mentionAt[k] is the index in a.Mentions of the mention starting at
	// token k, mentionIn[k] of one covering it; dateIn[k] of the date
	// covering it; all -1 when none.
	mentionAt, mentionIn, dateIn []int32
	candIn                       []int32
	cands, active                []*cand
	cues                         []int32 // per sentence: first cue of each kind (see cue)
	// arena holds the candidates in chunks of 64 (chunk, used: the next
	// free one); buf backs the four token arrays, slots the arguments.
	arena       [][]cand
	chunk, used int
	buf         []int32
	slots       []arg
	// hits and evs are scratch lists of findTriggers and output.
	hits []match
	// found holds the table entries of every reading (see classify),
	// wis those of the token findTriggers matches at; trigs lists the
	// tokens that may start a trigger.
	found, wis []uint32
	trigs      []trigTok
	// affs caches affiliation (nil until asked), in affBuf.
	affs, affBuf []affil
	evs          []*cand
	// cls holds the classTable bits of each token (see classify).
	cls []uint64
}

// documents keeps the working state of finished documents for reuse, so
// that a stream of articles does not ask the allocator (and the garbage
// collector) for the same buffers again and again.
var documents = sync.Pool{New: func() any { return new(document) }}

func newDocument(lx *lexicon, a *analysis.Analysis) *document {
	n := len(a.Tokens.List)
	x := documents.Get().(*document)
	x.lx, x.a, x.toks = lx, a, a.Tokens.List
	if cap(x.buf) < 4*n {
		x.buf = make([]int32, 4*n)
	}
	buf := x.buf[:4*n]
	// filled by doubling copies, which run as block moves where a loop
	// stores one element at a time
	if len(buf) > 0 {
		buf[0] = -1
		for k := 1; k < len(buf); k *= 2 {
			copy(buf[k:], buf[:k])
		}
	}
	x.mentionAt, x.mentionIn, x.dateIn, x.candIn = buf[:n], buf[n:2*n], buf[2*n:3*n], buf[3*n:]
	for i, m := range a.Mentions {
		if m.First < 0 || m.Last > n || m.First >= m.Last || m.Entity < 0 || m.Entity >= len(a.Doc.Entities) {
			continue
		}
		if x.mentionAt[m.First] < 0 {
			x.mentionAt[m.First] = int32(i)
		}
		for k := m.First; k < m.Last; k++ {
			if x.mentionIn[k] < 0 {
				x.mentionIn[k] = int32(i)
			}
		}
	}
	for i, r := range a.Timexes {
		if r.First < 0 || r.Last > n || r.First >= r.Last || i >= len(a.Doc.Dates) {
			continue
		}
		for k := r.First; k < r.Last; k++ {
			if x.dateIn[k] < 0 {
				x.dateIn[k] = int32(i)
			}
		}
	}
	return x
}

// findTriggers classifies the tokens (classify) and scans them for
// lexicon entries, longest first: the table entries classify found for a
// token's readings serve the matching too, so no reading is looked up
// twice.
func (x *document) findTriggers() {
	x.classify()
	tb := &x.lx.words
	hits := x.hits[:0]
	defer func() {
		// keep the list, not the readings of this document it points to
		clear(hits)
		x.hits = hits[:0]
	}()
	for _, tt := range x.trigs {
		i := int(tt.k)
		t := &x.toks[i]
		if x.candIn[i] >= 0 {
			continue
		}
		x.wis = x.found[tt.off : int(tt.off)+len(t.Analyses)]
		hits = hits[:0]
		for ai, wx := range x.wis {
			if wx == 0 {
				continue
			}
			wi := &tb.infos[wx-1]
			if len(wi.first) > 0 {
				hits = x.lookup(hits, wi.first, i)
			}
			// the accusative ا (اجتماعا)
			if len(wi.acc) > 0 && len(t.Analyses[ai].Stem) > 4 {
				hits = x.lookup(hits, wi.acc, i)
			}
		}
		if len(hits) == 0 {
			continue
		}
		slices.SortStableFunc(hits, func(p, q match) int {
			switch {
			case better(p, q):
				return -1
			case better(q, p):
				return 1
			}
			return 0
		})
		// a reading that strips more letters is no fallback for one that
		// keeps them (وبحث is و+بحث, never وب+حث)
		longest := 0
		for _, h := range hits {
			longest = max(longest, len(h.an.Stem))
		}
		for _, h := range hits {
			if len(h.an.Stem) < longest {
				continue
			}
			if h.e.needs != nil && !x.follows(h.toks[h.n-1], h.e.needs, h.e.needsBit, h.e.far) {
				continue
			}
			if k := h.toks[h.n-1] + 1; h.e.not != nil && k < len(x.toks) && x.hasStem(k, h.e.not, h.e.notBit) {
				continue
			}
			x.addCand(h)
			break
		}
	}
}

func better(p, q match) bool {
	if p.n != q.n {
		return p.n > q.n
	}
	if p.e.verbal != q.e.verbal {
		return p.e.verbal
	}
	return !p.e.weak && q.e.weak
}

// lookup adds to hits the entries of es that match at token i.
func (x *document) lookup(hits []match, es []*entry, i int) []match {
	for _, e := range es {
		dup := false
		for _, h := range hits {
			if h.e == e {
				dup = true
			}
		}
		if dup {
			continue
		}
		if m, ok := x.matchAt(e, i); ok {
			hits = append(hits, m)
		}
	}
	return hits
}

// matchFirst is matchWord(&x.toks[i], &e.words[0]), read from x.wis, the
// table entries of the token's readings (as classify found them),
// instead of the word's forms.
func (x *document) matchFirst(e *entry, i int) (*token.Analysis, bool) {
	t := &x.toks[i]
	verb := e.words[0].verb
	var best *token.Analysis
	ok := false
	for j := range t.Analyses {
		an := &t.Analyses[j]
		wx := x.wis[j]
		if wx == 0 || verb && an.Article {
			continue
		}
		wi := &x.lx.words.infos[wx-1]
		// e is in wi.first exactly when an.Stem is a form of its first
		// word, and in wi.acc when the stem less ا is
		hit := slices.Contains(wi.first, e)
		if !hit && !verb && len(an.Stem) > 6 {
			hit = slices.Contains(wi.acc, e)
		}
		if hit && (!ok || len(an.Stem) > len(best.Stem)) {
			best, ok = an, true
		}
	}
	return best, ok
}

// matchAt matches entry e with its first word at token i, whose readings'
// table entries are in x.wis.
func (x *document) matchAt(e *entry, i int) (match, bool) {
	an, ok := x.matchFirst(e, i)
	if !ok {
		return match{}, false
	}
	if an.Suffix == "ه" && x.taMarbuta(i) {
		return match{}, false // إشارة is no أشار + ه
	}
	m := match{e: e, an: an, n: 1}
	m.toks[0] = i
	sent := x.toks[i].Sentence
	k := i
	for w := 1; w < len(e.words); w++ {
		ws := &e.words[w]
		limit := k + 1
		if ws.gap {
			limit = k + 1 + maxGap
		}
		found := -1
		for j := k + 1; j <= limit && j < len(x.toks); j++ {
			t := &x.toks[j]
			if t.Sentence != sent || (t.Kind == token.Punct && t.Text != "(" && t.Text != ")") {
				break
			}
			if _, ok := matchWord(t, ws); ok {
				found = j
				break
			}
		}
		if found < 0 {
			return match{}, false
		}
		m.toks[m.n] = found
		m.n++
		k = found
	}
	return m, true
}

// taMarbuta reports whether token k ends in ة in the original text (the
// matching form folds it to ه, the pronoun's letter).
func (x *document) taMarbuta(k int) bool {
	t := &x.toks[k]
	s, e := x.a.Text.Map.Span(t.End-1, t.End)
	return strings.HasSuffix(x.a.Original(s, e), "ة")
}

// follows reports whether a word of set comes within eight words after
// token k in its sentence (24 when far).
func (x *document) follows(k int, set map[string]bool, bit uint64, far bool) bool {
	sent := x.toks[k].Sentence
	n := 8
	if far {
		n = 24
	}
	for j := k + 1; n > 0 && j < len(x.toks) && x.toks[j].Sentence == sent; j++ {
		if x.hasStem(j, set, bit) {
			return true
		}
		if x.dateIn[j] < 0 { // a date counts as no word
			n--
		}
	}
	return false
}

// release returns x to the pool, keeping its buffers but no reference to
// the document it worked on.
func (x *document) release() {
	x.a, x.toks = nil, nil
	x.mentionAt, x.mentionIn, x.dateIn, x.candIn = nil, nil, nil, nil
	clear(x.cands)
	clear(x.active)
	x.cands, x.active, x.cues = x.cands[:0], x.active[:0], x.cues[:0]
	x.chunk, x.used = 0, 0
	clear(x.slots)
	x.wis = nil
	clear(x.affs)
	x.affs = nil
	documents.Put(x)
}

// noAnalysis stands for the reading of a verb an event does not have.
var noAnalysis token.Analysis

// newCand returns a fresh candidate from the document's arena, which
// hands them out in chunks to spare the allocator.
func (x *document) newCand() *cand {
	if x.chunk < len(x.arena) && x.used == len(x.arena[x.chunk]) {
		x.chunk, x.used = x.chunk+1, 0
	}
	if x.chunk == len(x.arena) {
		x.arena = append(x.arena, make([]cand, 64))
	}
	c := &x.arena[x.chunk][x.used]
	x.used++
	*c = cand{}
	return c
}

func (x *document) addCand(m match) {
	c := x.newCand()
	c.e, c.an, c.light, c.verbTok, c.verbAn = m.e, m.an, -1, -1, &noAnalysis
	toks := m.toks[:m.n]
	c.first, c.last = toks[0], toks[m.n-1]+1
	h := m.e.head
	c.spanFirst, c.spanLast = toks[h], toks[h]+1
	for w := h + 1; w < len(toks) && toks[w] == c.spanLast; w++ {
		c.spanLast++
	}
	c.sent = x.toks[c.first].Sentence
	c.headline = x.a.Tokens.Sentences[c.sent].Headline
	for _, w := range toks {
		x.candIn[w] = int32(len(x.cands))
	}
	if m.e.verbal {
		for w, k := range toks {
			if m.e.words[w].verb {
				c.verbTok = k
				c.verbAn, _ = matchWord(&x.toks[k], &m.e.words[w])
				break
			}
		}
		c.verbal = true
	}
	x.cands = append(x.cands, c)
}

// prepare marks anaphoric nouns, finds the light verbs that govern event
// nouns, folds a noun into the verb of the same type before it, drops
// abstract nouns, and fixes the argument windows.
func (x *document) prepare() {
	for _, c := range x.cands {
		if c.typ() == noEvent {
			c.dropped = true
			continue
		}
		if c.verbal {
			continue
		}
		if c.an.Suffix != "" {
			c.anaphor = true
		}
		if p := c.first - 1; p >= 0 && x.toks[p].Sentence == c.sent {
			if x.in(p, demonstratives) || x.in(p, during) && definite(&x.toks[c.first]) {
				c.anaphor = true
			}
			if x.hasStem(p, x.lx.block, x.lx.blockBit) {
				c.dropped = true
			}
		}
	}
	for _, c := range x.cands {
		if !c.verbal && !c.dropped {
			x.findLight(c)
		}
	}
	x.hostedEvents()
	// في بيان، في تصريح: the medium of the verb before, no event of its own
	for i, c := range x.cands {
		if c.typ() != "STATEMENT" || c.e.verbal || c.verbal || c.first == 0 || word(&x.toks[c.first-1]) != "في" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			d := x.cands[j]
			if d.sent != c.sent || c.first-d.last > 6 {
				break
			}
			if d.e.verbal && !d.dropped {
				c.absorbed = true
				break
			}
		}
	}
	// A verb right after an event noun of its type describes it (القصف
	// الذي استهدف، غارة جوية استهدفت): one event, told by the verb.
	for i := 1; i < len(x.cands); i++ {
		n, c := x.cands[i-1], x.cands[i]
		if !n.dropped && !c.dropped && !n.e.verbal && c.e.verbal && sameType(n, c) && n.sent == c.sent && x.describes(n, c) {
			n.absorbed = true
			c.relative = true
		}
	}
	// Fold: a noun after a verb (or a weak noun beside a strong one) of
	// the same type, close by in the same clause, is the same event.
	var prev *cand
	for _, c := range x.cands {
		if c.dropped || c.absorbed {
			continue
		}
		if prev != nil && prev.sent == c.sent && sameType(prev, c) && x.distance(prev.last, c.first) <= 4 && !x.punctBetween(prev.last, c.first) {
			switch {
			case prev.e.verbal && !c.e.verbal:
				c.absorbed = true
				continue
			case !prev.e.verbal && !c.e.verbal && prev.e.weak && !c.e.weak:
				prev.absorbed = true
				if prev.light >= 0 && c.light < 0 {
					c.light, c.verbTok, c.verbAn, c.verbal = prev.light, prev.verbTok, prev.verbAn, true
				}
			case !prev.e.verbal && !c.e.verbal:
				c.absorbed = true
				continue
			}
		}
		prev = c
	}
	for _, c := range x.cands {
		if !c.dropped && !c.absorbed {
			x.active = append(x.active, c)
		}
	}
	for i, c := range x.active {
		s := x.a.Tokens.Sentences[c.sent]
		c.after = min(s.Last, c.last+20)
		for _, d := range x.active[i+1:] {
			if d.sent != c.sent {
				break
			}
			if !d.anaphor {
				c.after = min(c.after, d.first)
				break
			}
		}
		c.before = s.First
		if i > 0 && x.active[i-1].sent == c.sent {
			c.before = x.active[i-1].last
		}
	}
}

// hostedEvents reads استضاف + event noun (تستضيف الدوحة القمة، ستستضيف روما
// اجتماعا) as the event with a host, not as a hosted visit.
func (x *document) hostedEvents() {
	for i, h := range x.cands {
		if h.typ() != "HOST_VISIT" || h.verbTok < 0 || !x.in(h.verbTok, hostVerbs) {
			continue
		}
		for _, c := range x.cands[i+1:] {
			if c.sent != h.sent || c.first-h.last > 8 {
				break
			}
			if c.dropped || c.e.verbal || c.light >= 0 {
				continue
			}
			switch c.typ() {
			case "SUMMIT", "MEETING", "TALKS", "SPEECH", "STATEMENT":
				c.light, c.verbTok, c.verbAn, c.verbal, c.hosted = h.verbTok, h.verbTok, h.verbAn, true, true
				h.dropped = true
			}
			break
		}
	}
}

// describes reports whether verb c follows noun n as a relative clause:
// after الذي/التي, or after n and its adjectives alone (غارة جوية استهدفت).
func (x *document) describes(n, c *cand) bool {
	if c.verbTok != c.first {
		return false
	}
	for k := n.last; k < c.first; k++ {
		t := &x.toks[k]
		if !(x.in(k, relatives) && k == c.first-1) && !nisba(t) {
			return false
		}
	}
	return c.first-n.last <= 2
}

var hostVerbs = newClass(conjugate("استضاف|يستضيف|يستضف"))

// during opens a reference to an event already told (خلال الزيارة، في ختام
// اللقاء، عقب الاجتماع).
var during = set("خلال", "أثناء", "ختام", "عقب", "إثر", "هامش", "نهاية", "بداية", "مستهل", "حول")

var demonstratives = set("هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين")

// setFilter holds the words of every set made by set, at package
// initialisation (it is only read afterwards).
var setFilter token.WordFilter

// inSet is hasStem for a class, asking the filter first. Code that holds
// the token's index asks x.in, which reads the answer classify stored;
// inSet stays the definition (TestClassesAgree holds the two together).
func inSet(t *token.Token, set *class) bool {
	for i := range t.Analyses {
		st := t.Analyses[i].Stem
		if !setFilter.May(st) {
			continue
		}
		if set.words[st] {
			return true
		}
		if s, cut := strings.CutSuffix(st, "ا"); cut && set.words[s] {
			return true
		}
	}
	return false
}

// findLight looks back from an event noun for the light verb that governs
// it (قام السفير روجه، …، بزيارة; عقد اجتماعا; اختتم زيارته بإلقاء كلمة).
func (x *document) findLight(c *cand) {
	s := x.a.Tokens.Sentences[c.sent]
	sawSubject := false
	for k := c.first - 1; k >= s.First && k >= c.first-24; k-- {
		t := &x.toks[k]
		if ci := x.candIn[k]; ci >= 0 && !x.cands[ci].anaphor && !x.cands[ci].dropped {
			return
		}
		if t.Kind == token.Word && x.candIn[k] < 0 && x.stop(k) {
			// شارك السفير في رئاسة الجولة: في opens the noun's phrase,
			// unless a place or date follows it
			if word(t) != "في" || k+1 > c.first || x.mentionAt[k+1] >= 0 || x.dateIn[k+1] >= 0 {
				return
			}
		}
		if m := x.mentionIn[k]; m >= 0 {
			switch x.entityType(m) {
			case doc.Person, doc.Organization:
				sawSubject = true
			}
		}
		if t.Kind == token.Punct && t.Text == "،" {
			sawSubject = sawSubject || c.first-k > 4
		}
		if lv, an := x.isLight(k); lv != nil {
			if !lv.governs(c.typ()) {
				return
			}
			if c.first-k > 5 && !sawSubject {
				return
			}
			c.light, c.verbTok, c.verbAn, c.verbal = k, k, an, true
			return
		}
	}
}

// stopWords end a light verb's reach and a subject or noun phrase:
// prepositions, relatives and complementisers.
var stopWords = set("في", "على", "عن", "إلى", "حول", "خلال", "عبر", "منذ", "بعد", "قبل", "حيث", "الذي", "التي",
	"الذين", "اللذين", "اللتين", "أن", "إن", "أنه", "إنه", "لأن", "لكن", "بين", "نحو", "ضد", "لدى", "مع", "أمام",
	"تجاه", "بشأن", "عند", "حتى", "كما", "مما", "ما", "لم", "لن", "لا", "قد", "وقد", "ثم", "أو", "بينما", "إذ", "عندما")

// isStop reports a stop word, alone or after و or ف. Document code asks
// x.stop, which reads the answer classify stored; isStop stays the
// definition (TestClassesAgree holds the two together).
func isStop(t *token.Token) bool {
	if t.Kind != token.Word {
		return false
	}
	if w := word(t); setFilter.May(w) && stopWords.has(w) {
		return true
	}
	for _, an := range readings(t) {
		if (an.Prefix == "و" || an.Prefix == "ف") && an.Suffix == "" && setFilter.May(an.Stem) && stopWords.has(an.Stem) {
			return true
		}
	}
	return false
}

// distance counts the words between two tokens, a date counting as none.
func (x *document) distance(from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if x.dateIn[k] < 0 {
			n++
		}
	}
	return n
}

func (x *document) punctBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if t := &x.toks[k]; t.Kind == token.Punct && t.Text != "(" && t.Text != ")" {
			return true
		}
	}
	return false
}

func (x *document) entityType(m int32) string {
	return x.a.Doc.Entities[x.a.Mentions[m].Entity].Type
}

func (x *document) mentionKind(m int32) string {
	r := x.a.Mentions[m]
	ms := x.a.Doc.Entities[r.Entity].Mentions
	if r.Mention >= 0 && r.Mention < len(ms) {
		return ms[r.Mention].Kind
	}
	return doc.KindName
}

// output turns the events into the document's list, in text order.
func (x *document) output() []doc.Event {
	// evs is working state, kept in the pooled document; the events,
	// their arguments and the offsets of text arguments go to the
	// document, each in one allocation sized beforehand.
	evs := x.evs[:0]
	for _, c := range x.active {
		if !c.dropped {
			evs = append(evs, c)
		}
	}
	x.evs = evs
	slices.SortStableFunc(evs, func(a, b *cand) int { return a.spanFirst - b.spanFirst })
	out := make([]doc.Event, 0, len(evs))
	total, texts := 0, 0
	for _, c := range evs {
		total += len(c.args)
		for i := range c.args {
			if g := &c.args[i]; g.entity < 0 && g.date < 0 {
				texts++
			}
		}
	}
	argBuf := make([]doc.Argument, 0, total)
	offsets := make([]int, 0, 2*texts)
	// the events of a sentence mostly follow each other: its range is
	// mapped once for them
	sent, sentRange := -1, doc.Range{}
	for i, c := range evs {
		ti := c.e.kind.info
		cameo := ti.cameo
		if c.e.cameo != "" {
			cameo = c.e.cameo
		}
		// filled where it lies: an event is too big to build and copy
		out = out[:i+1]
		ev := &out[i]
		if c.sent != sent {
			sent, sentRange = c.sent, x.a.SentenceRange(c.sent)
		}
		*ev = doc.Event{ID: eventID(i + 1), Type: c.typ(), Plover: ti.plover, Cameo: cameo,
			Trigger: x.a.SpanOf(c.spanFirst, c.spanLast), Sentence: sentRange,
			Modality: c.modality}
		args := argBuf[len(argBuf) : len(argBuf)+len(c.args)]
		// the arguments in roleOrder, each role's in the order they
		// came: a counting sort by rank, which reads each argument's
		// role once instead of once per role
		var at [len(roleOrder) + 1]int
		for j := range c.args {
			at[roleRank(c.args[j].role)]++
		}
		n := 0
		for r := range roleOrder {
			n, at[r] = n+at[r], n
		}
		for j := range c.args {
			g := &c.args[j]
			if r := roleRank(g.role); r < len(roleOrder) {
				offsets = x.docArg(&args[at[r]], g, offsets)
				at[r]++
			}
		}
		ev.Arguments = args[:n:len(c.args)]
		argBuf = argBuf[:len(argBuf)+n]
	}
	clear(evs)
	return out
}

// roleOrder is the order of the arguments of an event in the output.
var roleOrder = [...]string{roleAgent, roleTarget, roleParticipant, roleHost, rolePlace, roleTime}

// roleRank returns the index of role in roleOrder, or len(roleOrder) for
// a role it does not hold. (A switch on constants compares inline, with
// no call; TestRoleRank holds it to roleOrder.)
func roleRank(role string) int {
	switch role {
	case roleAgent:
		return 0
	case roleTarget:
		return 1
	case roleParticipant:
		return 2
	case roleHost:
		return 3
	case rolePlace:
		return 4
	case roleTime:
		return 5
	}
	return len(roleOrder)
}

// Argument roles.
const (
	roleAgent       = "agent"
	roleTarget      = "target"
	roleParticipant = "participant"
	roleHost        = "host"
	rolePlace       = "place"
	roleTime        = "time"
)

// docArg fills d, the document's form of g. The offsets of a text
// argument are taken from offs (appended to it, which has room for them
// all) so that its two pointers cost no allocation of their own.
func (x *document) docArg(d *doc.Argument, g *arg, offs []int) []int {
	d.Role = g.role
	switch {
	case g.entity >= 0:
		d.Entity = x.a.Doc.Entities[g.entity].ID
	case g.date >= 0:
		d.Date = x.a.Doc.Dates[g.date].ID
	default:
		t0, t1 := &x.toks[g.first], &x.toks[g.last-1]
		sp := x.a.FormSpan(t0.Start+g.strip, t1.End)
		n := len(offs)
		offs = append(offs, sp.Start, sp.End)
		d.Text, d.Start, d.End = sp.Text, &offs[n], &offs[n+1]
	}
	return offs
}

// eventIDs are the usual event identifiers, made once: an article
// rarely has more events than this.
var eventIDs = func() []string {
	ids := make([]string, 100)
	for i := range ids {
		ids[i] = "v" + strconv.Itoa(i)
	}
	return ids
}()

// eventID returns "v" and n in decimal.
func eventID(n int) string {
	if n < len(eventIDs) {
		return eventIDs[n]
	}
	return "v" + strconv.Itoa(n)
}

// word returns the whole-word reading of an Arabic token, or its text.
func word(t *token.Token) string {
	if len(t.Analyses) == 0 {
		return t.Text
	}
	return t.Analyses[0].Stem
}

// readings returns the clitic analyses of t beyond the whole word.
func readings(t *token.Token) []token.Analysis {
	if len(t.Analyses) < 2 {
		return nil
	}
	return t.Analyses[1:]
}
