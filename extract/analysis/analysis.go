// Package analysis holds the working state one document passes through on
// its way down the pipeline: the matching form and its offset map, the
// tokens, the reference date, and the layers each stage adds. Stages read
// what earlier stages produced and add their own layer; none re-reads raw
// text or re-normalises.
package analysis

import (
	"time"

	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/token"
	"github.com/newsx/newsx/normalize"
)

// Stage is one step of the pipeline after tokenisation.
type Stage interface {
	// Name is a short lower-case name used in benchmarks and errors.
	Name() string
	// Process adds the stage's layer to a.
	Process(a *Analysis)
}

// LanguageStage is a Stage that applies only to documents in some
// languages. The pipeline skips it for any other document. A Stage that
// does not implement it is an Arabic stage: it runs on every document but
// an English one.
type LanguageStage interface {
	Stage
	// Languages lists the language codes (ar, en, und) the stage runs on.
	Languages() []string
}

// Reference is the anchor for relative temporal expressions.
type Reference struct {
	// Time is the reference instant (midnight when only a date was given).
	Time time.Time
	// HasClock reports that a time of day was given, so expressions such
	// as منذ 3 ساعات can resolve to a time rather than a day.
	HasClock bool
}

// Analysis is the state of one document in the pipeline.
type Analysis struct {
	// Text is the original text with its matching form and offset map.
	Text *normalize.Text
	// Tokens are the tokens and sentences of the matching form.
	Tokens *token.Tokens
	// Ref is the reference date, nil when none was given.
	Ref *Reference
	// Lang is the document's language code (ar, en, und).
	Lang string
	// Doc is the output document the stages fill.
	Doc *doc.Document

	// Mentions records, for each entity mention the entity stage found,
	// its token range, so later stages (events) can reason over tokens.
	Mentions []MentionRef

	// Timexes records each date's token range (same order as Doc.Dates).
	Timexes []TokenRange

	// origBytes[i] is the byte offset of original code point i; built
	// lazily by Original.
	origBytes []int32
}

// TokenRange is a half-open range of token indices.
type TokenRange struct{ First, Last int }

// MentionRef ties an entity mention to its tokens.
type MentionRef struct {
	// Entity is the index into Doc.Entities.
	Entity int
	// Mention is the index into that entity's Mentions.
	Mention int
	TokenRange
}

// Original returns the original text between code point offsets start and
// end (end exclusive).
func (a *Analysis) Original(start, end int) string {
	if a.origBytes == nil {
		s := a.Text.Original
		a.origBytes = make([]int32, 0, a.Text.Map.OriginalLen()+1)
		for i := range s {
			a.origBytes = append(a.origBytes, int32(i))
		}
		a.origBytes = append(a.origBytes, int32(len(s)))
	}
	n := len(a.origBytes) - 1
	if start < 0 {
		start = 0
	}
	if end > n {
		end = n
	}
	if start >= end {
		return ""
	}
	return a.Text.Original[a.origBytes[start]:a.origBytes[end]]
}

// SpanOf maps the matching-form span of tokens [first, last) to original
// offsets and text.
func (a *Analysis) SpanOf(first, last int) doc.Span {
	if first >= last || last > len(a.Tokens.List) {
		return doc.Span{}
	}
	s, e := a.Text.Map.Span(a.Tokens.List[first].Start, a.Tokens.List[last-1].End)
	return doc.Span{Text: a.Original(s, e), Start: s, End: e}
}

// FormSpan maps a matching-form code point span to original offsets and
// text.
func (a *Analysis) FormSpan(start, end int) doc.Span {
	s, e := a.Text.Map.Span(start, end)
	return doc.Span{Text: a.Original(s, e), Start: s, End: e}
}

// SentenceRange returns the original offsets of sentence i.
func (a *Analysis) SentenceRange(i int) doc.Range {
	if i < 0 || i >= len(a.Tokens.Sentences) {
		return doc.Range{}
	}
	st := a.Tokens.Sentences[i]
	s, e := a.Text.Map.Span(st.Start, st.End)
	return doc.Range{Start: s, End: e}
}
