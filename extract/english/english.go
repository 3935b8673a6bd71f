// Package english is the newsx stage for English articles: it fills the
// same document contract as the Arabic stages (entities with the same
// gazetteer kb_ids, TIMEX3 dates, events with the same types and codes)
// from prose v2's tokeniser, sentence segmenter, part-of-speech tagger and
// named-entity tagger, combined with the gazetteer's English names and
// aliases, English title and role rules, mention linking, an English
// temporal tagger and English event triggers.
//
// The prose model is loaded once per process and shared by every document
// and worker (see prose.go). The stage does nothing unless the document's
// language is en.
package english

import (
	"fmt"

	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/gazetteer"
)

// Stage is the English extraction stage. Build it once with New; it is
// safe for concurrent use.
type Stage struct {
	g   *gazetteer.Gazetteer
	lx  *lexicons
	gaz *phraseTrie[[]int32] // English names and aliases → entry indices
}

// New returns the English stage over gazetteer g (its English names and
// Latin aliases give entities their kb_ids). It fails only if the
// package's embedded lexicons are malformed.
func New(g *gazetteer.Gazetteer) (*Stage, error) {
	lx, err := loadLexicons()
	if err != nil {
		return nil, fmt.Errorf("english: %w", err)
	}
	s := &Stage{g: g, lx: lx, gaz: newTrie[[]int32]()}
	if g != nil {
		s.indexGazetteer()
	}
	return s, nil
}

// Name implements analysis.Stage.
func (*Stage) Name() string { return "english" }

// Languages implements analysis.LanguageStage: the stage runs on English
// documents only.
func (*Stage) Languages() []string { return []string{"en"} }

// Process implements analysis.Stage: for an English document it fills
// a.Doc.Entities, a.Doc.Dates and a.Doc.Events; for any other it does
// nothing. It works on prose's tokens of the matching form, not on
// a.Tokens, so it leaves a.Mentions and a.Timexes (token ranges of the
// Arabic tokeniser) empty; every offset it writes is mapped through
// a.Text.Map to the original text.
func (s *Stage) Process(a *analysis.Analysis) {
	if a.Lang != "en" || a.Text == nil {
		return
	}
	t := analyse(a.Text.Form)
	d := &docState{s: s, a: a, t: t, owner: make([]int, len(t.toks)),
		kind: make([]string, len(t.toks))}
	for i := range d.owner {
		d.owner[i] = -1
	}
	d.entities()
	d.dates()
	d.events()
	d.emit()
}
