package events

import (
	"strings"

	"github.com/newsx/newsx/extract/analysis"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/token"
)

// policy says, for one event type, which role each syntactic position
// gives.
type policy struct {
	object   string // direct object after the subject
	with     string // after مع and بين
	bi       string // after بـ (a person or organisation)
	ala      string // after على and ضد
	li       string // after لـ, past the genitive position
	ila      string // after إلى (not a place)
	amam     string // after أمام
	genitive string // the noun right after a bare event noun (زيارة الرئيس، اعتقال …)
	// continues: the event can continue the article's main event and
	// inherit its place and time.
	continues bool
	// takesAgent: a verb with no subject of its own takes the current
	// agent (the subject dropped in Arabic).
	takesAgent bool
	// placeObject: a place as direct object is the event's place (زار جنيف).
	placeObject bool
}

var policies = map[string]policy{
	"VISIT":      {object: roleTarget, with: roleParticipant, li: roleAgent, ila: roleTarget, genitive: roleAgent, continues: true, takesAgent: true, placeObject: true},
	"HOST_VISIT": {object: roleParticipant, with: roleParticipant, genitive: roleAgent, continues: true, takesAgent: true},
	"MEETING":    {object: roleParticipant, with: roleParticipant, bi: roleParticipant, li: roleParticipant, genitive: roleAgent, continues: true, takesAgent: true},
	"TALKS":      {with: roleParticipant, li: roleAgent, genitive: roleAgent, continues: true, takesAgent: true},
	"SUMMIT":     {with: roleParticipant, genitive: roleParticipant},
	"SPEECH":     {amam: roleTarget, li: roleAgent, genitive: roleAgent, continues: true, takesAgent: true},
	"STATEMENT":  {genitive: roleAgent, continues: true, takesAgent: true},
	"AGREEMENT":  {with: roleParticipant, object: roleParticipant, genitive: roleAgent, takesAgent: true},
	"OPENING":    {object: roleTarget, genitive: roleTarget, takesAgent: true},
	"APPEAL":     {object: roleTarget, genitive: roleAgent, takesAgent: true},
	"CONDEMN":    {object: roleTarget, bi: roleTarget, genitive: roleTarget, takesAgent: true},
	"THREATEN":   {object: roleTarget, genitive: roleAgent, ala: roleTarget, takesAgent: true},
	"PROTEST":    {ala: roleTarget, genitive: roleAgent},
	"ASSAULT":    {object: roleTarget, ala: roleTarget, with: roleParticipant, genitive: roleAgent},
	"ARREST":     {object: roleTarget, genitive: roleTarget},
	"AID":        {li: roleTarget, ila: roleTarget, genitive: roleAgent},
	"SANCTION":   {ala: roleTarget, genitive: roleAgent},
}

// typeKind is what the rules ask of an event type, read once from the
// tables above instead of per event.
type typeKind struct {
	info                                            typeInfo
	pol                                             policy
	textObject, speechAct, movement, consult, among bool
}

func newTypeKind(typ string, ti typeInfo) *typeKind {
	return &typeKind{info: ti, pol: policies[typ], textObject: textObjects[typ], speechAct: speechActs[typ],
		movement: movement[typ], consult: consult[typ], among: among[typ]}
}

// topicNouns head an object that is what is talked about, not a party.
var topicNouns = set("مستجدات", "تطورات", "الأوضاع", "الوضع", "ملف", "ملفات", "قضايا", "قضية", "الأزمة", "سبل",
	"آخر", "العلاقات", "علاقات", "التعاون", "الأوضاع")

// among are the types whose parties بين names (اشتباكات بين …، محادثات بين …).
var among = map[string]bool{"MEETING": true, "TALKS": true, "AGREEMENT": true, "ASSAULT": true, "SUMMIT": true}

// adverbs are skipped where they stand (أدان بشدة الهجوم).
var adverbs = set("بشدة", "بقوة", "مجددا", "أيضا", "كذلك", "بدوره", "بدورها", "بدورهم", "رسميا", "مجددًا", "اليوم")

// timeNouns are the nouns of time adverbs (يوم الأحد، صباح اليوم).
var timeNouns = set("يوم", "اليوم", "صباح", "مساء", "ليلة", "أمس", "غدا", "منتصف", "مطلع", "أواخر", "أوائل", "نهاية",
	"الأسبوع", "الشهر", "العام", "يومي", "فجر", "ظهر", "عصر")

// speechActs are the types whose place is where they are said, not what
// they are about (دعا إلى وقف القتال في السودان).
var speechActs = map[string]bool{"APPEAL": true, "CONDEMN": true, "STATEMENT": true, "THREATEN": true}

// movement are the types for which إلى + place is where the event is.
var movement = map[string]bool{"VISIT": true, "HOST_VISIT": true, "MEETING": true, "TALKS": true, "SUMMIT": true}

// placeNouns stand between a preposition and a place name (في مدينة جنيف).
var placeNouns = set("مدينة", "العاصمة", "عاصمة", "منطقة", "محافظة", "ولاية", "إقليم", "بلدة", "قرية", "مخيم",
	"حي", "قطاع", "جزيرة", "مقاطعة", "مطار", "ميناء", "شمال", "جنوب", "شرق", "غرب", "وسط", "مدن", "عواصم")

// venueWords start the names of organisations that are also places where
// things happen (في مركز جنيف للسياسات الأمنية).
var venueWords = set("مركز", "جامعة", "مقر", "قاعة", "معهد", "فندق", "قصر", "مبنى", "مكتب", "متحف", "مجمع", "أكاديمية")

// regionWords continue a noun phrase through في (شركاء الناتو في منطقة …).
var regionWords = set("منطقة", "إقليم", "منطقتي")

// witness verbs take the place where an event happens as subject (شهدت
// العاصمة مظاهرة).
var witness = set("شهد", "شهدت", "يشهد", "تشهد", "وشهدت", "وشهد")

// presence marks a place stated for what follows (أثناء وجوده في جنيف).
var presence = set("وجود", "تواجد", "إقامة")

// issuedBy introduces the issuer of a statement (البيان الصادر عن الناتو).
var issuedBy = set("صادر", "الصادر", "الصادرة", "صادرة")

