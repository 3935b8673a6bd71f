// Package entities is the newsx entity stage: it finds the people,
// organisations and places of a document with the gazetteer matcher and a
// small set of rules (titles and roles before names, speech verbs before
// names, organisation head nouns with their genitive chain, place head
// nouns), resolves ambiguous names by context, and links every later
// mention (surnames, acronyms, nominals such as الحلف, nisba adjectives
// such as السويسرية) to one entity.
package entities

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/token"
	"github.com/newsx/newsx/gazetteer"
)

// wordClass is a set of the rule word classes a word belongs to, one bit
// a class. The rules ask many questions of each token (is it a stop word,
// an organisation head, a speech verb … whole, without its proclitics,
// with or without the article); one map lookup per reading answers them
// all, instead of one lookup per class and per question.
type wordClass uint32

// The word classes: the rule lexicons of the gazetteer (rules_*.tsv) and
// two the stage derives (cNameWord, cCommon).
const (
	cOrgHead wordClass = 1 << iota
	cPlaceHead
	cSpeech
	cStop
	cParticle
	cOrdinal
	cChainStop
	cSport
	cProperHead
	cMonth
	cMonthCtx
	cBrandCtx
	cCommonWord
	cGeneric   // generic_head
	cEpithet   // place_epithet
	cDirection // direction
	cDescriptor
	cNameStop
	cClubPrefix
	cOrgDescriptor
	// cNameWord: a word of a given or family name (matching form).
	cNameWord
	// cCommon: a word of organisation names and titles, an ordinary noun
	// or adjective that never starts or continues a person's name.
	cCommon
)

// ruleClasses maps the gazetteer's class names to their bits.
var ruleClasses = []struct {
	name string
	bit  wordClass
}{
	{"org_head", cOrgHead}, {"place_head", cPlaceHead}, {"speech", cSpeech}, {"stop", cStop},
	{"person_particle", cParticle}, {"regnal", cOrdinal}, {"chain_stop", cChainStop},
	{"sport_context", cSport}, {"proper_head", cProperHead}, {"month", cMonth},
	{"month_context", cMonthCtx}, {"brand_context", cBrandCtx}, {"common_word", cCommonWord},
	{"generic_head", cGeneric}, {"place_epithet", cEpithet}, {"direction", cDirection},
	{"place_descriptor", cDescriptor}, {"name_stop", cNameStop}, {"club_prefix", cClubPrefix},
	{"org_descriptor", cOrgDescriptor},
}

// wordInfo holds the classes of a word w and of the forms of it the rules
// look up, so none of them has to be built as a string:
//   - self: the classes of w;
//   - withAl: of "ال"+w (the definite form of a stem read after لل, بال);
//   - strip: of stripArticle(w);
//   - afterAl: of w without a leading ال (whatever its length), 0 when w
//     has none.
//
// mid is the word's id in the matcher's vocabulary plus one (0: none), so
// the one lookup serves the matcher too.
type wordInfo struct {
	self, withAl, strip, afterAl wordClass
	mid                          int32
}

// Stage recognises and links entities. Build it once with New; it is safe
// for concurrent use.
type Stage struct {
	g *gazetteer.Gazetteer
	m *gazetteer.Matcher

	// vocab numbers every word of the matcher and every word whose info
	// is not all zero (the class words, their forms without ال and their
	// forms with ال); infos holds their wordInfo by id.
	vocab *token.Vocabulary
	infos []wordInfo
	// keys are the matching forms of the entries' canonical names;
	// keyWords their words, for the people among them.
	keys     []string
	keyWords [][]string
	// compoundEnd is gazetteer.CompoundEnds: words that are no surname
	// alone.
	compoundEnd map[string]bool
}

