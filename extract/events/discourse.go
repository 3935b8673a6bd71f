package events

import (
	"strings"

	"github.com/newsx/newsx/extract/doc"
)

// Modality cues.
var (
	negators  = set("لم", "لن", "ما", "لا", "ولم", "ولن", "ولا", "فلم", "فلن")
	nounNeg   = set("عدم", "دون", "بدون", "نفى", "ينفي", "نفت", "تنفي")
	futureAdv = set("سوف", "وسوف")
	// intent before the trigger: من المقرر أن، يعتزم، ينوي …
	intent = set("المقرر", "المتوقع", "المزمع", "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "يزمع", "تزمع",
		"يستعد", "تستعد", "المنتظر", "يرتقب", "يتوقع", "ستشهد", "سيشهد")
	// planned after an event noun: الزيارة المرتقبة، القمة المقبلة
	plannedAdj = set("المرتقبة", "المرتقب", "المقررة", "المزمعة", "المقبلة", "المقبل", "القادمة", "القادم", "المنتظرة")
	reporting  = set("نقلت", "نقل", "أفادت", "أفاد", "ذكرت", "ذكر", "أوردت", "أورد", "بحسب", "حسب", "وفقا", "نقلا",
		"وبحسب", "ووفقا", "أفادت", "كشفت", "كشف")
	complementisers = set("أن", "إن", "أنه", "أنها", "أنهم", "بأن", "إنه", "إنها")
)

// modality decides whether c is asserted, negated, planned or reported.
func (x *document) modality(c *cand) {
	c.modality = doc.Asserted
	s := x.a.Tokens.Sentences[c.sent]
	v := c.verbTok
	if v < 0 {
		v = c.first
	}
	// negation right before the verb (لم يزر، لن يلتقي، لم يتم) or the noun
	// (عدم انعقاد).
	for k := v - 1; k >= s.First && k >= v-2; k-- {
		t := &x.toks[k]
		if x.in(k, negators) && c.verbal || x.in(k, nounNeg) {
			c.modality = doc.Negated
			return
		}
		if k == v-1 && !(t.Analyses != nil && (word(t) == "يتم" || word(t) == "تتم" || word(t) == "قد")) {
			break
		}
	}
	if c.verbTok >= 0 && strings.HasSuffix(c.verbAn.Prefix, "س") {
		c.modality = doc.Planned
		return
	}
	if x.purpose(c) {
		// سيزور صنعاء لعقد لقاءات: the purpose shares the main verb's
		for i := len(x.active) - 1; i >= 0; i-- {
			if d := x.active[i]; d.first < c.first && d.sent == c.sent && d.modality != "" {
				if irrealis(d) {
					c.modality = d.modality
					return
				}
				break
			}
		}
	}
	for k := v - 1; k >= s.First && k >= v-10 && x.cue(c.sent, cueIntent) >= 0; k-- {
		if x.in(k, futureAdv) && v-k <= 2 || x.in(k, intent) {
			c.modality = doc.Planned
			return
		}
	}
	for k := max(c.first-3, s.First); k < c.last+3 && k < s.Last; k++ {
		// الجولة المقبلة من المفاوضات ستعقد: an adjective or a future
		// verb near the event noun
		if k >= c.first && k < c.last {
			continue
		}
		if x.in(k, plannedAdj) && (k >= c.last || !c.verbal) {
			c.modality = doc.Planned
			return
		}
		if lv, an := x.isLight(k); !c.verbal && k >= c.last && lv != nil && strings.HasSuffix(an.Prefix, "س") {
			c.modality = doc.Planned
			return
		}
	}
	if t := c.get(roleTime); t != nil && x.a.Ref != nil && t.date >= 0 {
		val := x.a.Doc.Dates[t.date].Value
		// the reference day formatted into a buffer on the stack, not a
		// new string per event (the comparison converts without a copy)
		var buf [16]byte
		ref := x.a.Ref.Time.AppendFormat(buf[:0], "2006-01-02")
		if len(val) >= 10 && val[:10] > string(ref) && val[4] == '-' {
			c.modality = doc.Planned
			return
		}
	}
	if c.typ() == "STATEMENT" {
		return
	}
	// reported: after a reporting cue (نقلت، أفادت، بحسب) or after a
	// statement verb and أن (أعلن الجيش أنه شن الغارة)
	if r := x.cue(c.sent, cueReport); r >= 0 && r < c.first {
		c.modality = doc.Reported
		return
	}
	sawThat := false
	if th := x.cue(c.sent, cueThat); th < 0 || th > c.first {
		return
	}
	for k := c.first - 1; k >= s.First && k >= c.first-16; k-- {
		if x.in(k, complementisers) {
			sawThat = true
		}
		if ci := x.candIn[k]; ci >= 0 && sawThat && x.cands[ci].typ() == "STATEMENT" && x.cands[ci].verbal {
			c.modality = doc.Reported
			return
		}
	}
}