// arguments fills c's arguments from its sentence.
func (x *document) arguments(c *cand) {
	p := &c.e.kind.pol
	agentEnd := -1
	haveSubject := !c.verbal
	if c.verbal {
		lo, hi := c.verbTok+1, x.a.Tokens.Sentences[c.sent].Last
		if c.light >= 0 && c.light < c.first {
			hi = c.first
		} else if c.spanFirst > c.verbTok {
			hi = c.spanFirst
		}
		role := roleAgent
		if c.hosted {
			role = roleHost
		}
		switch {
		case c.relative || c.verbTok > 0 && x.in(c.verbTok-1, relatives) && c.verbAn.Suffix == "":
			// القصف الذي استهدف مستشفى: the subject is the antecedent
			haveSubject = true
		case x.coordinated(c):
			haveSubject = true
		case x.svo(c):
			if g, ok := x.preverbal(c); ok {
				g.role = role
				c.args = append(c.args, g)
				haveSubject = true
			}
		}
		if !haveSubject && c.verbTok > 0 && x.in(c.verbTok-1, pronounThat) {
			// أعلن الجيش أنه شن الغارة: the subject of the statement
			if a := x.statementAgent(c); a != nil {
				g := *a
				g.role = role
				c.args = append(c.args, g)
				haveSubject = true
			}
		}
		if !haveSubject {
			if g, end, ok := x.subject(lo, hi); ok {
				g.role = role
				for j := g.first; g.entity < 0 && j < g.last; j++ {
					if x.liveCand(j) && !x.cands[x.candIn[j]].verbal {
						x.cands[x.candIn[j]].dropped = true // البيان الختامي as subject
					}
				}
				if quantity(&x.toks[g.first]) && g.entity < 0 && (c.typ() == "ASSAULT" || c.typ() == "ARREST") {
					g.role = roleTarget // قتل خمسة أشخاص: passive
				}
				c.args = append(c.args, g)
				agentEnd = end
				haveSubject = true
				x.coSubject(c, p, end, hi)
			} else if g, ok := x.preverbal(c); ok && !x.purpose(c) {
				g.role = role
				c.args = append(c.args, g)
				haveSubject = true
			} else {
				c.subjectless = !c.hosted
				haveSubject = true
			}
		}
	} else {
		x.genitive(c, p)
	}
	if a := c.get(roleAgent); a != nil && a.entity < 0 && a.date < 0 {
		if e := x.titled(a.first, a.last); e >= 0 {
			a.entity = e // الرئيس التونسي: the president named before
		}
	}
	start := c.last
	if agentEnd > start {
		start = agentEnd
		// the window goes on past the subject phrase
		c.after = max(c.after, min(x.a.Tokens.Sentences[c.sent].Last, agentEnd+20))
		for k := agentEnd; k < c.after; k++ {
			if x.liveCand(k) && x.cands[x.candIn[k]] != c {
				c.after = k
				break
			}
		}
	}
	if c.verbal && c.verbTok >= 0 && c.verbTok+1 > start && c.light < 0 {
		start = c.verbTok + 1
	}
	x.scan(c, p, start, haveSubject)
	x.placeBefore(c)
	x.time(c)
	x.host(c)
}

// purpose reports a light verb that is a verbal noun of purpose (لعقد
// لقاءات، لإجراء محادثات): its subject is the main verb's.
func (x *document) purpose(c *cand) bool {
	return c.light >= 0 && strings.HasSuffix(c.verbAn.Prefix, "ل")
}

var pronounThat = set("أنه", "أنها", "أنهم", "إنه", "إنها", "إنهم", "بأنه", "بأنها")

// statementAgent returns the agent of the statement c is reported in.
func (x *document) statementAgent(c *cand) *arg {
	for i := len(x.active) - 1; i >= 0; i-- {
		d := x.active[i]
		if d.first >= c.first {
			continue
		}
		if d.sent != c.sent {
			return nil
		}
		if d.typ() == "STATEMENT" {
			return d.get(roleAgent)
		}
	}
	return nil
}

// quantity reports a number word (خمسة، عشرات، آلاف).
func quantity(t *token.Token) bool {
	return t.Kind == token.Number || t.Kind == token.Word && inSet(t, quantities)
}

var quantities = set("ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "عشرات", "مئات", "آلاف",
	"عدد", "اثنين", "اثنان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر", "مئة", "ألف")

var relatives = set("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي")

// coordinated handles a verb joined to the one before it by "، و" (أدان
// البيان الهجوم، وطالب مجلس الأمن …): it shares that verb's subject, and
// what follows it is its object — unless a dual subject of its own
// follows (وبحث الجانبان).
func (x *document) coordinated(c *cand) bool {
	v := c.verbTok
	if v != c.first || v < 1 || !x.conj(v) || x.toks[v-1].Text != "،" || c.verbAn.Suffix != "" {
		return false
	}
	if v+1 < len(x.toks) && dual(&x.toks[v+1]) {
		return false
	}
	for i := len(x.active) - 1; i >= 0; i-- {
		d := x.active[i]
		if d == c || d.first > c.first || !d.verbal && d.sent == c.sent {
			continue
		}
		if d.sent != c.sent {
			return false
		}
		a := d.get(roleAgent)
		if a == nil {
			return false
		}
		g := *a
		c.args = append(c.args, g)
		return true
	}
	return false
}

// dual reports a definite dual or plural noun that names the parties
// (الجانبان، الطرفان، الوزيران، البلدان).
func dual(t *token.Token) bool {
	if t.Kind != token.Word || !definite(t) {
		return false
	}
	w := word(t)
	return strings.HasSuffix(w, "ان") && !strings.HasSuffix(w, "لان") && utf8.RuneCountInString(w) >= 6
}

var (
	particleQad = set("قد")
	kana        = set("كان", "كانت", "كانوا", "يكون", "تكون")
)

// svo reports a present-tense verb after a noun phrase that opens its
// sentence: the phrase is the subject (وزير الخارجية الأردني يستقبل …).
func (x *document) svo(c *cand) bool {
	if c.verbTok < 0 {
		return false
	}
	st := c.verbAn.Stem
	present := strings.HasPrefix(st, "ي") || strings.HasPrefix(st, "ت")
	// the clause opens at the sentence start or after أن (where a past
	// verb too follows its subject: أن الشرطة اعتقلت …)
	s := x.a.Tokens.Sentences[c.sent]
	lo := c.verbTok
	if lo > s.First && x.in(lo-1, particleQad) {
		lo-- // كانت اللجنة قد دعت
	}
	for lo > s.First {
		t := &x.toks[lo-1]
		if t.Kind != token.Word || x.dateIn[lo-1] >= 0 {
			return false
		}
		if x.in(lo-1, kana) {
			present = true
			break
		}
		if x.stop(lo - 1) {
			if !x.in(lo-1, complementisers) {
				return false
			}
			present = true
			break
		}
		lo--
	}
	return present && lo < c.verbTok && c.verbTok-lo <= 8
}

