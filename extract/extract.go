// Package extract composes the newsx pipeline: normalise → tokenise →
// stages (entities, dates, events) → document. It is the library entry
// point: callers build a Pipeline once and call Extract for each text.
package extract

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/token"
	"github.com/newsx/newsx/normalize"
)

// Input is one text to process.
type Input struct {
	// ID identifies the document (JSON Lines record id, else the path).
	ID string
	// Source is the path, or - for standard input.
	Source string
	// Text is the article text (valid UTF-8).
	Text string
	// Ref anchors relative dates; nil when unknown.
	Ref *analysis.Reference
	// Warnings collected while reading the input (repaired encoding).
	Warnings []doc.Warning
}

// Pipeline turns texts into documents. It is safe for concurrent use: all
// per-document state lives in the Analysis each call creates.
type Pipeline struct {
	norm   normalize.Options
	tok    token.Tokenizer
	stages []analysis.Stage
	lang   string
}

// Option configures a Pipeline.
type Option func(*Pipeline)

// WithNormalize sets the normalisation rules (default: all on).
func WithNormalize(o normalize.Options) Option { return func(p *Pipeline) { p.norm = o } }

// WithLexicon protects the lexicon's words from clitic splitting.
func WithLexicon(l token.Lexicon) Option { return func(p *Pipeline) { p.tok.Lexicon = l } }

// WithStages appends stages, run in the order given.
func WithStages(s ...analysis.Stage) Option {
	return func(p *Pipeline) { p.stages = append(p.stages, s...) }
}

// WithLanguage forces the document language instead of detecting it.
func WithLanguage(code string) Option { return func(p *Pipeline) { p.lang = code } }

// New builds a pipeline from options.
func New(opts ...Option) *Pipeline {
	p := &Pipeline{norm: normalize.Default()}
	for _, o := range opts {
		o(p)
	}
	return p
}

// Tokenizer returns the pipeline's tokenizer (with its lexicon).
func (p *Pipeline) Tokenizer() *token.Tokenizer { return &p.tok }

// Stages returns the pipeline's stages in order.
func (p *Pipeline) Stages() []analysis.Stage { return p.stages }

// Analyze runs the pipeline on in and returns the full analysis (tokens,
// offset map and the document). A caller that processes many documents
// and is done with one's tokens can hand their memory back with
// a.Tokens.Release() (see token.Tokens.Release); the document stays valid.
func (p *Pipeline) Analyze(in Input) *analysis.Analysis {
	d := doc.New(in.ID, in.Source)
	d.Warnings = append(d.Warnings, in.Warnings...)
	if in.Ref != nil {
		s := FormatReference(in.Ref)
		d.ReferenceDate = &s
	}
	a := &analysis.Analysis{Ref: in.Ref, Doc: d}
	a.Text = p.norm.Normalize(in.Text)
	a.Tokens = p.tok.Tokenize(a.Text.Form)
	a.Lang = p.lang
	if a.Lang == "" {
		a.Lang = DetectLanguage(in.Text)
		if a.Lang == "und" && strings.TrimSpace(in.Text) != "" {
			d.Warnings = append(d.Warnings, doc.Warning{Code: "language",
				Message: "language not recognised: neither Arabic nor English script dominates"})
		}
	}
	d.Language = a.Lang
	for _, s := range p.stages {
		if runsOn(s, a.Lang) {
			s.Process(a)
		}
	}
	return a
}

// runsOn reports whether stage s applies to a document in lang (see
// analysis.LanguageStage).
func runsOn(s analysis.Stage, lang string) bool {
	if ls, ok := s.(analysis.LanguageStage); ok {
		return slices.Contains(ls.Languages(), lang)
	}
	return lang != "en"
}

// Extract runs the pipeline on in and returns its document. The document
// holds nothing of the tokens, so their memory goes back for reuse at once.
func (p *Pipeline) Extract(in Input) *doc.Document {
	a := p.Analyze(in)
	a.Tokens.Release()
	return a.Doc
}

// ParseReference parses a reference date: a date (2025-10-26) or an RFC
// 3339 date-time (2025-10-26T09:00:00+03:00).
func ParseReference(s string) (*analysis.Reference, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return &analysis.Reference{Time: t}, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return &analysis.Reference{Time: t, HasClock: true}, nil
		}
	}
	return nil, fmt.Errorf("reference date %q: want YYYY-MM-DD or an RFC 3339 date-time", s)
}

// FormatReference renders a reference the way it was given: a date, or an
// RFC 3339 date-time when it has a clock.
func FormatReference(r *analysis.Reference) string {
	if r.HasClock {
		return r.Time.Format(time.RFC3339)
	}
	return r.Time.Format("2006-01-02")
}