// discourse carries the main event's agent, place and time into the
// events that continue it, and gives verbs without a subject the agent
// of the story so far.
func (x *document) discourse() {
	x.shareInSentence()
	// cur is the current agent, a copy held in curArg: one variable
	// reused for the whole document rather than a new one on the heap
	// for every verb that names its subject.
	var curArg arg
	var cur *arg
	var frame *cand // the main event
	for _, c := range x.active {
		if c.headline {
			continue
		}
		p := &c.e.kind.pol
		if x.dualSubject(c) {
			x.resolveParties(c)
		}
		// استقبله: the pronoun is who the story is about
		if c.verbal && c.verbTok >= 0 && (c.verbAn.Suffix == "ه" || c.verbAn.Suffix == "ها") && c.verbTok == c.first &&
			p.object != "" && cur != nil && cur.entity >= 0 && x.a.Doc.Entities[cur.entity].Type == doc.Person && !c.has(p.object) {
			g := *cur
			g.role, g.inherited = p.object, false
			if a := c.get(roleAgent); a == nil || !sameArg(a, &g) {
				c.args = append(c.args, g)
			}
		}
		if c.subjectless && p.takesAgent && cur != nil && !c.has(roleAgent) {
			g := *cur
			g.role, g.inherited = roleAgent, true
			c.args = append(c.args, g)
		}
		if a := c.get(roleAgent); a != nil && !a.inherited && a.entity >= 0 && c.verbal {
			curArg = *a
			cur = &curArg
		}
		if !p.continues {
			continue
		}
		if frame != nil && c.modality != doc.Planned && c.modality != doc.Negated {
			fa, ca := frame.get(roleAgent), c.get(roleAgent)
			if fa != nil && ca != nil && (sameArg(fa, ca) || involves(c, fa)) {
				if pl := frame.get(rolePlace); pl != nil && !c.has(rolePlace) {
					g := *pl
					g.inherited = true
					c.args = append(c.args, g)
				}
				if tm := frame.get(roleTime); tm != nil && !c.has(roleTime) {
					g := *tm
					g.inherited = true
					c.args = append(c.args, g)
				}
			}
		}
		// the first event that states its own place or date frames those
		// that follow, until a visit by someone else starts a new story
		if c.has(roleAgent) && (c.hasOwn(rolePlace) || ownTime(c)) && c.modality == doc.Asserted &&
			(frame == nil || c.typ() == "VISIT" && !sameArg(c.get(roleAgent), frame.get(roleAgent))) {
			frame = c
		}
		// a place stated for what follows (أثناء وجوده في جنيف) updates
		// the frame for the events after it
		if frame != nil && frame != c {
			if pl := c.get(rolePlace); pl != nil && !pl.inherited && !frame.has(rolePlace) {
				g := *pl
				g.inherited = true
				frame.args = append(frame.args, g)
			}
		}
	}
}

func sameArg(a, b *arg) bool {
	if a == nil || b == nil {
		return a == b
	}
	if a.entity >= 0 || b.entity >= 0 {
		return a.entity == b.entity
	}
	if a.date >= 0 || b.date >= 0 {
		return a.date == b.date
	}
	return a.key == b.key
}

