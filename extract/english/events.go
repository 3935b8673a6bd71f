package english

import (
	"slices"
	"strings"

	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/gazetteer"
)

// event is one event under construction.
type event struct {
	typ, cameo  string
	first, last int // trigger tokens
	sent        int
	modality    string
	args        []arg
	// noun: the trigger is an event noun; anaphor: a definite one (the
	// visit, his visit); headline: it stands in a headline.
	noun, anaphor, headline bool
	// verbal: a verb, or an event noun under a light verb.
	verbal bool
}

// arg is an argument: an entity index or a date index.
type arg struct {
	role   string
	entity int // -1 for none
	date   int // -1 for none
	// first, last: the tokens of an argument given by its text.
	first, last int
}

// events finds English triggers and their arguments, then folds
// repeated mentions of one event into it.
func (d *docState) events() {
	toks := d.t.toks
	for i := 0; i < len(toks); i++ {
		sent := toks[i].sent
		n, tr, ok := d.s.lx.triggers.longest(i, func(j int) (string, bool) {
			if j >= len(toks) || toks[j].sent != sent {
				return "", false
			}
			return toks[j].lower, true
		})
		if !ok || !d.free(i, i+n) || !d.triggerFits(tr, i, n) {
			continue
		}
		h := i + tr.head
		noun := tr.noun && !(tr.either && strings.HasPrefix(toks[h].tag, "VB"))
		ev := event{typ: tr.typ, cameo: tr.cameo, first: h, last: h + 1, sent: sent,
			modality: d.modality(i), noun: noun, anaphor: noun && d.definite(i) && d.told(tr.typ),
			headline: d.t.sents[sent].headline}
		ev.verbal = !noun || d.lightVerbBefore(h)
		if n > 1 && tr.head == 0 {
			ev.last = i + n
		}
		d.arguments(&ev, i+n)
		d.evs = append(d.evs, ev)
		i += n - 1
	}
	d.assignDates()
	d.discourse()
}

// told reports an event of type typ found earlier in the body of the
// document (a headline announces; it does not tell).
func (d *docState) told(typ string) bool {
	for _, e := range d.evs {
		if e.typ == typ && !e.headline {
			return true
		}
	}
	return false
}

// definite reports a determiner or possessive just before an event noun
// at i (the visit, his visit, these talks, the first visit): the noun
// refers to an event already told.
func (d *docState) definite(i int) bool {
	s := d.t.sents[d.tok(i).sent]
	for k := i - 1; k >= s.first && k >= i-3; k-- {
		switch d.tok(k).lower {
		case "the", "this", "that", "these", "those", "his", "her", "its", "their":
			return true
		case "first", "second", "last", "official", "recent", "two-day", "latest":
			continue
		}
		return false
	}
	return false
}

// discourse merges what repeats an event: a second trigger of the same
// type in one sentence, a definite or bare event noun that fits an
// earlier event of its type, and a headline that retells a body event.
// What the repetition adds (a place, a date) goes to the event kept. Then
// the story's main event lends its date and place to the events that
// continue it (same agent, no date of their own).
func (d *docState) discourse() {
	drop := make([]bool, len(d.evs))
	for i := range d.evs {
		c := &d.evs[i]
		for j := 0; j < i; j++ {
			p := &d.evs[j]
			if drop[j] || p.typ != c.typ || p.headline && !c.headline {
				continue
			}
			sameSent := p.sent == c.sent
			bare := c.noun && !c.verbal
			if (sameSent || c.anaphor || bare) && d.compatible(p, c) {
				d.absorb(p, c)
				if sameSent && !c.noun && p.noun {
					p.first, p.last = c.first, c.last
				}
				drop[i] = true
				break
			}
		}
	}
	// Headlines retell body events.
	for i := range d.evs {
		c := &d.evs[i]
		if !c.headline || drop[i] {
			continue
		}
		for j := range d.evs {
			if j != i && !drop[j] && !d.evs[j].headline && d.evs[j].typ == c.typ {
				drop[i] = true
				break
			}
		}
	}
	out := d.evs[:0]
	for i, e := range d.evs {
		if !drop[i] {
			out = append(out, e)
		}
	}
	d.evs = out
	// The main event: the first body event with an agent and a date.
	main := -1
	for i, e := range d.evs {
		if !e.headline && e.role("agent") >= 0 && e.dateArg() >= 0 {
			main = i
			break
		}
	}
	if main < 0 {
		return
	}
	m := d.evs[main]
	agent, place, when := m.role("agent"), m.role("place"), m.dateArg()
	for i := main + 1; i < len(d.evs); i++ {
		e := &d.evs[i]
		if e.headline || e.role("agent") != agent || e.dateArg() >= 0 {
			continue
		}
		if e.role("place") < 0 && place >= 0 {
			e.args = append(e.args, arg{role: "place", entity: place, date: -1})
		}
		e.args = append(e.args, arg{role: "time", entity: -1, date: when})
	}
}

