// Package doc is the newsx document model: what `newsx extract` promises its
// users (output contract, version 1). Every stage and writer imports it; it
// imports none of them.
package doc

// SchemaVersion is the version of the output contract this package models.
const SchemaVersion = "1"

// Entity types.
const (
	Person       = "PERSON"
	Organization = "ORGANIZATION"
	Location     = "LOCATION"
)

// Mention kinds.
const (
	KindName      = "name"
	KindNominal   = "nominal"
	KindAdjective = "adjective"
	KindPronoun   = "pronoun"
)

// Date (TIMEX3) types.
const (
	Date     = "DATE"
	Time     = "TIME"
	Duration = "DURATION"
	Set      = "SET"
)

// Event modalities.
const (
	Asserted = "asserted"
	Negated  = "negated"
	Planned  = "planned"
	Reported = "reported"
)

// Document is the structured result for one input text.
type Document struct {
	SchemaVersion string    `json:"schema_version"`
	ID            string    `json:"id"`
	Source        string    `json:"source"`
	Language      string    `json:"language"`
	ReferenceDate *string   `json:"reference_date"`
	Entities      []Entity  `json:"entities"`
	Dates         []Timex   `json:"dates"`
	Events        []Event   `json:"events"`
	Warnings      []Warning `json:"warnings"`
}

// New returns an empty document with every list non-nil, so that writers
// print [] rather than null.
func New(id, source string) *Document {
	return &Document{SchemaVersion: SchemaVersion, ID: id, Source: source, Language: "und",
		Entities: []Entity{}, Dates: []Timex{}, Events: []Event{}, Warnings: []Warning{}}
}

// Entity is a person, organisation or place with all its mentions.
type Entity struct {
	ID         string            `json:"id"`
	Type       string            `json:"type"`
	Subtype    string            `json:"subtype"`
	Name       string            `json:"name"`
	NameEn     string            `json:"name_en"`
	KBID       string            `json:"kb_id"`
	Attributes map[string]string `json:"attributes,omitempty"`
	Mentions   []Mention         `json:"mentions"`
}

// Mention is one place where an entity is referred to.
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
}

// Timex is a temporal expression with its normalised value.
type Timex struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	// Value is ISO 8601 in the TIMEX3 style (2025-10-23, 2025-W43, P3D,
	// 2025-10-23/2025-10-24, XXXX-10-23).
	Value string `json:"value"`
	// Attributes carries extra facts (hijri, anchor, mod, quant, freq).
	Attributes map[string]string `json:"attributes,omitempty"`
}

// Event is something that happened (or is planned, denied, reported), with
// its trigger word and arguments.
type Event struct {
	ID        string     `json:"id"`
	Type      string     `json:"type"`
	Plover    string     `json:"plover"`
	Cameo     string     `json:"cameo"`
	Trigger   Span       `json:"trigger"`
	Sentence  Range      `json:"sentence"`
	Modality  string     `json:"modality"`
	Arguments []Argument `json:"arguments"`
}

// Span is a piece of original text with its offsets.
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Range is a pair of original offsets.
type Range struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Argument is an event participant, place or time: a pointer to an entity
// or date, or a piece of text that is no known entity.
type Argument struct {
	Role   string `json:"role"`
	Entity string `json:"entity,omitempty"`
	Date   string `json:"date,omitempty"`
	Text   string `json:"text,omitempty"`
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
}

// Warning is something the reader of a document should know: a repaired
// encoding, an unrecognised language.
type Warning struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// ErrorRecord replaces a document for an input that could not be processed.
type ErrorRecord struct {
	ID     string    `json:"id"`
	Source string    `json:"source"`
	Error  ErrorBody `json:"error"`
}

// ErrorBody names what went wrong.
type ErrorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Error codes of ErrorRecord.
const (
	ErrBinary     = "binary"
	ErrTooLarge   = "too_large"
	ErrUnreadable = "unreadable"
	ErrMalformed  = "malformed"
	ErrInternal   = "internal"
)