// merge drops what repeats an event already told: a headline retelling a
// body event, an anaphoric noun (هذه الزيارة، زيارته), a bare event noun or
// a verb with no arguments of its own that fit an earlier event of the
// same type. What the repetition adds (a place, a more precise date) goes
// to the event it repeats.
func (x *document) merge() {
	for _, c := range x.active {
		if c.e.place && !c.has(rolePlace) {
			c.dropped = true // وصل إلى الحد: no arrival without a place
		}
	}
	for i, c := range x.active {
		if c.headline || c.dropped {
			continue
		}
		bare := !c.verbal || c.anaphor
		quiet := c.verbal && !c.hasOwn(roleTarget) && !c.hasOwn(roleParticipant) && c.e.kind.consult
		if !bare && !quiet {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			d := x.active[j]
			if d.dropped || d.headline || !sameType(d, c) || !bare && d.modality != c.modality && (irrealis(c) || irrealis(d)) {
				continue
			}
			if quiet && !bare && ownTime(c) && !sameArg(c.get(roleTime), d.get(roleTime)) {
				continue
			}
			if quiet && !bare {
				a, b := c.get(roleAgent), d.get(roleAgent)
				if a == nil || b == nil || !sameArg(a, b) {
					continue
				}
			}
			if c.anaphor {
				// هذه المحادثات، زيارته: the event told before; only its
				// place and date may add to it
				x.absorbWhere(d, c)
				c.dropped = true
				break
			}
			if x.compatible(d, c) && (!bare || x.sameEvent(d, c)) {
				x.absorb(d, c)
				c.dropped = true
				break
			}
		}
		if !c.dropped && bare && !c.anaphor && !x.eventLike(c) {
			c.dropped = true
		}
	}
	// Headlines: dropped when the body tells the same event, or an
	// earlier headline did.
	for i, c := range x.active {
		if !c.headline || c.dropped {
			continue
		}
		for _, d := range x.active {
			if d.dropped || d.headline || !sameType(d, c) {
				continue
			}
			// a headline names its actors loosely (السعودية والإمارات
			// توقعان for the two ministers): only place and date count
			if x.compatibleWhere(d, c) {
				c.dropped = true
				break
			}
		}
		for j := 0; j < i && !c.dropped; j++ {
			d := x.active[j]
			if !d.dropped && d.headline && sameType(d, c) && x.compatible(d, c) {
				c.dropped = true
			}
		}
		if !c.dropped && !c.verbal && !x.eventLike(c) {
			c.dropped = true
		}
	}
}

// eventLike reports whether a bare event noun has what an event has: an
// agent, a participant or target, a place or a date.
func (x *document) eventLike(c *cand) bool {
	if c.verbal {
		return true
	}
	for _, g := range c.args {
		if !g.inherited {
			return true
		}
	}
	return false
}

// consult are the types whose repeated verbs tell one meeting (التقى …
// وبحث الجانبان …).
var consult = map[string]bool{"VISIT": true, "HOST_VISIT": true, "MEETING": true, "TALKS": true, "SPEECH": true}

// sameEvent reports positive evidence that a bare event noun c retells
// d: a shared argument, no argument of its own, or d known only from a
// pronoun (منذ افتتاحه … بافتتاح مكتب الاتصال).
func (x *document) sameEvent(d, c *cand) bool {
	own := 0
	for _, g := range c.args {
		if g.inherited {
			continue
		}
		own++
		for _, h := range d.args {
			if h.role == g.role && (sameArg(&g, &h) || g.entity < 0 && h.entity < 0 && g.date < 0 && overlaps(g.key, h.key)) {
				return true
			}
		}
	}
	return own == 0 || d.anaphor && !d.has(roleTarget) && !d.has(roleParticipant)
}

func (c *cand) hasOwn(role string) bool {
	for _, g := range c.args {
		if g.role == role && !g.inherited {
			return true
		}
	}
	return false
}