// role returns the entity of the first argument with role r, or -1.
func (e *event) role(r string) int {
	for _, a := range e.args {
		if a.role == r && a.entity >= 0 {
			return a.entity
		}
	}
	return -1
}

func (e *event) dateArg() int {
	for _, a := range e.args {
		if a.date >= 0 {
			return a.date
		}
	}
	return -1
}

// compatible reports whether c can be the same event as p: no entity role
// both fill disagrees, and dates agree where both have one (one may
// refine the other).
func (d *docState) compatible(p, c *event) bool {
	for _, r := range []string{"agent", "place", "target"} {
		a, b := p.role(r), c.role(r)
		if a >= 0 && b >= 0 && a != b {
			return false
		}
	}
	if a, b := p.dateArg(), c.dateArg(); a >= 0 && b >= 0 {
		va, vb := d.dts[a].value, d.dts[b].value
		if !strings.HasPrefix(va, vb) && !strings.HasPrefix(vb, va) {
			return false
		}
	}
	return true
}

// absorb gives p the roles c has and p lacks, and c's date when finer.
func (d *docState) absorb(p, c *event) {
	for _, a := range c.args {
		switch {
		case a.date >= 0:
			if pd := p.dateArg(); pd < 0 {
				p.args = append(p.args, a)
			}
		case a.role == "participant":
			has := false
			for _, b := range p.args {
				has = has || b.entity == a.entity
			}
			if !has {
				p.args = append(p.args, a)
			}
		case p.role(a.role) < 0:
			has := false
			for _, b := range p.args {
				has = has || b.entity == a.entity
			}
			if !has {
				p.args = append(p.args, a)
			}
		}
	}
}

// triggerFits checks a trigger's part of speech and its needs.
func (d *docState) triggerFits(tr *trigger, i, n int) bool {
	if n == 1 {
		tag := d.tok(i).tag
		if tr.either {
			return true
		}
		if tr.noun && !strings.HasPrefix(tag, "NN") && !strings.HasPrefix(tag, "JJ") {
			return false
		}
		if !tr.noun && !strings.HasPrefix(tag, "VB") {
			return false
		}
	}
	if tr.needs == nil {
		return true
	}
	for j := i + n; j < i+n+8 && j < len(d.t.toks) && d.sameSentence(i, j); j++ {
		if tr.needs[d.tok(j).lower] {
			return true
		}
	}
	// An object named before a passive or relative verb: "the office …
	// since it opened".
	if tr.typ == "OPENING" && !tr.noun {
		for j := i - 1; j >= 0 && j > i-8 && d.sameSentence(j, i); j-- {
			if tr.needs[d.tok(j).lower] {
				return true
			}
		}
	}
	return false
}

// modality reads negation, plans and reporting before the trigger at i.
func (d *docState) modality(i int) string {
	s := d.t.sents[d.tok(i).sent]
	for k := max(s.first, i-4); k < i; k++ {
		switch d.tok(k).lower {
		case "not", "n't", "never", "no", "without":
			return doc.Negated
		}
	}
	for k := max(s.first, i-4); k < i; k++ {
		switch d.tok(k).lower {
		case "will", "'ll", "would", "plans", "planned", "plan", "expected", "due", "scheduled", "shall":
			return doc.Planned
		case "to":
			// "to visit", "to deliver aid" plan; "according to a
			// statement" does not.
			if d.tok(k+1).tag == "VB" {
				return doc.Planned
			}
		}
	}
	for k := s.first; k < s.last; k++ {
		switch d.tok(k).lower {
		case "reportedly", "allegedly", "according":
			return doc.Reported
		}
	}
	return doc.Asserted
}