// coSubject adds the subjects conjoined to the first (وقع الوزير …
// ونظيره الإماراتي سهيل المزروعي): participants of events that have them,
// else further agents.
func (x *document) coSubject(c *cand, p *policy, k, hi int) {
	for k < hi && k < len(x.toks) && x.conj(k) {
		ph := x.nounPhrase(k, hi, false)
		if ph.m < 0 {
			return
		}
		role := roleAgent
		if p.with != "" {
			role = p.with
		}
		c.args = append(c.args, arg{role: role, entity: x.a.Mentions[ph.m].Entity, date: -1})
		k = ph.end
	}
}

// titleWords head a phrase that names a person (وزير الخارجية المصري بدر
// عبد العاطي، نظيره الأردني أيمن الصفدي).
var titleWords = set("الرئيس", "رئيس", "الرئيسة", "رئيسة", "وزير", "الوزير", "وزيرة", "الوزيرة", "السفير", "سفير",
	"الأمير", "الملك", "العاهل", "الشيخ", "الدكتور", "السيد", "السيدة", "المتحدث", "الناطق", "المتحدثة", "الأمين",
	"مساعد", "نائب", "النائب", "المبعوث", "مبعوث", "المستشار", "المستشارة", "قائد", "زعيم", "مدير", "المدير",
	"المفوض", "ولي", "المندوب", "مندوب", "اللواء", "العقيد", "الفريق", "الجنرال", "البابا", "الإمام", "المرشد",
	"القاضي", "المدعي", "نظير", "نظيره", "نظيرها", "الصحفي", "الصحفية", "الناشط", "الناشطة", "المعارض", "الكاتب",
	"المطرب", "اللاعب", "المدرب", "الأمينة", "حاكم", "محافظ", "عمدة", "رئيسا", "الزعيم", "القائد", "العميد")

// titled resolves a definite title phrase in tokens [lo, hi) (الرئيس
// التونسي، السفير) to the person the same title last named before it
// (الرئيس قيس سعيد), or returns -1.
func (x *document) titled(lo, hi int) int {
	head := &x.toks[lo]
	if !definite(head) || !inSet(head, titleWords) {
		return -1
	}
	w := word(head)
	for k := lo - 1; k >= 0 && k >= lo-400; k-- {
		if word(&x.toks[k]) != w {
			continue
		}
		for j := k + 1; j < k+7 && j < len(x.toks) && x.toks[j].Kind == token.Word; j++ {
			if m := x.mentionAt[j]; m >= 0 {
				if x.entityType(m) == doc.Person && x.mentionKind(m) != doc.KindAdjective {
					return x.a.Mentions[m].Entity
				}
				j = x.a.Mentions[m].Last - 1
			}
		}
	}
	return -1
}

// phrase is a noun phrase: tokens up to end, headed by mention m (-1 for
// a phrase that is no known entity).
type phrase struct {
	end int
	m   int32
}

// nounPhrase reads the noun phrase that starts at token k: an entity; a
// title and the person it names; or a noun with its genitive and its
// adjectives, as text.
//
// greedy takes every definite word after a definite head as an adjective
// (الأطراف المتحاربة), right for objects; subjects take only relative
// adjectives, since a definite object may follow them (اعتقلت الشرطة المحتجين).
func (x *document) nounPhrase(k, limit int, greedy bool) phrase {
	if m := x.mentionAt[k]; m >= 0 && x.mentionKind(m) != doc.KindAdjective {
		return phrase{end: x.a.Mentions[m].Last, m: m}
	}
	if x.in(k, titleWords) {
		for j := k + 1; j < limit && j < k+11; j++ {
			t := &x.toks[j]
			if m := x.mentionAt[j]; m >= 0 {
				if x.entityType(m) == doc.Person && x.mentionKind(m) != doc.KindAdjective && x.clitic(j, m) == "" {
					return phrase{end: x.a.Mentions[m].Last, m: m}
				}
				j = x.a.Mentions[m].Last - 1
				continue
			}
			if t.Kind == token.Punct && (t.Text == "(" || t.Text == ")") {
				continue
			}
			if w := word(t); w == "الي" || w == "لدي" {
				continue // المبعوث الخاص … إلى اليمن هانس غروندبرغ
			}
			if t.Kind != token.Word || x.stop(j) || x.dateIn[j] >= 0 || x.liveCand(j) {
				break
			}
		}
	}
	end := k + 1
	if quantity(&x.toks[k]) && end+1 < limit && word(&x.toks[end]) == "من" && x.plainWord(end+1) {
		return phrase{end: end + 2, m: -1} // ثلاثة من زملائه
	}
	if !definite(&x.toks[k]) && end < limit && x.plainWord(end) {
		if m := x.mentionAt[end]; m >= 0 {
			end = x.a.Mentions[m].Last
		} else {
			end++
		}
	}
	for end < limit {
		if m := x.mentionAt[end]; m >= 0 && x.mentionKind(m) == doc.KindAdjective {
			end = x.a.Mentions[m].Last
			continue
		}
		// البيان الختامي للقمة: a genitive with لـ after a definite phrase
		if t := &x.toks[end]; !greedy && definite(&x.toks[end-1]) && t.Kind == token.Word && !x.stop(end) && x.dateIn[end] < 0 && x.mentionIn[end] < 0 &&
			strings.HasPrefix(t.Text, "لل") && definite(t) {
			end++
			continue
		}
		// an adjective agrees in definiteness with the word before it
		if x.plainWord(end) && x.mentionIn[end] < 0 && !x.in(end, titleWords) &&
			definite(&x.toks[end]) == definite(&x.toks[end-1]) &&
			(nisba(&x.toks[end]) || greedy && definite(&x.toks[end]) && !x.conj(end)) {
			end++
			continue
		}
		break
	}
	// مسؤولين من اللجنة الدولية، وفدا من الاتحاد الأوروبي
	if greedy && end+1 < limit && word(&x.toks[end]) == "من" {
		if m := x.mentionAt[end+1]; m >= 0 && x.mentionKind(m) != doc.KindAdjective && x.a.Mentions[m].Last <= limit {
			end = x.a.Mentions[m].Last
		}
	}
	return phrase{end: end, m: -1}
}

