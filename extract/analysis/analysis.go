// Package analysis holds the working state one document passes through on
// its way down the pipeline: the matching form and its offset map, the
// tokens, the reference date, and the layers each stage adds. Stages read
// what earlier stages produced and add their own layer; none re-reads raw
// text or re-normalises.
package analysis

import (
	"math/bits"
	"time"
	"unicode/utf8"

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

	// orig finds the byte offsets of original code points for Original.
	orig origIndex
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
	s := a.Text.Original
	if start < 0 {
		start = 0
	}
	if start >= end {
		return ""
	}
	x := &a.orig
	if x.marks == nil || x.text != a.Text || len(x.s) != len(s) {
		x.text = a.Text
		x.reset(s)
	}
	b := x.byteOf(start)
	if b == len(s) {
		return ""
	}
	return s[b:x.byteOf(end)]
}

// origStride is the distance in code points between two marks of an
// origIndex: a look-up decodes at most this many code points.
const (
	origShift  = 4
	origStride = 1 << origShift
)

// origIndex maps code point offsets of one text to byte offsets. An
// offset per code point, built for every document, cost more than all
// the look-ups it served (and four bytes a code point of garbage); a mark
// every origStride code points is built in one quick pass, and a look-up
// decodes from the mark before it.
type origIndex struct {
	// text is the Text whose Original s is.
	text *normalize.Text
	s    string
	// marks[k] is the byte offset of code point k*origStride; the last
	// mark is followed by fewer than origStride code points.
	marks []int32
	// n is the number of code points of s.
	n int
	// valid reports that s is valid UTF-8, so that its code points are
	// the bytes that start one (any but 10xxxxxx) and a look-up can count
	// them eight bytes at a time.
	valid bool
}

func (x *origIndex) reset(s string) {
	// A new array: a copy of the Analysis may share the old one.
	marks := make([]int32, 0, len(s)/origStride+1)
	b, cp := 0, 0
	valid := true
	for b < len(s) {
		// Eight bytes at a time while they are ASCII and two-byte
		// sequences (Arabic letters); a sequence may straddle two
		// chunks, its lead ending one (carry) and its continuation
		// starting the next.
		var carry uint64
		for b+8 <= len(s) {
			v := le64(s[b:])
			st := uint64(hiBits)
			if v&hiBits != 0 || carry != 0 {
				cont := v &^ (v << 1) & hiBits            // 10xxxxxx
				lead := v & (v << 1) &^ (v << 2) & hiBits // 110xxxxx
				// No longer sequence or invalid byte (111xxxxx), no
				// C0 or C1 lead (overlong), each lead followed by a
				// continuation and each continuation led.
				if v&(v<<1)&(v<<2)&hiBits != 0 || lead&^((v&leadBits)+lowBits) != 0 || cont != lead<<8|carry {
					break
				}
				st = hiBits &^ cont
				carry = lead >> 56
			}
			k := bits.OnesCount64(st)
			// The distance to the next mark, 0 when cp is one.
			if off := -cp & (origStride - 1); off < k {
				marks = append(marks, int32(b+nthStart(st, off)))
			}
			b += 8
			cp += k
		}
		if carry != 0 {
			// Back to the lead that ended the last chunk, which was
			// counted (and maybe marked) as a code point: the long
			// way decodes it.
			b--
			cp--
			if cp&(origStride-1) == 0 {
				marks = marks[:len(marks)-1]
			}
		}
		if b >= len(s) {
			break
		}
		// One code point the long way.
		if cp&(origStride-1) == 0 {
			marks = append(marks, int32(b))
		}
		r, w := utf8.DecodeRuneInString(s[b:])
		if r == utf8.RuneError && w == 1 {
			valid = false
		}
		b += w
		cp++
	}
	if cp&(origStride-1) == 0 {
		marks = append(marks, int32(len(s)))
	}
	x.s, x.marks, x.n, x.valid = s, marks, cp, valid
}

// byteOf returns the byte offset of code point c (c >= 0), counting code
// points as a range loop over the string does (an invalid byte is one),
// or len(s) when the text has no more than c code points.
func (x *origIndex) byteOf(c int) int {
	s := x.s
	if c >= x.n {
		return len(s)
	}
	b := int(x.marks[c>>origShift])
	need := c & (origStride - 1)
	if need == 0 {
		return b
	}
	if x.valid {
		// The need-th start byte (from 0) at or after b, which starts
		// code point c.
		for ; b+8 <= len(s); b += 8 {
			st := startBits(le64(s[b:]))
			k := bits.OnesCount64(st)
			if need < k {
				return b + nthStart(st, need)
			}
			need -= k
		}
		for ; b < len(s); b++ {
			if s[b]&0xC0 != 0x80 {
				if need == 0 {
					return b
				}
				need--
			}
		}
		return len(s)
	}
	for need > 0 {
		if b+8 <= len(s) {
			if n, st, ok := plainChunk(le64(s[b:])); ok {
				if k := bits.OnesCount64(st); k <= need {
					b += n
					need -= k
				} else {
					b += nthStart(st, need)
					need = 0
				}
				continue
			}
		}
		b = nextCodePoint(s, b)
		need--
	}
	return b
}

// startBits returns the high bit of each byte of x that starts a code
// point (any but 10xxxxxx).
func startBits(x uint64) uint64 {
	return hiBits &^ (x &^ (x << 1))
}

// High bits of the bytes of a word.
const (
	hiBits   = 0x8080808080808080
	lowBits  = 0x7F7F7F7F7F7F7F7F
	leadBits = 0x1E1E1E1E1E1E1E1E
)

// plainChunk reads x, eight bytes of text starting at a code point, eight
// at a time: when they are ASCII and whole two-byte sequences (Arabic
// letters), it returns how many of them make whole code points (8, or 7
// when the last starts a sequence) and their start bytes, the high bit of
// each set in st. Anything else (a longer sequence, an invalid byte) is
// not ok: the caller then steps one code point.
func plainChunk(x uint64) (n int, st uint64, ok bool) {
	if x&hiBits == 0 {
		return 8, hiBits, true
	}
	cont := x &^ (x << 1) & hiBits            // 10xxxxxx
	lead := x & (x << 1) &^ (x << 2) & hiBits // 110xxxxx
	if x&(x<<1)&(x<<2)&hiBits != 0 {
		return 0, 0, false // 111xxxxx: three or four bytes, or invalid
	}
	// C0 and C1 are never valid leads (overlong forms).
	if lead&^((x&leadBits)+lowBits) != 0 {
		return 0, 0, false
	}
	// Each lead followed by a continuation and each continuation led
	// (none at byte 0).
	if cont != lead<<8 {
		return 0, 0, false
	}
	n, st = 8, hiBits&^cont
	if lead&(1<<63) != 0 {
		n, st = 7, st&^(1<<63)
	}
	return n, st, true
}

// nthStart returns the byte index of start bit k (from 0) of st.
func nthStart(st uint64, k int) int {
	for range k {
		st &= st - 1
	}
	return bits.TrailingZeros64(st) / 8
}

// le64 reads the first eight bytes of s as a little-endian number.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// nextCodePoint returns the byte offset of the code point after the one
// at byte b of s, stepping as a range loop does (an invalid byte is one
// code point).
func nextCodePoint(s string, b int) int {
	_, w := utf8.DecodeRuneInString(s[b:])
	return b + w
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