func ownTime(c *cand) bool {
	t := c.get(roleTime)
	return t != nil && !t.inherited
}

// compatible reports whether c can be the same event as d: no role that
// both fill disagrees (a date may refine the other), and participants,
// when both have some, overlap.
func (x *document) compatible(d, c *cand) bool {
	for _, role := range []string{roleAgent, rolePlace, roleHost} {
		a, b := d.get(role), c.get(role)
		if a != nil && b != nil && !sameArg(a, b) && (a.entity >= 0 && b.entity >= 0) {
			// a country and a place in it may both be right (دمشق، سوريا)
			if role == rolePlace && (x.a.Doc.Entities[a.entity].Subtype == "country") != (x.a.Doc.Entities[b.entity].Subtype == "country") {
				continue
			}
			return false
		}
	}
	if a, b := d.get(roleTime), c.get(roleTime); a != nil && b != nil && a.date != b.date {
		va, vb := x.a.Doc.Dates[a.date].Value, x.a.Doc.Dates[b.date].Value
		if !strings.HasPrefix(va, vb) && !strings.HasPrefix(vb, va) {
			return false
		}
	}
	var pd, pc int
	overlap := false
	for _, g := range c.args {
		if g.role != roleParticipant && g.role != roleTarget {
			continue
		}
		pc++
		for _, h := range d.args {
			if (h.role == roleParticipant || h.role == roleTarget) && (sameArg(&g, &h) || g.entity < 0 && h.entity < 0 && overlaps(g.key, h.key)) {
				overlap = true
			}
		}
	}
	for _, h := range d.args {
		if h.role == roleParticipant || h.role == roleTarget {
			pd++
		}
	}
	if pd > 0 && pc > 0 && !overlap {
		return false
	}
	return true
}

func overlaps(a, b string) bool {
	return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}

// absorb gives d what c adds: missing roles, participants, a finer date.
func (x *document) absorb(d, c *cand) {
	for _, g := range c.args {
		if g.inherited {
			continue
		}
		switch g.role {
		case roleTime:
			if t := d.get(roleTime); t != nil {
				if t.inherited || len(x.a.Doc.Dates[g.date].Value) > len(x.a.Doc.Dates[t.date].Value) &&
					strings.HasPrefix(x.a.Doc.Dates[g.date].Value, x.a.Doc.Dates[t.date].Value) {
					*t = g
				}
				continue
			}
		case rolePlace, roleAgent, roleHost:
			if t := d.get(g.role); t != nil {
				if t.inherited || t.entity < 0 && g.entity >= 0 {
					*t = g
				}
				continue
			}
		}
		if g.entity < 0 && g.date < 0 {
			dup := false
			for _, h := range d.args {
				if h.role == g.role && h.entity < 0 && overlaps(h.key, g.key) {
					dup = true
				}
			}
			if dup {
				continue
			}
		}
		x.add(d, g)
	}
}

// absorbWhere gives d the place and date of an anaphoric mention c when d
// has none.
func (x *document) absorbWhere(d, c *cand) {
	for _, g := range c.args {
		if (g.role == rolePlace || g.role == roleTime) && !g.inherited && !d.has(g.role) {
			d.args = append(d.args, g)
		}
	}
}

// dualSubject reports an event whose subject is "the two sides": a dual
// noun (الجانبان، الوزيران) or a dual verb with no subject (ثم عقدا).
func (x *document) dualSubject(c *cand) bool {
	if a := c.get(roleAgent); a != nil {
		return a.entity < 0 && a.date < 0 && a.last-a.first == 1 && dual(&x.toks[a.first])
	}
	if !c.subjectless || c.verbTok < 0 {
		return false
	}
	st := c.verbAn.Stem
	return c.verbAn.Suffix == "" && (strings.HasSuffix(st, "ان") && strings.HasPrefix(st, "ي") ||
		strings.HasSuffix(st, "ا") && !strings.HasPrefix(st, "ي") && !strings.HasPrefix(st, "ت"))
}