// plainWord reports an Arabic word that can be part of a noun phrase.
func (x *document) plainWord(k int) bool {
	t := &x.toks[k]
	return t.Kind == token.Word && !x.stop(k) && x.dateIn[k] < 0 && !x.liveCand(k) && !x.wordIs(k, clauseEndBit) &&
		word(t) != "من" && !x.pronounPrep(k)
}

// liveCand reports a token of another event's trigger, which ends an
// argument window; an anaphoric noun (خلال الزيارة) does not.
func (x *document) liveCand(k int) bool {
	ci := x.candIn[k]
	return ci >= 0 && !x.cands[ci].absorbed && !x.cands[ci].dropped && !x.cands[ci].anaphor
}

// nisba reports a relative adjective (الختامي، التركية، أمني، الأوروبيين).
func nisba(t *token.Token) bool {
	w := word(t)
	for _, suf := range []string{"يه", "ي", "يين", "يون"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w) > len([]rune(suf))+1 {
			return true
		}
	}
	return false
}

// subject finds the subject of a verb in tokens [lo, hi): the noun phrase
// right after the verb (past a date), unless a preposition comes first.
func (x *document) subject(lo, hi int) (arg, int, bool) {
	k := lo
	skipped := false
	for k < hi && k < len(x.toks) {
		t := &x.toks[k]
		if x.dateIn[k] >= 0 || t.Kind == token.Punct && (t.Text == "(" || t.Text == ")" || t.Text == "،") || x.pronounPrep(k) {
			skipped = skipped || x.pronounPrep(k)
			k++ // أعلن خلاله ماكرون
			continue
		}
		break
	}
	// التقى خلالها مسؤولين: after the pronoun an indefinite noun is the
	// object; the subject is left out
	if skipped && k < hi && x.mentionAt[k] < 0 && x.toks[k].Kind == token.Word && !definite(&x.toks[k]) && !x.in(k, titleWords) {
		return arg{}, 0, false
	}
	if k >= hi || k >= len(x.toks) {
		return arg{}, 0, false
	}
	t := &x.toks[k]
	if t.Kind != token.Word || x.stop(k) || isPronounish(t) || x.wordIs(k, clauseEndBit) || x.pronounPrep(k) {
		return arg{}, 0, false
	}
	if ci := x.candIn[k]; ci >= 0 && x.cands[ci].verbal {
		return arg{}, 0, false
	}
	m := x.mentionAt[k]
	if x.clitic(k, m) != "" {
		return arg{}, 0, false
	}
	ph := x.nounPhrase(k, hi, false)
	// البيان الصادر عن الناتو: the issuer is the subject
	if e := ph.end; e+2 < hi && x.in(e, issuedBy) {
		if w := x.toks[e+1].Analyses; w != nil && (w[0].Stem == "عن" || w[0].Stem == "من") {
			if m := x.mentionAt[e+2]; m >= 0 {
				return arg{entity: x.a.Mentions[m].Entity, date: -1}, x.a.Mentions[m].Last, true
			}
		}
	}
	if ph.m >= 0 {
		return arg{entity: x.a.Mentions[ph.m].Entity, date: -1}, ph.end, true
	}
	return arg{entity: -1, date: -1, first: k, last: ph.end, key: x.key(k, ph.end)}, ph.end, true
}

// isPronounish reports words that open a clause rather than a subject.
func isPronounish(t *token.Token) bool {
	switch word(t) {
	case "انه", "انها", "انهم", "هو", "هي", "هم", "ان", "ذلك", "اليوم", "امس", "ايضا", "مجددا":
		return true
	}
	return false
}

func definite(t *token.Token) bool {
	for i := range t.Analyses {
		if an := &t.Analyses[i]; an.Article && utf8.RuneCountInString(an.Stem) >= 3 {
			return true
		}
	}
	return false
}

// preverbal finds a subject before the verb, as in headlines and in
// SVO sentences (وزير الخارجية الأردني يستقبل …): an entity in the clause
// before the verb, else in a headline the clause itself as text.
func (x *document) preverbal(c *cand) (arg, bool) {
	if c.verbTok < 0 {
		return arg{}, false
	}
	end := c.verbTok
	if end > c.before && x.in(end-1, particleQad) {
		end--
	}
	lo := end
	for lo > c.before && lo > end-8 {
		t := &x.toks[lo-1]
		if t.Kind == token.Punct && t.Text != "(" && t.Text != ")" || x.stop(lo-1) || x.in(lo-1, kana) {
			break
		}
		lo--
	}
	if lo == end {
		return arg{}, false
	}
	for k := lo; k < end; k++ {
		if m := x.mentionAt[k]; m >= 0 && x.clitic(k, m) == "" && k == lo {
			if ty := x.entityType(m); (ty == doc.Person || ty == doc.Organization || ty == doc.Location) && x.mentionKind(m) != doc.KindAdjective {
				return arg{entity: x.a.Mentions[m].Entity, date: -1}, true
			}
		}
		if m := x.mentionAt[k]; m >= 0 && x.entityType(m) == doc.Person && x.clitic(k, m) == "" {
			return arg{entity: x.a.Mentions[m].Entity, date: -1}, true
		}
	}
	if c.headline && lo == x.a.Tokens.Sentences[c.sent].First || x.svo(c) {
		return arg{entity: -1, date: -1, first: lo, last: end, key: x.key(lo, end)}, true
	}
	return arg{}, false
}