// arguments attaches the agent, participants, targets, place and time of
// an event from its sentence.
func (d *docState) arguments(ev *event, after int) {
	toks := d.t.toks
	s := d.t.sents[ev.sent]
	add := func(role string, ent, dt int) {
		for _, a := range ev.args {
			if a.role == role && a.entity == ent && a.date == dt {
				return
			}
			if ent >= 0 && a.entity == ent {
				return
			}
		}
		ev.args = append(ev.args, arg{role: role, entity: ent, date: dt})
	}
	// Agent: the person (else organisation or country) named first
	// before the trigger; a pronoun subject is the last person named. An
	// event noun takes the sentence's subject only through a light verb
	// (held talks, paid a visit, delivered a keynote).
	agent := -1
	subject := !ev.noun || d.lightVerbBefore(ev.first)
	if ev.noun && ev.first >= 2 && toks[ev.first-1].text == "'s" {
		if o := d.owner[ev.first-2]; o >= 0 && d.ents[o].typ != gazetteer.Location {
			agent = o
		}
	}
	// "an Israeli air strike", "a Turkish visit": the country of the
	// adjective before an event noun is its agent.
	for k := ev.first - 1; ev.noun && agent < 0 && k >= s.first && k >= ev.first-2; k-- {
		if o := d.owner[k]; o >= 0 && d.kind[k] == doc.KindAdjective {
			agent = o
		}
	}
	if ev.noun && ev.first >= 1 && agent < 0 {
		switch toks[ev.first-1].lower {
		case "his", "her":
			agent = d.lastPersonBefore(ev.first)
		}
	}
	if ev.typ == "STATEMENT" && !ev.noun {
		agent = d.reporter(ev)
	}
	for _, want := range []string{gazetteer.Person, gazetteer.Organization, gazetteer.Location} {
		if agent >= 0 || ev.typ == "STATEMENT" && !ev.noun && d.clauseStart(ev.first) > s.first {
			break
		}
		inPP := false // inside a prepositional phrase and its list ("of Mali, Burkina Faso and Niger")
		for k := s.first; subject && k < ev.first && agent < 0; k++ {
			o := d.owner[k]
			if o < 0 {
				if w := toks[k].lower; w != "," && w != "and" && w != "the" {
					inPP = false
				}
				continue
			}
			if k > s.first && d.owner[k-1] == o {
				continue // inside the same mention
			}
			if k > s.first && isPrep(toks[k-1].lower) {
				inPP = true
			}
			if inPP || d.kind[k] == doc.KindAdjective || d.ents[o].typ != want || want == gazetteer.Location && d.ents[o].subtype != "country" {
				continue
			}
			agent = o
		}
		if agent >= 0 {
			break
		}
	}
	if agent < 0 && subject && s.first < ev.first && (toks[s.first].lower == "he" || toks[s.first].lower == "she") {
		agent = d.lastPersonBefore(s.first)
	}
	// A noun's agent after "by": "a visit by NATO's Assistant Secretary
	// General", "a statement issued by NATO".
	for k := after; agent < 0 && k < s.last && k < after+4; k++ {
		if toks[k].lower == "by" {
			for j := k + 1; j < s.last && j < k+4; j++ {
				if o := d.owner[j]; o >= 0 && d.kind[j] == doc.KindName && d.ents[o].typ != gazetteer.Location {
					agent = o
					break
				}
			}
		}
	}
	if agent >= 0 {
		add("agent", agent, -1)
	}
	// A place named just before an event noun: "the Hague Summit".
	for k := ev.first - 1; ev.noun && k >= s.first && k >= ev.first-2; k-- {
		if o := d.owner[k]; o >= 0 && d.ents[o].typ == gazetteer.Location && d.kind[k] == doc.KindName {
			add("place", o, -1)
			break
		}
	}
	if ev.anaphor {
		return // "his visit", "the talks": what follows is not theirs
	}
	// OPENING of something named before: "the Liaison Office … since it
	// opened".
	if ev.typ == "OPENING" && !ev.noun {
		for k := ev.first - 1; k >= s.first; k-- {
			if o := d.owner[k]; o >= 0 && d.ents[o].typ == gazetteer.Organization && d.kind[k] == doc.KindName {
				if ev.args = slices.DeleteFunc(ev.args, func(a arg) bool { return a.entity == o }); true {
					add("target", o, -1)
				}
				break
			}
		}
	}
	// After the trigger: participants, targets and places.
	if ev.typ == "STATEMENT" && !ev.noun {
		// What follows "said" is what was said; only "said in Zürich"
		// names a place.
		for k := after; k < after+3 && k+1 < s.last; k++ {
			if toks[k].lower == "in" || toks[k].lower == "at" {
				if o := d.owner[k+1]; o >= 0 && d.ents[o].typ == gazetteer.Location {
					add("place", o, -1)
				}
			}
		}
		return
	}
	d.textParticipant(ev, after, s.last)
	objSeen := false
	seen := map[int]bool{}
	for k := after; k < s.last && k < after+14; k++ {
		if toks[k].text == "," && k+1 < s.last && clauseOpener(&toks[k+1]) {
			break // ", who …", ", also met …": another clause
		}
		o := d.owner[k]
		if o < 0 || seen[o] || o == agent || d.kind[k] == doc.KindAdjective {
			continue
		}
		seen[o] = true
		prev := ""
		if k > 0 {
			prev = toks[k-1].lower
			if prev == "the" && k > 1 {
				prev = toks[k-2].lower
			}
		}
		e := d.ents[o]
		first := !objSeen
		objSeen = true
		switch {
		case e.typ == gazetteer.Location && (prev == "in" || prev == "at" || prev == "to" || first && !isPrep(prev) || ev.typ == "VISIT"):
			add("place", o, -1)
		case prev == "of" && (ev.typ == "OPENING" || ev.typ == "ARREST" || ev.typ == "CONDEMN"):
			add("target", o, -1)
		case prev == "with" || prev == "between" || prev == "and" && ev.typ != "CONDEMN":
			add("participant", o, -1)
		case first && !isPrep(prev) || prev == "against" || prev == "on" || prev == "by":
			switch ev.typ {
			case "CONDEMN", "ASSAULT", "ARREST", "APPEAL", "THREATEN", "SANCTION", "AID":
				add("target", o, -1)
			case "HOST_VISIT":
				add("participant", o, -1)
			case "VISIT":
				add("target", o, -1)
			case "MEETING", "TALKS":
				add("participant", o, -1)
			}
		case prev == "at" && e.typ == gazetteer.Organization:
			add("place", o, -1)
		}
	}
}