// resolveParties gives "the two sides" the agent and participant of the
// last event that had both, within three sentences.
func (x *document) resolveParties(c *cand) {
	for i := len(x.active) - 1; i >= 0; i-- {
		d := x.active[i]
		if d.first >= c.first || d.headline || d.dropped {
			continue
		}
		if c.sent-d.sent > 3 {
			return
		}
		a := d.get(roleAgent)
		if a == nil || a.entity < 0 {
			continue
		}
		var parts []arg
		for _, g := range d.args {
			if (g.role == roleParticipant || g.role == roleTarget) && g.entity >= 0 && x.a.Doc.Entities[g.entity].Type == doc.Person {
				parts = append(parts, g)
			}
		}
		if len(parts) == 0 {
			continue
		}
		kept := c.args[:0]
		for _, g := range c.args {
			if g.role != roleAgent {
				kept = append(kept, g)
			}
		}
		c.args = kept
		g := *a
		g.role, g.inherited = roleAgent, false
		c.args = append(c.args, g)
		for _, h := range parts {
			h.role, h.inherited = roleParticipant, true
			if c.e.kind.pol.with == "" {
				h.role = roleAgent
			}
			c.args = append(c.args, h)
		}
		c.subjectless = false
		return
	}
}

// hosts gives a visit the host that received the visitor (استقبله الرئيس).
func (x *document) hosts() {
	for _, h := range x.active {
		if h.dropped || h.typ() != "HOST_VISIT" {
			continue
		}
		host := h.get(roleAgent)
		if host == nil || host.entity < 0 {
			continue
		}
		for _, g := range h.args {
			if g.role != roleParticipant || g.entity < 0 {
				continue
			}
			for _, v := range x.active {
				if v.dropped || v.typ() != "VISIT" || v.has(roleHost) || abs(v.sent-h.sent) > 2 {
					continue
				}
				if v.modality != h.modality {
					continue // سيزور صنعاء: not the visit the host received
				}
				if a := v.get(roleAgent); a != nil && a.entity == g.entity {
					v.args = append(v.args, arg{role: roleHost, entity: host.entity, date: -1})
				}
			}
		}
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// compatibleWhere reports whether c and d agree on place and date.
func (x *document) compatibleWhere(d, c *cand) bool {
	a, b := d.get(rolePlace), c.get(rolePlace)
	if a != nil && b != nil && !sameArg(a, b) && a.entity >= 0 && b.entity >= 0 &&
		(x.a.Doc.Entities[a.entity].Subtype == "country") == (x.a.Doc.Entities[b.entity].Subtype == "country") {
		return false
	}
	if a, b := d.get(roleTime), c.get(roleTime); a != nil && b != nil && a.date != b.date {
		va, vb := x.a.Doc.Dates[a.date].Value, x.a.Doc.Dates[b.date].Value
		if !strings.HasPrefix(va, vb) && !strings.HasPrefix(vb, va) {
			return false
		}
	}
	return true
}

// irrealis reports an event that did not (yet) happen.
func irrealis(c *cand) bool { return c.modality == doc.Negated || c.modality == doc.Planned }

// Cue kinds: words whose first place in a sentence the stage looks up
// for every event of the sentence.
const (
	cueReport   = iota // نقلت، أفادت، بحسب
	cueInvite          // بدعوة، ضيافة
	cuePresence        // وجوده
	cueIntent          // المقرر، يعتزم، سوف
	cueThat            // أن، إن
	numCues
	// cueMask holds the cue bits of classTable.
	cueMask = (1<<numCues - 1) << cueBit
)

// Put the cue words into classTable, each exact form with the
// bits of its kinds from cueBit on, and the stop words with stopBit.
var _ = func() bool {
	for kind, set := range []*class{reporting, inviters, presence, intent, complementisers} {
		markExact(set, 1<<(cueBit+kind))
	}
	markExact(futureAdv, 1<<(cueBit+cueIntent))
	markExact(stopWords, 1<<stopBit)
	markExact(clauseEnds, 1<<clauseEndBit)
	markExact(timeNouns, 1<<timeNounBit)
	markExact(placeNouns, 1<<placeNounBit)
	markExact(pronounPreps, 1<<pronounPrepBit)
	return true
}()

// cue returns the first token of sentence i that is a cue of the kind, or
// -1; a sentence is read once, for all kinds.
func (x *document) cue(i, kind int) int {
	if len(x.cues) == 0 {
		n := numCues * len(x.a.Tokens.Sentences)
		if cap(x.cues) < n {
			x.cues = make([]int32, n)
		}
		x.cues = x.cues[:n]
		for j := range x.cues {
			x.cues[j] = -2
		}
	}
	c := x.cues[i*numCues : (i+1)*numCues]
	if c[0] == -2 {
		for j := range c {
			c[j] = -1
		}
		s := x.a.Tokens.Sentences[i]
		// the cue bits first: few tokens have any
		for j, b := range x.cls[s.First:s.Last] {
			if b&cueMask == 0 || b&(1<<wordBit) == 0 {
				continue
			}
			bits := uint8(b >> cueBit) // the token's cue kinds
			for kind := range numCues {
				if bits&(1<<kind) != 0 && c[kind] < 0 {
					c[kind] = int32(s.First + j)
				}
			}
		}
	}
	return int(c[kind])
}

// involves reports whether g takes part in c as a participant or target
// (the visitor met by his host continues the visit).
func involves(c *cand, g *arg) bool {
	if g.entity < 0 {
		return false
	}
	for _, h := range c.args {
		if (h.role == roleParticipant || h.role == roleTarget) && h.entity == g.entity {
			return true
		}
	}
	return false
}

// shareInSentence gives an event the place and date of another event of
// its type in the same sentence when it states none (قتل خمسة أشخاص في غارة
// استهدفت سيارة في جنوب لبنان يوم …: one place and date for both).
func (x *document) shareInSentence() {
	lo := 0 // the first event of c's sentence (x.active is in text order)
	for _, c := range x.active {
		for x.active[lo].sent != c.sent {
			lo++
		}
		if c.dropped {
			continue
		}
		for _, role := range [...]string{rolePlace, roleTime} {
			if c.has(role) {
				continue
			}
			for _, d := range x.active[lo:] {
				if d.sent != c.sent {
					break
				}
				if d == c || d.dropped || !sameType(d, c) {
					continue
				}
				if g := d.get(role); g != nil && !g.inherited {
					h := *g
					h.inherited = true
					c.args = append(c.args, h)
					break
				}
			}
		}
	}
}

// ownSide drops from an event the participants that are the agent's own
// organisation (the entity stage's affiliation attribute): روجه of NATO
// meets the international organisations, not NATO.
func (x *document) ownSide() {
	ents := x.a.Doc.Entities
	for _, c := range x.active {
		a := c.get(roleAgent)
		if c.dropped || a == nil || a.entity < 0 {
			continue
		}
		kb, name := x.affiliation(a.entity)
		if kb == "" && name == "" {
			continue
		}
		kept := c.args[:0]
		for _, g := range c.args {
			if g.role == roleParticipant && g.entity >= 0 &&
				(kb != "" && ents[g.entity].KBID == kb || name != "" && ents[g.entity].Name == name) {
				continue
			}
			kept = append(kept, g)
		}
		c.args = kept
	}
}

// affiliation returns the affiliation attributes of entity e, read once
// per document.
func (x *document) affiliation(e int) (kb, name string) {
	if x.affs == nil {
		n := len(x.a.Doc.Entities)
		if cap(x.affBuf) < n {
			x.affBuf = make([]affil, n)
		}
		x.affs = x.affBuf[:n]
		clear(x.affs)
	}
	f := &x.affs[e]
	if !f.read {
		attrs := x.a.Doc.Entities[e].Attributes
		f.kb, f.name, f.read = attrs["affiliation_kb_id"], attrs["affiliation"], true
	}
	return f.kb, f.name
}

// affil is an entity's affiliation, once read.
type affil struct {
	kb, name string
	read     bool
}