// genitive reads the noun phrase right after a bare event noun: its agent
// (زيارة الرئيس، زيارة تاريخية لمساعد الأمين العام), its place (قمة لاهاي) or
// its target (اعتقال الصحفي، افتتاح مكتب الاتصال).
func (x *document) genitive(c *cand, p *policy) {
	s := x.a.Tokens.Sentences[c.sent]
	for k := c.last; k < c.after && k < s.Last && k < c.last+4; k++ {
		t := &x.toks[k]
		if t.Kind != token.Word || x.stop(k) || x.dateIn[k] >= 0 {
			return
		}
		// مظاهرة شارك فيها آلاف المواطنين: the subject of the light verb
		// that describes the noun
		if lv, _ := x.isLight(k); lv != nil && lv.governs(c.typ()) && k+1 < s.Last && x.pronounPrep(k+1) {
			if g, _, ok := x.subject(k+2, s.Last); ok && p.genitive == roleAgent {
				g.role = roleAgent
				c.args = append(c.args, g)
			}
			return
		}
		cl := x.clitic(k, x.mentionAt[k])
		if cl == "ب" {
			return
		}
		if m := x.mentionAt[k]; m >= 0 {
			if x.mentionKind(m) == doc.KindAdjective {
				// الهجوم الإسرائيلي: the state behind the event
				if p.genitive == roleAgent && k == c.last && !c.has(roleAgent) {
					c.args = append(c.args, arg{role: roleAgent, entity: x.a.Mentions[m].Entity, date: -1})
				}
				k = x.a.Mentions[m].Last - 1
				continue
			}
			r := x.a.Mentions[m]
			ty := x.entityType(m)
			switch {
			case ty == doc.Location && cl == "":
				c.args = append(c.args, arg{role: rolePlace, entity: r.Entity, date: -1})
			case p.genitive == roleParticipant:
				c.args = append(c.args, arg{role: roleParticipant, entity: r.Entity, date: -1})
			case p.genitive != "":
				c.args = append(c.args, arg{role: p.genitive, entity: r.Entity, date: -1})
			}
			return
		}
		if cl == "ل" && p.genitive == roleAgent && !c.has(roleAgent) && !definite(t) {
			end := x.phraseEnd(k, c.after)
			c.args = append(c.args, arg{role: roleAgent, entity: -1, date: -1, first: k, last: end,
				strip: stripOf(t), key: x.key(k, end)})
			return
		}
		if k == c.last && cl == "" && p.genitive == roleTarget && !adjectival(t) {
			end := x.nounPhrase(k, c.after, false).end
			c.args = append(c.args, arg{role: roleTarget, entity: -1, date: -1, first: k, last: end, key: x.key(k, end)})
			return
		}
		if !adjectival(t) && k > c.last {
			return
		}
	}
}

