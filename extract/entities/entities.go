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

	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/token"
	"github.com/newsx/newsx/gazetteer"
)

// Stage recognises and links entities. Build it once with New; it is safe
// for concurrent use.
type Stage struct {
	g *gazetteer.Gazetteer
	m *gazetteer.Matcher

	orgHead, placeHead, speech, stop, particle map[string]bool
	ordinal, chainStop, sport, properHead      map[string]bool
	month                                      map[string]bool
	monthCtx, brandCtx, commonWord             map[string]bool
	// generic, epithet, direction and nameStop are the generic_head,
	// place_epithet, direction and name_stop classes.
	generic, epithet, direction, descriptor, nameStop, clubPrefix, orgDescriptor map[string]bool
	// nameWords are the matching forms of given and family names.
	nameWords map[string]bool
	// keys are the matching forms of the entries' canonical names.
	keys []string
	// common holds words of organisation names and titles: ordinary nouns
	// and adjectives that never start or continue a person's name.
	common map[string]bool
}

// New returns the entity stage for gazetteer g.
func New(g *gazetteer.Gazetteer) *Stage {
	s := &Stage{g: g, m: g.Matcher(),
		orgHead: g.Class("org_head"), placeHead: g.Class("place_head"), speech: g.Class("speech"),
		stop: g.Class("stop"), particle: g.Class("person_particle"), ordinal: g.Class("regnal"), chainStop: g.Class("chain_stop"), sport: g.Class("sport_context"), properHead: g.Class("proper_head"), month: g.Class("month"),
		monthCtx: g.Class("month_context"), brandCtx: g.Class("brand_context"), commonWord: g.Class("common_word"),
		generic: g.Class("generic_head"), epithet: g.Class("place_epithet"), direction: g.Class("direction"), descriptor: g.Class("place_descriptor"), nameStop: g.Class("name_stop"), clubPrefix: g.Class("club_prefix"), orgDescriptor: g.Class("org_descriptor"),
		common: map[string]bool{}}
	names := map[string]bool{}
	for _, n := range g.Names {
		for _, w := range strings.Fields(normalizeKey(n.Name)) {
			names[w] = true
		}
	}
	s.nameWords = names

	addCommon := func(phrase string) {
		for _, w := range strings.Fields(normalizeKey(phrase)) {
			w = stripArticle(w)
			if !names[w] && !names["ال"+w] && len([]rune(w)) > 2 {
				s.common[w] = true
			}
		}
	}
	for _, e := range g.Entries {
		if e.Type == gazetteer.Organization {
			addCommon(e.Name)
		}
	}
	for _, t := range g.Titles {
		addCommon(t.Phrase)
	}
	for w := range s.orgHead {
		s.common[stripArticle(w)] = true
	}
	for w := range s.placeHead {
		s.common[stripArticle(w)] = true
	}
	s.keys = make([]string, len(g.Entries))
	for i, e := range g.Entries {
		s.keys[i] = normalizeKey(e.Name)
	}
	// Place names are not common words, whatever organisation they name.
	for _, e := range g.Entries {
		if e.Type == gazetteer.Location {
			for _, w := range strings.Fields(normalizeKey(e.Name)) {
				delete(s.common, stripArticle(w))
			}
		}
	}
	return s
}

// Name implements analysis.Stage.
func (s *Stage) Name() string { return "entities" }

// Process implements analysis.Stage: it fills a.Doc.Entities and
// a.Mentions.
func (s *Stage) Process(a *analysis.Analysis) {
	r := &run{s: s, a: a, toks: a.Tokens.List, named: map[int]bool{}, spans: make([]span, 0, len(a.Tokens.List)/8+4)}
	r.recognize()
	r.link()
	r.write()
}

func stripArticle(w string) string {
	if strings.HasPrefix(w, "ال") && len(w) > len("ال")+2 {
		return w[len("ال"):]
	}
	return w
}

// stems returns the readings of a word token the rules look words up by:
// the whole word, then the stem of each proclitic reading (لجنة from
// واللجنة, للجنة) without suffix.
func stems(t *token.Token, f func(w string, prefix string, article bool) bool) bool {
	if t.Kind != token.Word {
		return false
	}
	if f(t.Text, "", false) {
		return true
	}
	for k := 1; k < len(t.Analyses); k++ {
		an := &t.Analyses[k]
		if an.Suffix != "" || an.Prefix == "" {
			continue
		}
		if f(an.Stem, an.Prefix, an.Article) {
			return true
		}
	}
	return false
}

func (s *Stage) entryKey(i int) string { return s.keys[i] }