// assignDates gives each date of a sentence to the event whose trigger is
// nearest to it (anaphoric nouns take none: they refer back).
func (d *docState) assignDates() {
	for di, x := range d.dts {
		if x.typ != doc.Date && x.typ != doc.Time {
			continue // a duration or a set is no event's time
		}
		best, bestDist := -1, 1<<30
		for ei := range d.evs {
			e := &d.evs[ei]
			if e.sent != d.tok(x.first).sent || e.anaphor {
				continue
			}
			dist := x.first - e.last
			if x.first < e.first {
				dist = e.first - x.last
			}
			if dist < bestDist {
				best, bestDist = ei, dist
			}
		}
		if best >= 0 && d.evs[best].dateArg() < 0 {
			d.evs[best].args = append(d.evs[best].args, arg{role: "time", entity: -1, date: di})
		}
	}
}

func isPrep(w string) bool {
	switch w {
	case "with", "in", "at", "to", "from", "by", "for", "of", "between", "against", "on":
		return true
	}
	return false
}

func (d *docState) lastPersonBefore(i int) int {
	best, pos := -1, -1
	for ei, e := range d.ents {
		if e.typ != gazetteer.Person {
			continue
		}
		for _, m := range e.mentions {
			if m.first < i && m.first > pos {
				best, pos = ei, m.first
			}
		}
	}
	return best
}

// emit writes entities, dates and events into the document.
func (d *docState) emit() {
	ids := d.emitEntities()
	d.emitDates()
	for _, ev := range d.evs {
		info := d.s.lx.types[ev.typ]
		cameo := info.cameo
		if ev.cameo != "" {
			cameo = ev.cameo
		}
		trig := d.span(ev.first, ev.last)
		s := d.t.sents[ev.sent]
		ss, se := d.a.Text.Map.Span(s.start, s.end)
		out := doc.Event{ID: "v" + itoa(len(d.a.Doc.Events)+1), Type: ev.typ, Plover: info.plover, Cameo: cameo,
			Trigger: trig, Sentence: doc.Range{Start: ss, End: se}, Modality: ev.modality, Arguments: []doc.Argument{}}
		for _, a := range ev.args {
			switch {
			case a.entity >= 0:
				out.Arguments = append(out.Arguments, doc.Argument{Role: a.role, Entity: ids[a.entity]})
			case a.date >= 0:
				out.Arguments = append(out.Arguments, doc.Argument{Role: a.role, Date: "t" + itoa(a.date+1)})
			case a.last > a.first:
				sp := d.span(a.first, a.last)
				st, en := sp.Start, sp.End
				out.Arguments = append(out.Arguments, doc.Argument{Role: a.role, Text: sp.Text, Start: &st, End: &en})
			}
		}
		d.a.Doc.Events = append(d.a.Doc.Events, out)
	}
}