// adjectival reports a word that reads as an adjective after a noun
// (رسمية، تاريخية، السنوية، المرتقبة): nisba and participle endings.
func adjectival(t *token.Token) bool {
	w := word(t)
	for _, suf := range []string{"يه", "ي", "يين", "يون", "يا"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return strings.HasPrefix(w, "الم") || strings.HasPrefix(w, "م") && strings.HasSuffix(w, "ه")
}

// textObjects are the types whose object is given as text when it is no
// known entity (اعتقلت الشرطة عشرات المحتجين).
var textObjects = map[string]bool{"OPENING": true, "ARREST": true, "ASSAULT": true, "APPEAL": true, "CONDEMN": true,
	"THREATEN": true, "SANCTION": true}

// afterNoun is the preposition in force after the noun it governed: a
// list after مع or بين may go on, any other phrase is closed.
func afterNoun(prep string) string {
	if prep == "مع" || prep == "بين" {
		return prep + "+"
	}
	if strings.HasSuffix(prep, "+") {
		return prep
	}
	return ""
}

// scan walks the argument window after the trigger and gives roles to
// the entities and phrases it meets, by the preposition before them.
func (x *document) scan(c *cand, p *policy, start int, haveSubject bool) {
	prep := ""
	// a noun governed by a light verb is itself that verb's object
	objDone := !c.verbal || !haveSubject || c.light >= 0 && c.light < c.first
	s := x.a.Tokens.Sentences[c.sent]
	end := min(c.after, s.Last)
	loopEnd := end
	if end < s.Last && x.liveCand(end) {
		loopEnd = end + 1 // to see an event noun as the object
	}
	for k := start; k < loopEnd; k++ {
		t := &x.toks[k]
		if x.dateIn[k] >= 0 {
			continue
		}
		if t.Kind == token.Punct {
			if t.Text != "(" && t.Text != ")" {
				prep = ""
			}
			continue
		}
		if t.Kind != token.Word {
			objDone = true
			continue
		}
		if ci := x.candIn[k]; ci >= 0 && x.cands[ci] != c {
			d := x.cands[ci]
			if x.liveCand(k) && !d.e.verbal && !d.verbal && sameType(d, c) && c.e.verbal && prep == "" {
				// وقع الوزيران … اتفاقية: the noun is the verb's object
				d.absorbed, d.dropped = true, true
				end = min(s.Last, d.last+20)
				for j := d.last; j < end; j++ {
					if x.liveCand(j) {
						end = j
						break
					}
				}
				loopEnd = end
				if end < s.Last && x.liveCand(end) {
					loopEnd = end + 1
				}
				objDone = true
				k = d.last - 1
				continue
			}
			// أدان … الهجوم، ندد بالقصف: an event noun as the object is
			// the target
			if !d.e.verbal && c.verbal && (prep == "" && !objDone && c.e.kind.textObject && p.object != "" && x.clitic(k, -1) == "" ||
				x.clitic(k, -1) == "ب" && p.bi != "" && c.e.kind.textObject) {
				ph := x.nounPhrase(k, max(end, min(k+4, s.Last)), true)
				role := p.object
				if prep != "" || x.clitic(k, -1) == "ب" {
					role = p.bi
				}
				x.add(c, arg{role: role, entity: -1, date: -1, first: k, last: ph.end, strip: stripOf(t), key: x.key(k, ph.end)})
				objDone = true
				if x.liveCand(k) {
					break
				}
				k = ph.end - 1
				continue
			}
			if x.liveCand(k) {
				break
			}
		}
		w := word(t)
		if x.wordIs(k, clauseEndBit) {
			break
		}
		if x.stop(k) || w == "من" {
			prep = w
			continue
		}
		if x.pronounPrep(k) {
			prep = "" // معهم، عليه، خلالها: a pronoun, no argument
			continue
		}
		if x.in(k, adverbs) && x.mentionAt[k] < 0 {
			continue // بشدة، مجددا: an adverb, not the object
		}
		// a list after مع or بين goes on only with و or a comma
		if strings.HasSuffix(prep, "+") {
			if x.conj(k) {
				prep = strings.TrimSuffix(prep, "+")
			} else {
				prep = ""
			}
		}
		m := x.mentionAt[k]
		if m < 0 && x.mentionIn[k] >= 0 {
			continue
		}
		cl := x.clitic(k, m)
		if cl == "ب" || cl == "ل" || cl == "ك" {
			prep = cl
		}
		if prep == "بين" && !c.e.kind.among {
			prep = "" // بسبب الخلافات بين الجانبين: not the event's parties
		}
		list := prep == "مع" || prep == "بين"
		if prep == "" && x.wordIs(k, timeNounBit) {
			continue // يوم، صباح اليوم: an adverb of time, not the object
		}
		if prep == "" && !objDone && c.verbal && !x.wordIs(k, placeNounBit) {
			// the direct object
			objDone = true
			ph := x.nounPhrase(k, end, true)
			if ph.m >= 0 {
				r := x.a.Mentions[ph.m]
				if role := x.roleFor(c, p, "", x.entityType(ph.m), r); role != "" {
					x.add(c, arg{role: role, entity: r.Entity, date: -1})
				}
			} else if (c.e.kind.textObject || c.typ() == "MEETING" || c.typ() == "HOST_VISIT") && p.object != "" && !x.wordIs(k, placeNounBit) && !x.in(k, topicNouns) {
				x.add(c, arg{role: p.object, entity: -1, date: -1, first: k, last: ph.end, key: x.key(k, ph.end)})
			}
			if x.in(k, topicNouns) {
				break // بحث مستجدات الأوضاع في …: the rest is the topic
			}
			k = ph.end - 1
			continue
		}
		if prep != "" && x.in(k, titleWords) {
			// بالرئيس الجزائري عبد المجيد تبون
			if ph := x.nounPhrase(k, end, false); ph.m >= 0 {
				r := x.a.Mentions[ph.m]
				if role := x.roleFor(c, p, prep, x.entityType(ph.m), r); role != "" {
					x.add(c, arg{role: role, entity: r.Entity, date: -1})
				}
				prep = afterNoun(prep)
				k = ph.end - 1
				continue
			}
		}
		if m >= 0 {
			r := x.a.Mentions[m]
			if x.mentionKind(m) == doc.KindAdjective {
				k = r.Last - 1
				continue
			}
			if prep == "" && objDone {
				// a name past the object's place: no argument
			} else if role := x.roleFor(c, p, prep, x.entityType(m), r); role != "" {
				x.add(c, arg{role: role, entity: r.Entity, date: -1})
			} else if prep == "في" && c.e.kind.speechAct && k-start <= 3 && x.entityType(m) == doc.Location && !c.has(rolePlace) {
				// قال في جنيف: near the verb, where it was said
				x.add(c, arg{role: rolePlace, entity: r.Entity, date: -1})
			}
			prep = afterNoun(prep)
			k = r.Last - 1
			continue
		}
		// A phrase that is no entity, after مع or بين (with the permanent
		// representatives of the member states).
		if list && p.with != "" && !x.wordIs(k, placeNounBit) {
			e := x.phraseEnd(k, end)
			strip := 0
			if k > start && !x.stop(k-1) && x.conj(k) {
				strip = stripOf(t)
			}
			x.add(c, arg{role: p.with, entity: -1, date: -1, first: k, last: e, strip: strip, key: x.key(k, e)})
			prep += "+"
			objDone = true // ناقش مع الممثلين … أهمية توسيع: the rest is the topic
			k = e - 1
			continue
		}
		// فرضت … عقوبات على ثلاث شركات إيرانية
		if (prep == "علي" || prep == "ضد") && p.ala != "" && c.e.kind.textObject && !x.wordIs(k, placeNounBit) && !c.has(p.ala) {
			ph := x.nounPhrase(k, end, true)
			x.add(c, arg{role: p.ala, entity: -1, date: -1, first: k, last: ph.end, key: x.key(k, ph.end)})
			prep = ""
			objDone = true
			k = ph.end - 1
			continue
		}
		if cl == "" && !x.conj(k) && !x.wordIs(k, placeNounBit) {
			if prep != "" {
				objDone = true // إلى فتح ممرات: the phrase goes on, no object
			}
			prep = "" // the preposition's noun was no entity
		}
	}
}

// clauseEnds open a new clause whose arguments are not the event's.
var clauseEnds = set("حيث", "مما", "بينما", "فيما", "الذي", "التي", "الذين", "وحيث", "كما", "بحسب", "حسب",
	"وفقا", "نقلا", "وبحسب", "قد", "وقد", "لقد", "بسبب", "لأن", "نظرا", "رغم", "برغم")

// isPronounPrep reports a preposition carrying a pronoun (معهم، عليه، إليها،
// فيها، خلاله). Document code asks x.pronounPrep, which reads the answer
// classify stored; this stays the definition (see TestClassesAgree).
func isPronounPrep(t *token.Token) bool {
	if t.Kind != token.Word {
		return false
	}
	if w := word(t); setFilter.May(w) && pronounPreps.has(w) {
		return true
	}
	for _, an := range readings(t) {
		if an.Suffix != "" {
			if w := an.Stem + "ه"; setFilter.May(w) && pronounPreps.has(w) {
				return true
			}
		}
	}
	return false
}

var pronounPreps = set("فيه", "فيها", "فيهم", "فيهما", "خلاله", "خلالها", "معه", "معها", "معهم", "معهما", "عليه",
	"عليها", "عليهم", "إليه", "إليها", "إليهم", "عنه", "عنها", "عنهم", "منه", "منها", "منهم", "له", "لها", "لهم",
	"به", "بها", "بهم", "لديه", "لديها", "أمامه", "أمامها", "بعده", "قبله")

// conjoined reports a token with the conjunction و (a list goes on).
func conjoined(t *token.Token, mention bool) bool {
	if len(t.Analyses) < 2 {
		return false
	}
	for _, an := range readings(t) {
		if strings.HasPrefix(an.Prefix, "و") {
			return true
		}
	}
	return false
}

func prefixOf(t *token.Token) string {
	best := ""
	for _, an := range readings(t) {
		if an.Prefix != "" && an.Suffix == "" && len(an.Prefix) > len(best) && !an.Article {
			best = an.Prefix
		}
	}
	return best
}

// roleFor gives the role of an entity met in the window after prep ("" for
// the direct object).
func (x *document) roleFor(c *cand, p *policy, prep, ty string, r analysis.MentionRef) string {
	ent := r.Entity
	place := ty == doc.Location
	if ty == doc.Organization && (prep == "في" || prep == "ب") {
		place = x.in(r.First, venueWords)
	}
	for _, g := range c.args {
		if g.role == roleAgent && g.entity == ent {
			return ""
		}
	}
	switch prep {
	case "مع", "بين":
		if p.with != "" {
			return p.with
		}
	case "في":
		if place && !c.has(rolePlace) && !c.e.kind.speechAct {
			return rolePlace
		}
	case "ب":
		if place && !c.has(rolePlace) {
			return rolePlace
		}
		if p.bi != "" && !place {
			return p.bi
		}
	case "الي":
		if place && !c.has(rolePlace) && c.e.kind.movement {
			return rolePlace
		}
		if p.ila != "" {
			return p.ila
		}
	case "علي", "ضد":
		if place && c.typ() == "ASSAULT" && !c.has(rolePlace) {
			return rolePlace
		}
		if p.ala != "" {
			return p.ala
		}
	case "ل":
		if p.li != "" && p.li != roleAgent {
			return p.li
		}
	case "امام":
		if p.amam != "" {
			return p.amam
		}
	case "":
		if place && p.placeObject {
			if !c.has(rolePlace) {
				return rolePlace
			}
			return ""
		}
		return p.object
	}
	return ""
}

func (x *document) add(c *cand, g arg) {
	for _, h := range c.args {
		if h.role == g.role && ((g.entity >= 0 && h.entity == g.entity) || (g.entity < 0 && g.key != "" && h.key == g.key)) {
			return
		}
	}
	if g.role == rolePlace || g.role == roleAgent || g.role == roleHost {
		if c.has(g.role) {
			return
		}
	}
	c.args = append(c.args, g)
}

// phraseEnd returns the end of the noun phrase that starts at token k:
// words up to a preposition, punctuation, another trigger, a date or a
// conjoined word, at most six, going through في منطقة … (a region that
// qualifies the phrase).
func (x *document) phraseEnd(k, limit int) int {
	e := k + 1
	for e < limit && e-k < 6 {
		t := &x.toks[e]
		if t.Kind != token.Word || x.dateIn[e] >= 0 {
			break
		}
		if ci := x.candIn[e]; ci >= 0 && !x.cands[ci].absorbed {
			break
		}
		if x.stop(e) {
			if word(t) == "في" && e+1 < limit && x.in(e+1, regionWords) {
				e = x.regionEnd(e+2, limit)
				break
			}
			break
		}
		if x.conj(e) && x.mentionIn[e] < 0 {
			break
		}
		if m := x.mentionAt[e]; m >= 0 && x.clitic(e, m) == "ب" {
			break
		}
		if m := x.mentionIn[e]; m >= 0 && x.mentionAt[e] < 0 {
			e++
			continue
		}
		if m := x.mentionAt[e]; m >= 0 {
			e = x.a.Mentions[m].Last
			continue
		}
		e++
	}
	return e
}

// regionEnd takes the region's name after منطقة: an entity, or the word
// after it with the definite adjectives that follow (المحيطين الهندي والهادئ).
func (x *document) regionEnd(k, limit int) int {
	if k >= limit {
		return k
	}
	if m := x.mentionAt[k]; m >= 0 {
		return x.a.Mentions[m].Last
	}
	e := k + 1
	for e < limit && x.toks[e].Kind == token.Word && definite(&x.toks[e]) && !x.stop(e) && x.candIn[e] < 0 {
		e++
	}
	return e
}

// placeBefore looks for a place stated before the trigger in its clause:
// أثناء وجوده في جنيف، … or في + place near the start of the sentence
// (انطلقت في العاصمة القطرية الدوحة أعمال القمة).
func (x *document) placeBefore(c *cand) {
	if c.has(rolePlace) {
		return
	}
	s := x.a.Tokens.Sentences[c.sent]
	pc := x.cue(c.sent, cuePresence)
	for k := s.First; k+1 < c.first; k++ {
		if k == s.First+3 && k < c.before && (pc < 0 || pc > c.before) {
			k = c.before // only the sentence start, the clause and وجوده are read
		}
		if k >= c.before && x.in(k, witness) {
			// شهدت بيروت مظاهرة: the place sees the event
			if m := x.placeAfter(k+1, c.first); m >= 0 {
				c.args = append(c.args, arg{role: rolePlace, entity: x.a.Mentions[m].Entity, date: -1})
				return
			}
		}
		pres := k == pc || pc >= 0 && k > pc && x.in(k, presence)
		if !pres && k > s.First+2 && k < c.before {
			continue
		}
		j := k
		if pres {
			j++
		}
		if j >= c.first || x.toks[j].Analyses == nil || word(&x.toks[j]) != "في" {
			continue
		}
		if m := x.placeAfter(j+1, c.first); m >= 0 && (pres || k <= s.First+2 || !x.stopBetween(k+1, c.first)) {
			c.args = append(c.args, arg{role: rolePlace, entity: x.a.Mentions[m].Entity, date: -1})
			return
		}
	}
}

// stopBetween reports a preposition, complementiser or full stop between
// two tokens: a new clause.
func (x *document) stopBetween(from, to int) bool {
	for k := from; k < to; k++ {
		t := &x.toks[k]
		if x.stop(k) || t.Kind == token.Punct && t.Text != "،" && t.Text != "(" && t.Text != ")" {
			return true
		}
	}
	return false
}

// placeAfter returns the place mention that starts at token j, past place
// nouns and adjectives (مدينة جنيف، العاصمة القطرية الدوحة), or -1.
func (x *document) placeAfter(j, limit int) int32 {
	for j < limit {
		if m := x.mentionAt[j]; m >= 0 {
			if x.mentionKind(m) == doc.KindAdjective {
				j = x.a.Mentions[m].Last
				continue
			}
			if x.entityType(m) == doc.Location {
				return m
			}
			return -1
		}
		if !x.in(j, placeNouns) {
			return -1
		}
		j++
	}
	return -1
}

// time takes the first date in the window after the trigger, else in the
// clause before it.
func (x *document) time(c *cand) {
	if c.has(roleTime) {
		return
	}
	s := x.a.Tokens.Sentences[c.sent]
	if !x.dateBetween(c, c.last, min(c.after, s.Last)) && (c.verbal || c.before == s.First) {
		x.dateBetween(c, c.before, c.first)
	}
}

// dateBetween gives c the first date (or time) in tokens [lo, hi).
func (x *document) dateBetween(c *cand, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if d := x.dateIn[k]; d >= 0 {
			if ty := x.a.Doc.Dates[d].Type; ty == doc.Date || ty == doc.Time {
				c.args = append(c.args, arg{role: roleTime, entity: -1, date: int(d)})
				return true
			}
		}
	}
	return false
}