// New returns the entity stage for gazetteer g.
func New(g *gazetteer.Gazetteer) *Stage {
	s := &Stage{g: g, m: g.Matcher()}
	// New runs at start-up, where every megabyte of fresh memory costs
	// milliseconds: the classes are gathered by matcher word id (see
	// classTable), and the vocabulary, whose first words are the
	// matcher's, is built on another core meanwhile. It and the infos
	// are sized for the forms outside the matcher's vocabulary too
	// (about a quarter as many again): growing them at the end cost
	// more than the rest of New.
	n := s.m.VocabularySize()
	vocabc := make(chan *token.Vocabulary, 1)
	go func() {
		v := &token.Vocabulary{}
		v.Reserve(n+n/2, s.m.VocabularyBytes()*3/2)
		for id := range n {
			v.AddNew(s.m.VocabularyWord(id)) // the matcher's words are distinct
			if g.InLexicon(int32(id)) {
				v.SetKnown(int32(id))
			}
		}
		vocabc <- v
	}()
	cls := newClassTable(s.m)
	rk := g.RuleKeys()
	last, lastBit := "", wordClass(0) // the rules come in runs of a class
	for i, r := range g.Rules {
		if r.Class != last {
			last, lastBit = r.Class, classBits(r.Class)
		}
		if lastBit != 0 {
			cls.set(rk[i], lastBit)
		}
	}
	// The gazetteer holds every name already normalised (its keys are
	// normalize.Word's; the snapshot stores them).
	for _, k := range g.NameKeys() {
		for w := range fields(k) {
			cls.set(w, cNameWord)
		}
	}
	s.compoundEnd = g.CompoundEnds()
	s.keys = g.EntryKeys()
	s.keyWords = make([][]string, len(g.Entries))
	nw := 0
	for i, e := range g.Entries {
		if e.Type == gazetteer.Person {
			nw += strings.Count(s.keys[i], " ") + 1
		}
	}
	pool := make([]string, 0, nw) // the people's words, one allocation
	for i, e := range g.Entries {
		if e.Type == gazetteer.Person {
			from := len(pool)
			for w := range fields(s.keys[i]) {
				pool = append(pool, w)
			}
			if len(pool) > from {
				s.keyWords[i] = pool[from:len(pool):len(pool)]
			}
		}
	}
	// Common words are added from organisation names, titles and head
	// nouns, then taken back for the words of place names (whatever
	// organisation they name): the two are marked apart in spare bits
	// and resolved once all are in.
	addCommon := func(key string) {
		for w := range fields(key) {
			w = stripArticle(w)
			id := s.m.WordID(w)
			if (cls.at(id, w)|cls.definite(id, w))&cNameWord == 0 && utf8.RuneCountInString(w) > 2 {
				if id >= 0 {
					cls.vocab[id] |= tmpCommon
				} else {
					cls.other[w] |= tmpCommon
				}
			}
		}
	}
	for i, e := range g.Entries {
		if e.Type == gazetteer.Organization {
			addCommon(s.keys[i])
		}
	}
	for _, k := range g.TitleKeys() {
		addCommon(k)
	}
	for i, r := range g.Rules {
		if r.Class == "org_head" || r.Class == "place_head" {
			cls.set(stripArticle(rk[i]), tmpCommon)
		}
	}
	for i, e := range g.Entries {
		if e.Type == gazetteer.Location {
			for w := range fields(s.keys[i]) {
				cls.set(stripArticle(w), tmpPlace)
			}
		}
	}
	cls.resolveCommon()

	// Every word with a non-zero wordInfo is a class word x, x without
	// ال or ال+x. The matcher's words (whose mid the rules read for word
	// tokens) keep their matcher ids, their infos read from the class
	// table's array through their article links; the forms of the class
	// words outside the matcher's vocabulary follow them.
	s.infos = make([]wordInfo, n, n+n/2)
	for id := range n {
		w := s.m.VocabularyWord(id)
		def, bare := s.m.ArticleForms(id)
		in := wordInfo{self: cls.vocab[id], mid: int32(id) + 1}
		if def >= 0 {
			in.withAl = cls.vocab[def]
		}
		if bare >= 0 {
			in.afterAl = cls.vocab[bare]
		}
		if stripArticle(w) == w {
			in.strip = in.self
		} else {
			in.strip = in.afterAl
		}
		s.infos[id] = in
	}
	s.vocab = <-vocabc
	// put indexes w from lookups, which also see the class words outside
	// the matcher's vocabulary: a matcher word's forms may be such words.
	put := func(w string) {
		if id := s.vocab.ID(w); id >= 0 && int(id) < n {
			in := cls.info(id, w)
			in.mid = id + 1
			s.infos[id] = in
			return
		}
		if in := cls.info(-1, w); in != (wordInfo{}) {
			if id := s.vocab.Add(w); int(id) == len(s.infos) {
				s.infos = append(s.infos, in)
			}
		}
	}
	for w, c := range cls.other {
		if c == 0 {
			continue
		}
		put(w)
		put("ال" + w)
		if rest, ok := strings.CutPrefix(w, "ال"); ok {
			put(rest)
		}
	}
	// ال+x is written into one buffer, so those strings are one
	// allocation.
	grow := 0
	for id, c := range cls.vocab {
		if def, _ := s.m.ArticleForms(id); c != 0 && def < 0 {
			grow += len("ال") + len(s.m.VocabularyWord(id))
		}
	}
	var buf strings.Builder
	buf.Grow(grow)
	for id, c := range cls.vocab {
		if c == 0 {
			continue
		}
		// The forms ال+w and w without ال that the matcher does not know.
		w := s.m.VocabularyWord(id)
		def, bare := s.m.ArticleForms(id)
		if def < 0 {
			a := buf.Len()
			buf.WriteString("ال")
			buf.WriteString(w)
			put(buf.String()[a:])
		}
		if rest, ok := strings.CutPrefix(w, "ال"); ok && bare < 0 {
			put(rest)
		}
	}
	return s
}

// info returns the classes of word w and of its forms.
func (s *Stage) info(w string) wordInfo { return s.infoAt(s.vocab.ID(w)) }

