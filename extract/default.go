package extract

import (
	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/english"
	"github.com/newsx/newsx/extract/entities"
	"github.com/newsx/newsx/extract/events"
	"github.com/newsx/newsx/extract/timex"
	"github.com/newsx/newsx/gazetteer"
)

// Config selects what the default pipeline loads.
type Config struct {
	// Gazetteers are user gazetteer files that add to or override the
	// embedded ones.
	Gazetteers []string
	// Lang forces the document language (ar, en); empty detects it.
	Lang string
}

// Default builds the standard newsx pipeline: normalisation, tokenisation
// and every extraction stage, with the embedded gazetteers plus cfg's.
func Default(cfg Config) (*Pipeline, error) {
	var opts []Option
	// The event stage's lexicons do not depend on the gazetteer: build
	// them on another core while the gazetteer loads (start-up is most of
	// a short run).
	ev := make(chan analysis.Stage, 1)
	go func() { ev <- events.New() }()
	gz, err := gazetteer.Default()
	if err == nil {
		gz, err = gz.WithFiles(cfg.Gazetteers...)
	}
	if err != nil {
		return nil, err
	}
	// The entity stage's vocabulary is the gazetteer's lexicon with ids:
	// the tokenizer looks each stem up once, for both.
	ent := entities.New(gz)
	opts = append(opts, WithLexicon(ent.Vocabulary()), WithStages(ent))
	if cfg.Lang != "" {
		opts = append(opts, WithLanguage(cfg.Lang))
	}
	opts = append(opts, WithStages(timex.New()))
	opts = append(opts, WithStages(<-ev)) // last: reads entities and dates
	// English documents: the Arabic stages skip them (see runsOn).
	opts = append(opts, WithStages(english.New(gz)))
	return New(opts...), nil
}