// inviters introduce the host of a visit (بدعوة من …، في ضيافة …).
var inviters = set("بدعوة", "دعوة", "ضيافة")

func (x *document) host(c *cand) {
	if c.typ() != "VISIT" && c.typ() != "MEETING" && c.typ() != "SUMMIT" {
		return
	}
	s := x.a.Tokens.Sentences[c.sent]
	first := x.cue(c.sent, cueInvite)
	if first < 0 {
		return
	}
	for k := first; k+1 < s.Last; k++ {
		if !x.in(k, inviters) {
			continue
		}
		j := k + 1
		if x.toks[j].Analyses != nil && word(&x.toks[j]) == "من" {
			j++
		}
		for j < s.Last && j < k+5 {
			if m := x.mentionAt[j]; m >= 0 {
				if x.mentionKind(m) != doc.KindAdjective {
					x.add(c, arg{role: roleHost, entity: x.a.Mentions[m].Entity, date: -1})
					return
				}
				j = x.a.Mentions[m].Last
				continue
			}
			j++
		}
	}
}

// clitic returns the preposition (ب، ل، ك) attached to token k, which
// starts mention m (or -1 for no mention). With no mention it is x.prep,
// read from the classes (which hold no preposition for a token that is no
// word or has no reading beyond the whole word), without a call.
func (x *document) clitic(k int, m int32) string {
	if m < 0 {
		return prepCodes[x.cls[k]>>prepBit&3] // x.prep(k)
	}
	return x.mentionClitic(k, m)
}