// lightVerbs make an event noun after them an event of their subject:
// held talks, paid a visit, delivered a keynote.
var lightVerbs = map[string]bool{"held": true, "holds": true, "hold": true, "holding": true,
	"paid": true, "pays": true, "made": true, "makes": true, "conducted": true, "delivered": true,
	"delivering": true, "delivers": true, "gave": true, "gives": true, "giving": true, "co-chaired": true,
	"chaired": true, "co-chairs": true, "chairs": true, "attended": true, "attends": true, "led": true,
	"staged": true, "launched": true, "carried": true, "issued": true, "signed": true, "concluded": true,
	"began": true, "started": true, "opened": true, "imposed": true, "imposes": true, "announced": true}

// lightVerbBefore reports a light verb up to six words before token i in
// its sentence, with no comma between.
func (d *docState) lightVerbBefore(i int) bool {
	s := d.t.sents[d.tok(i).sent]
	for k := i - 1; k >= s.first && k >= i-6; k-- {
		w := d.tok(k).lower
		if w == "," || w == ";" {
			return false
		}
		if lightVerbs[w] {
			return true
		}
	}
	return false
}

// textParticipant takes "with the permanent representatives of NATO
// Allies" as a participant given by its text when no entity follows
// "with" right after the trigger.
func (d *docState) textParticipant(ev *event, after, end int) {
	toks := d.t.toks
	k := after
	if k < end && toks[k].lower != "with" && k+1 < end && toks[k+1].lower == "with" {
		k++
	}
	if k >= end || toks[k].lower != "with" {
		return
	}
	k++
	if k >= end {
		return
	}
	first := k
	j := k
	for j < end && j < k+9 {
		w := toks[j].lower
		if w == "," || w == "." || w == ";" || w == "in" || w == "on" || w == "at" || w == "to" || w == "and" ||
			strings.HasPrefix(toks[j].tag, "VB") || toks[j].tag == "DT" && j > first || d.owner[j] >= 0 && j == first {
			break
		}
		j++
	}
	if d.owner[first] >= 0 || (first < end && toks[first].lower == "the" && first+1 < end && d.owner[first+1] >= 0) {
		return
	}
	if j-first < 2 {
		return
	}
	ev.args = append(ev.args, arg{role: "participant", entity: -1, date: -1, first: first, last: j})
}

// clauseStart returns the first token after the last comma or quote
// before token i in its sentence (the sentence start when there is none).
func (d *docState) clauseStart(i int) int {
	s := d.t.sents[d.tok(i).sent]
	for k := i - 1; k >= s.first; k-- {
		if w := d.tok(k).text; w == "," || w == "\"" || w == "'" {
			return k + 1
		}
	}
	return s.first
}

// reporter finds who said something: the entity nearest before "said"
// (", the Qatar News Agency said", "Kaja Kallas, said"), else -1 with
// the clause before "said" given by its text as the agent when it is a
// short noun phrase ("the presidency said", "health officials said").
func (d *docState) reporter(ev *event) int {
	s := d.t.sents[ev.sent]
	start := d.clauseStart(ev.first)
	for k := ev.first - 1; k >= s.first && k >= ev.first-12; k-- {
		if k < start-1 && d.tok(k).text == "\"" {
			break // the end of a quotation: its words are not the speaker
		}
		if o := d.owner[k]; o >= 0 && d.kind[k] != doc.KindAdjective {
			return o
		}
		if k < start && k < ev.first-1 && d.tok(k).text != "," && start < ev.first {
			break // a clause of its own before "said": no further back
		}
	}
	if n := ev.first - start; n >= 1 && n <= 5 && d.tok(start).tag != "PRP" {
		ev.args = append(ev.args, arg{role: "agent", entity: -1, date: -1, first: start, last: ev.first})
	}
	return -1
}

// clauseOpener reports a word that opens a new clause after a comma: a
// verb, an adverb, a wh-word.
func clauseOpener(t *tok) bool {
	return strings.HasPrefix(t.tag, "VB") || strings.HasPrefix(t.tag, "RB") || strings.HasPrefix(t.tag, "W")
}
