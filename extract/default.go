package extract

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
	if cfg.Lang != "" {
		opts = append(opts, WithLanguage(cfg.Lang))
	}
	return New(opts...), nil
}