// infoAt returns the classes of the word whose vocabulary id is id (-1:
// none, whose classes are none).
func (s *Stage) infoAt(id int32) wordInfo {
	if id < 0 {
		return wordInfo{}
	}
	return s.infos[id]
}

// is reports that word w belongs to one of the classes c.
func (s *Stage) is(w string, c wordClass) bool { return s.info(w).self&c != 0 }

// Vocabulary returns the stage's vocabulary, whose known words are the
// gazetteer's lexicon (see gazetteer.Gazetteer.Lexicon). The matcher's
// words come first, with their matcher ids, so the matcher walks from a
// token's id as it is; the forms of class words the matcher does not know
// follow them. Documents tokenised with it as the lexicon spare the stage
// a look-up of every stem.
func (s *Stage) Vocabulary() *token.Vocabulary { return s.vocab }

// Name implements analysis.Stage.
func (s *Stage) Name() string { return "entities" }

// runPool recycles the per-document state (its slices and maps) across
// documents: the stage would otherwise allocate them afresh for every
// document, which cost more than the work done in them.
var runPool = sync.Pool{New: func() any { return &run{} }}

// Process implements analysis.Stage: it fills a.Doc.Entities and
// a.Mentions.
func (s *Stage) Process(a *analysis.Analysis) {
	r := runPool.Get().(*run)
	r.reset(s, a)
	r.recognize()
	r.link()
	r.write()
	r.release()
	runPool.Put(r)
}

func stripArticle(w string) string {
	if strings.HasPrefix(w, "ال") && len(w) > len("ال")+2 {
		return w[len("ال"):]
	}
	return w
}

// reading is one way the rules read a word token: the whole word, or the
// stem of a proclitic reading without suffix (لجنة from واللجنة, للجنة),
// with the classes of the word and its forms.
type reading struct {
	w, prefix string
	article   bool
	wordInfo
}

// eff is the classes of the word as the rules name it: with the article
// when the reading found one ("ال"+w), else w.
func (rd *reading) eff() wordClass {
	if rd.article {
		return rd.withAl
	}
	return rd.self
}

// effStrip is the classes of stripArticle of the word eff names.
func (rd *reading) effStrip() wordClass {
	if rd.article {
		// stripArticle("ال"+w) is w unless w is too short.
		if len(rd.w) > 2 {
			return rd.self
		}
		return rd.withAl
	}
	return rd.strip
}

// effAfterAl is the classes of the word eff names without its leading
// ال, 0 when it has none.
func (rd *reading) effAfterAl() wordClass {
	if rd.article {
		return rd.self
	}
	return rd.afterAl
}

// readings returns the readings of token k, computed once per document
// and token: the whole word, then the stem of each proclitic reading
// without suffix. Tokens other than words have none.
func (r *run) readings(k int) []reading {
	// The rules ask for the readings of a token about ten times: the
	// answer at hand is small enough to inline.
	if rd := r.rdOf[k]; rd != nil {
		return rd
	}
	return r.findReadings(k)
}

// findReadings is readings for a token not yet read.
func (r *run) findReadings(k int) []reading {
	t := &r.toks[k]
	if t.Kind != token.Word {
		return nil
	}
	from := len(r.rdBuf)
	// The ids the tokenizer recorded, when it read the stage's own
	// vocabulary; else a look-up each.
	ids := r.a.Tokens.Vocabulary == r.s.vocab
	id := t.Analyses[0].ID
	if !ids {
		id = r.s.vocab.ID(t.Text)
	}
	r.rdBuf = append(r.rdBuf, reading{w: t.Text, wordInfo: r.s.infoAt(id)})
	for a := 1; a < len(t.Analyses); a++ {
		an := &t.Analyses[a]
		if an.Suffix != "" || an.Prefix == "" {
			continue
		}
		id := an.ID
		if !ids {
			id = r.s.vocab.ID(an.Stem)
		}
		r.rdBuf = append(r.rdBuf, reading{w: an.Stem, prefix: an.Prefix, article: an.Article, wordInfo: r.s.infoAt(id)})
	}
	// Capped: the slice stays valid and unchanged when rdBuf grows.
	rd := r.rdBuf[from:len(r.rdBuf):len(r.rdBuf)]
	r.rdOf[k] = rd
	return rd
}

// stems reports whether f holds for one of the readings of word token k
// (the whole word first).
func (r *run) stems(k int, f func(rd *reading) bool) bool {
	rds := r.readings(k)
	for i := range rds {
		if f(&rds[i]) {
			return true
		}
	}
	return false
}

// tc returns the classes of token k's text as a whole (0 out of range).
func (r *run) tc(k int) wordInfo {
	if k < 0 || k >= len(r.toks) {
		return r.s.info("")
	}
	if r.toks[k].Kind == token.Word {
		return r.readings(k)[0].wordInfo
	}
	return r.s.info(r.toks[k].Text)
}

func (s *Stage) entryKey(i int) string { return s.keys[i] }
