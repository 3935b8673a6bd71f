package write

import (
	"slices"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/doc"
)

// marshalDocument returns d's JSON in a slice of its exact length, encoded
// in a pooled buffer.
func marshalDocument(d *doc.Document) []byte {
	bp := bufPool.Get().(*[]byte)
	b := appendDocument((*bp)[:0], d)
	out := make([]byte, len(b))
	copy(out, b)
	if cap(b) <= 1<<20 {
		*bp = b
		bufPool.Put(bp)
	}
	return out
}

var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

// appendDocument appends d as compact JSON, byte for byte what
// encoding/json's Encoder with SetEscapeHTML(false) writes (without its
// final newline), without reflection: writing JSON was a tenth of the
// pipeline's time, most of it spent walking the types. encode_test.go
// holds the two to the same output.
func appendDocument(b []byte, d *doc.Document) []byte {
	b = append(b, `{"schema_version":`...)
	b = appendString(b, d.SchemaVersion)
	b = append(b, `,"id":`...)
	b = appendString(b, d.ID)
	b = append(b, `,"source":`...)
	b = appendString(b, d.Source)
	b = append(b, `,"language":`...)
	b = appendString(b, d.Language)
	b = append(b, `,"reference_date":`...)
	if d.ReferenceDate == nil {
		b = append(b, "null"...)
	} else {
		b = appendString(b, *d.ReferenceDate)
	}
	b = append(b, `,"entities":`...)
	b = appendList(b, d.Entities, appendEntity)
	b = append(b, `,"dates":`...)
	b = appendList(b, d.Dates, appendTimex)
	b = append(b, `,"events":`...)
	b = appendList(b, d.Events, appendEvent)
	b = append(b, `,"warnings":`...)
	b = appendList(b, d.Warnings, appendWarning)
	return append(b, '}')
}

// appendList appends a JSON array of xs (null for a nil slice).
func appendList[T any](b []byte, xs []T, f func([]byte, *T) []byte) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = f(b, &xs[i])
	}
	return append(b, ']')
}

func appendEntity(b []byte, e *doc.Entity) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, e.ID)
	b = append(b, `,"type":`...)
	b = appendString(b, e.Type)
	b = append(b, `,"subtype":`...)
	b = appendString(b, e.Subtype)
	b = append(b, `,"name":`...)
	b = appendString(b, e.Name)
	b = append(b, `,"name_en":`...)
	b = appendString(b, e.NameEn)
	b = append(b, `,"kb_id":`...)
	b = appendString(b, e.KBID)
	if len(e.Attributes) > 0 {
		b = append(b, `,"attributes":`...)
		b = appendAttributes(b, e.Attributes)
	}
	b = append(b, `,"mentions":`...)
	b = appendList(b, e.Mentions, appendMention)
	return append(b, '}')
}

func appendMention(b []byte, m *doc.Mention) []byte {
	b = append(b, `{"text":`...)
	b = appendString(b, m.Text)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(m.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(m.End), 10)
	b = append(b, `,"kind":`...)
	b = appendString(b, m.Kind)
	return append(b, '}')
}

func appendTimex(b []byte, t *doc.Timex) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, t.ID)
	b = append(b, `,"text":`...)
	b = appendString(b, t.Text)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(t.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(t.End), 10)
	b = append(b, `,"type":`...)
	b = appendString(b, t.Type)
	b = append(b, `,"value":`...)
	b = appendString(b, t.Value)
	if len(t.Attributes) > 0 {
		b = append(b, `,"attributes":`...)
		b = appendAttributes(b, t.Attributes)
	}
	return append(b, '}')
}

func appendEvent(b []byte, e *doc.Event) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, e.ID)
	b = append(b, `,"type":`...)
	b = appendString(b, e.Type)
	b = append(b, `,"plover":`...)
	b = appendString(b, e.Plover)
	b = append(b, `,"cameo":`...)
	b = appendString(b, e.Cameo)
	b = append(b, `,"trigger":{"text":`...)
	b = appendString(b, e.Trigger.Text)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(e.Trigger.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(e.Trigger.End), 10)
	b = append(b, `},"sentence":{"start":`...)
	b = strconv.AppendInt(b, int64(e.Sentence.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(e.Sentence.End), 10)
	b = append(b, `},"modality":`...)
	b = appendString(b, e.Modality)
	b = append(b, `,"arguments":`...)
	b = appendList(b, e.Arguments, appendArgument)
	return append(b, '}')
}

func appendArgument(b []byte, a *doc.Argument) []byte {
	b = append(b, `{"role":`...)
	b = appendString(b, a.Role)
	if a.Entity != "" {
		b = append(b, `,"entity":`...)
		b = appendString(b, a.Entity)
	}
	if a.Date != "" {
		b = append(b, `,"date":`...)
		b = appendString(b, a.Date)
	}
	if a.Text != "" {
		b = append(b, `,"text":`...)
		b = appendString(b, a.Text)
	}
	if a.Start != nil {
		b = append(b, `,"start":`...)
		b = strconv.AppendInt(b, int64(*a.Start), 10)
	}
	if a.End != nil {
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(*a.End), 10)
	}
	return append(b, '}')
}

func appendWarning(b []byte, w *doc.Warning) []byte {
	b = append(b, `{"code":`...)
	b = appendString(b, w.Code)
	b = append(b, `,"message":`...)
	b = appendString(b, w.Message)
	return append(b, '}')
}

// appendAttributes appends a non-empty map as a JSON object, keys sorted
// as encoding/json sorts them.
func appendAttributes(b []byte, m map[string]string) []byte {
	var arr [8]string
	keys := arr[:0]
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, k)
		b = append(b, ':')
		b = appendString(b, m[k])
	}
	return append(b, '}')
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string the way encoding/json does with
// HTML escaping off: " \ and control characters escaped (\b \f \n \r \t
// by name, the others as \u00XX), invalid UTF-8 bytes as \ufffd, U+2028
// and U+2029 as \u2028 and \u2029, everything else as it is.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		// Two-byte sequences (Arabic) are valid and never U+2028/9:
		// skip them without decoding.
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
