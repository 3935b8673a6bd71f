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
	"sync"

	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/gazetteer"
)

// Stage is the English extraction stage. Build it once with New; it is
// safe for concurrent use.
type Stage struct {
	g *gazetteer.Gazetteer

	// The lexicons and the index of English names are built on the first
	// English document, not at start-up: most runs read Arabic only, and
	// a short run should not pay for what it never uses.
	once sync.Once
	err  error
	lx   *lexicons
	gaz  *phraseTrie[[]int32] // English names and aliases → entry indices
}

// New returns the English stage over gazetteer g (its English names and
// Latin aliases give entities their kb_ids). Nothing is loaded until the
// first English document.
func New(g *gazetteer.Gazetteer) *Stage { return &Stage{g: g} }

// init loads the embedded lexicons and indexes the gazetteer's English
// names, once.
func (s *Stage) init() {
	s.lx, s.err = loadLexicons()
	if s.err != nil {
		s.err = fmt.Errorf("english: %w", s.err)
		return
	}
	s.gaz = newTrie[[]int32]()
	if s.g != nil {
		s.indexGazetteer()
	}
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
	s.once.Do(s.init)
	if s.err != nil {
		// The lexicons are embedded, so this is a broken build, not bad
		// input: say so on the document rather than stop the batch.
		a.Doc.Warnings = append(a.Doc.Warnings, doc.Warning{Code: "internal", Message: s.err.Error()})
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