// mentionClitic is clitic for a token that starts mention m.
func (x *document) mentionClitic(k int, m int32) string {
	t := &x.toks[k]
	if t.Kind != token.Word || len(t.Analyses) < 2 {
		return ""
	}
	em := x.a.Mentions[m]
	ent := &x.a.Doc.Entities[em.Entity]
	ms := ent.Mentions
	orig := x.a.Text.Map.Pos(t.Start)
	if em.Mention >= 0 && em.Mention < len(ms) && ms[em.Mention].Start > orig {
		// the mention leaves its clitics out: they are the word's
		// first letters (وكير ستارمر: و, not وك)
		n := ms[em.Mention].Start - orig
		for _, an := range readings(t) {
			if an.Suffix == "" && utf8.RuneCountInString(an.Prefix) == n {
				return prepOf(an.Prefix)
			}
		}
	}
	if em.Mention >= 0 && em.Mention < len(ms) && ms[em.Mention].Start <= orig {
		// The mention takes in the word's first letter: a clitic only
		// with a fused article (بالناتو، للناتو) or when the name does
		// not start with that letter (بروسيا for روسيا).
		if !strings.HasPrefix(t.Text, "بال") && !strings.HasPrefix(t.Text, "لل") && !strings.HasPrefix(t.Text, "وبال") &&
			!strings.HasPrefix(t.Text, "ولل") && strings.HasPrefix(ent.Name, firstRune(t.Text)) {
			return ""
		}
	}
	return x.prep(k)
}

// procliticPrep is the preposition among the proclitics of t as clitic
// reads it when no mention starts at t. Document code asks x.prep, which
// reads the answer classify stored; this stays the definition
// (TestClassesAgree holds the two together).
func procliticPrep(t *token.Token) string {
	if t.Kind != token.Word || len(t.Analyses) < 2 {
		return ""
	}
	p := prefixOf(t)
	if p == "" {
		// بالناتو، للناتو: preposition + article
		for _, an := range readings(t) {
			if an.Article && len(an.Prefix) > len("ال") {
				p = an.Prefix
				break
			}
		}
	}
	return prepOf(p)
}

// prepOf returns the preposition in proclitics p (وب → ب، لل → ل).
func prepOf(p string) string {
	p = strings.TrimPrefix(strings.TrimPrefix(p, "و"), "ف")
	switch {
	case strings.HasPrefix(p, "ب"):
		return "ب"
	case strings.HasPrefix(p, "ل"):
		return "ل"
	case strings.HasPrefix(p, "ك"):
		return "ك"
	}
	return ""
}

// stripOf is how many code points of token t a text argument leaves out:
// its proclitics, but not a fused article (للدول stays whole).
func stripOf(t *token.Token) int {
	for _, an := range readings(t) {
		if an.Article && strings.HasSuffix(an.Prefix, "لل") {
			return utf8.RuneCountInString(an.Prefix) - 2
		}
	}
	return utf8.RuneCountInString(prefixOf(t))
}

func firstRune(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	return s[:n]
}

// key is the comparison form of tokens [lo, hi): their stems without
// clitics, space-separated.
func (x *document) key(lo, hi int) string {
	hi = min(hi, len(x.toks))
	if lo >= hi {
		return ""
	}
	// Most keys are one word: its form is a substring of the text already
	// held, so it needs no copy. Longer keys are measured first so that
	// the builder allocates once instead of growing word by word.
	if hi-lo == 1 {
		return keyWord(&x.toks[lo])
	}
	// (a space goes before a word only once the key holds something, as
	// an empty stem adds nothing)
	n := 0
	for k := lo; k < hi; k++ {
		if n > 0 {
			n++
		}
		n += len(keyWord(&x.toks[k]))
	}
	var b strings.Builder
	b.Grow(n)
	for k := lo; k < hi; k++ {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(keyWord(&x.toks[k]))
	}
	return b.String()
}

// keyWord is a token's part of a comparison key: the shortest stem of a
// reading without a suffix, for a word, else its text.
func keyWord(t *token.Token) string {
	s := t.Text
	if t.Kind == token.Word {
		rs := readings(t)
		for i := range rs {
			if an := &rs[i]; an.Suffix == "" && len(an.Stem) < len(s) {
				s = an.Stem
			}
		}
	}
	return s
}
