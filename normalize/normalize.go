// Package normalize builds the matching form of an Arabic (or mixed) text:
// the spelling-folded text that gazetteers and rules look at, together with
// an offset map that leads every matching-form position back to the original
// text. Users only ever see original text; the matching form is internal.
package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Options switches the individual folding rules on or off. The zero value
// switches everything off; Default switches everything on.
type Options struct {
	// NFKC applies compatibility normalisation to presentation forms and
	// other compatibility characters (ﻻ → لا, ﷲ → الله, fullwidth Latin).
	NFKC bool
	// Tatweel removes the kashida (ـ) used to stretch words.
	Tatweel bool
	// Diacritics removes harakat, tanween, shadda, sukun, superscript alef
	// and Quranic annotation marks. Hamza letters are letters, not marks,
	// and are left to the Alef and Hamza rules.
	Diacritics bool
	// Alef folds أ إ آ ٱ to ا.
	Alef bool
	// AlefMaqsura folds ى to ي.
	AlefMaqsura bool
	// TaMarbuta folds ة to ه.
	TaMarbuta bool
	// Hamza folds ؤ and ئ to ء, so Egyptian and Levantine spellings of
	// the same word meet (شئون = شؤون, مسئول = مسؤول).
	Hamza bool
	// Persian folds Persian, Urdu and Kurdish letter forms to the Arabic
	// letters the Arab press uses for them (ک → ك, ی → ي, ە ۀ → ه,
	// پ → ب, ڤ → ف, چ → ج, گ → ك).
	Persian bool
	// Digits maps Arabic-Indic and Persian digits to ASCII and the Arabic
	// decimal and thousands separators to '.' and ','.
	Digits bool
	// Controls drops zero-width and bidirectional control characters
	// (ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, BOM, embeddings and isolates).
	Controls bool
	// Whitespace folds every run of white space to one space, or to one
	// newline when the run holds a line break, or to two newlines when it
	// holds a blank line, so paragraph structure survives for sentence
	// splitting.
	Whitespace bool
}

// Default returns Options with every rule switched on: the matching form
// every newsx stage expects.
func Default() Options {
	return Options{NFKC: true, Tatweel: true, Diacritics: true, Alef: true, AlefMaqsura: true,
		TaMarbuta: true, Hamza: true, Persian: true, Digits: true, Controls: true, Whitespace: true}
}

// Text is a normalised text: its original, its matching form and the offset
// map between them.
type Text struct {
	// Original is the input text exactly as given.
	Original string
	// Form is the matching form.
	Form string
	// Map leads matching-form positions back to original positions.
	Map OffsetMap
}

// OffsetMap records, for every code point of a matching form, the range of
// original code points it came from. Positions are code point indices; an
// inserted or expanded code point shares the range of its source, and a
// deleted one leaves no entry.
type OffsetMap struct {
	// start[i], end[i]: original code point range of matching-form rune i.
	start []int32
	end   []int32
	// origLen is the number of code points in the original text.
	origLen int
}

// Len returns the number of code points in the matching form.
func (m *OffsetMap) Len() int { return len(m.start) }

// OriginalLen returns the number of code points in the original text.
func (m *OffsetMap) OriginalLen() int { return m.origLen }

// Pos maps a matching-form position (a boundary between code points, 0 to
// Len inclusive) to an original position, taking the start of the code
// point that follows it.
func (m *OffsetMap) Pos(i int) int {
	if i <= 0 {
		if len(m.start) == 0 {
			return 0
		}
		return int(m.start[0])
	}
	if i >= len(m.start) {
		return m.origLen
	}
	return int(m.start[i])
}

// Span maps the matching-form span [start, end) to the original span that
// covers exactly the code points it was made from. An empty span maps to an
// empty span at the corresponding original position.
func (m *OffsetMap) Span(start, end int) (int, int) {
	n := len(m.start)
	if start < 0 {
		start = 0
	}
	if end > n {
		end = n
	}
	if start >= end {
		p := m.Pos(start)
		return p, p
	}
	return int(m.start[start]), int(m.end[end-1])
}

// Normalize builds the matching form of s under the default options.
func Normalize(s string) *Text { return Default().Normalize(s) }

// Normalize builds the matching form of s under o. The input should be
// valid UTF-8; invalid bytes are treated as U+FFFD, one per byte.
func (o Options) Normalize(s string) *Text {
	// The form has about as many code points as s (folding only removes
	// or replaces them, bar the rare ligature): size the offset map for
	// that, in one allocation, so it does not grow as it is built.
	n := utf8.RuneCountInString(s) + 8
	m := make([]int32, 0, 2*n)
	b := &builder{
		out:   make([]byte, 0, len(s)),
		start: m[:0:n],
		end:   m[n : n : 2*n],
	}
	tab := defaultTable
	if o != Default() {
		tab = o.arabicTable()
	}
	cp := 0 // code point index in s
	for i := 0; i < len(s); {
		// Fast path for the basic Arabic block (two-byte UTF-8, lead
		// bytes D8–DB): one table look-up instead of the rule chain.
		if c := s[i]; c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 && tab[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)-0x600] != slowRune {
			r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			switch v := tab[r-0x600]; v {
			case dropRune:
			case markRune:
				if n := len(b.end); n > 0 && int(b.end[n-1]) == cp {
					b.end[n-1] = int32(cp + 1)
				}
			default:
				if v < utf8.RuneSelf {
					b.out = append(b.out, byte(v))
				} else {
					b.out = append(b.out, byte(0xC0|v>>6), byte(0x80|v&0x3F))
				}
				b.start = append(b.start, int32(cp))
				b.end = append(b.end, int32(cp+1))
			}
			i += 2
			cp++
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if o.Whitespace && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
				i, cp = b.spaceRun(s, i, cp)
				continue
			}
			b.out = append(b.out, c)
			b.start = append(b.start, int32(cp))
			b.end = append(b.end, int32(cp+1))
			i++
			cp++
			continue
		}
		r, sz := utf8.DecodeRuneInString(s[i:])
		if o.Whitespace && isSpace(r) {
			// Unicode spaces (NBSP, thin space …) start runs too.
			i, cp = b.spaceRun(s, i, cp)
			continue
		}
		o.rune(b, r, cp)
		i += sz
		cp++
	}
	// b.out is not written again: the form shares its bytes.
	return &Text{Original: s, Form: unsafe.String(unsafe.SliceData(b.out), len(b.out)), Map: OffsetMap{start: b.start, end: b.end, origLen: cp}}
}

// Special values of the Arabic-block table.
const (
	dropRune rune = -1 // dropped without trace (controls)
	markRune rune = -2 // dropped, and joined to the letter before it
	slowRune rune = -3 // needs the general path (NFKC)
)

// defaultTable is the Arabic-block table of the default options, built
// once: most texts are normalised with them.
var defaultTable = Default().arabicTable()

// arabicTable precomputes, for U+0600–U+06FF, what o makes of each code
// point, so the hot loop does one look-up per Arabic letter. Code points
// that need NFKC (U+0675–U+0678, high-hamza letters whose compatibility
// forms are two letters) are marked for the general path.
func (o Options) arabicTable() *[256]rune {
	var t [256]rune
	var b builder
	for i := range t {
		r := rune(0x600 + i)
		if o.NFKC && needsNFKC(r) {
			t[i] = slowRune
			continue
		}
		b.out, b.start, b.end = b.out[:0], b.start[:0], b.end[:0]
		b.emit('x', 0, 1) // a letter before, to see whether r joins it
		o.fold(&b, r, 1)
		switch {
		case len(b.start) == 1 && b.end[0] == 2:
			t[i] = markRune
		case len(b.start) == 1:
			t[i] = dropRune
		default:
			t[i], _ = utf8.DecodeRune(b.out[1:])
		}
	}
	return &t
}

type builder struct {
	out        []byte
	start, end []int32
}

// spaceRun folds the run of white space starting at byte i (code point cp)
// and returns the byte and code point positions after it.
func (b *builder) spaceRun(s string, i, cp int) (int, int) {
	j, n, nl := i, cp, 0
	for j < len(s) {
		r, sz := utf8.DecodeRuneInString(s[j:])
		if !isSpace(r) {
			break
		}
		if r == '\n' {
			nl++
		}
		j += sz
		n++
	}
	// A run split only by dropped characters (marks, controls) is one
	// run: take back the white space already emitted for its first part.
	from := cp
	for k := len(b.out); k > 0 && (b.out[k-1] == ' ' || b.out[k-1] == '\n'); k-- {
		if b.out[k-1] == '\n' {
			nl++
		}
		from = int(b.start[len(b.start)-1])
		b.out = b.out[:k-1]
		b.start = b.start[:len(b.start)-1]
		b.end = b.end[:len(b.end)-1]
	}
	switch {
	case nl >= 2:
		b.emit('\n', from, n)
		b.emit('\n', from, n)
	case nl == 1:
		b.emit('\n', from, n)
	default:
		b.emit(' ', from, n)
	}
	return j, n
}

func (b *builder) emit(r rune, from, to int) {
	b.out = utf8.AppendRune(b.out, r)
	b.start = append(b.start, int32(from))
	b.end = append(b.end, int32(to))
}

// rune folds one non-ASCII, non-space code point at original position cp.
func (o Options) rune(b *builder, r rune, cp int) {
	if o.Controls && IsControl(r) {
		return
	}
	if o.NFKC && needsNFKC(r) {
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		if d := norm.NFKC.Properties(buf[:n]).Decomposition(); len(d) > 0 {
			for _, r2 := range norm.NFKC.String(string(d)) {
				if isSpace(r2) && o.Whitespace {
					// A space from a compatibility form (´ → space +
					// accent) joins white space just written, as a
					// run does, so normalising stays idempotent.
					if n := len(b.out); n > 0 && (b.out[n-1] == ' ' || b.out[n-1] == '\n') {
						b.end[len(b.end)-1] = int32(cp + 1)
						continue
					}
					b.emit(' ', cp, cp+1)
					continue
				}
				o.fold(b, r2, cp)
			}
			return
		}
	}
	o.fold(b, r, cp)
}

// fold applies the letter, mark and digit rules to r.
func (o Options) fold(b *builder, r rune, cp int) {
	switch {
	case o.Controls && IsControl(r):
		return
	case o.Tatweel && r == 'ـ', o.Diacritics && IsDiacritic(r):
		// Marks and kashida belong to the letter before them: a span that
		// ends on that letter ends after its marks in the original.
		if n := len(b.end); n > 0 && int(b.end[n-1]) == cp {
			b.end[n-1] = int32(cp + 1)
		}
		return
	}
	if o.Alef {
		switch r {
		case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
			r = 'ا'
		}
	}
	if o.Hamza {
		switch r {
		case 'ؤ', 'ئ':
			r = 'ء'
		}
	}
	if o.Persian {
		switch r {
		case 'ک', 'ڪ':
			r = 'ك'
		case 'ی', 'ې', 'ۍ':
			r = 'ي'
		case 'ە', 'ۀ', 'ہ', 'ھ':
			r = 'ه'
		case 'پ':
			r = 'ب'
		case 'ڤ', 'ڥ':
			r = 'ف'
		case 'چ':
			r = 'ج'
		case 'گ', 'ڭ':
			r = 'ك'
		case 'ۆ', 'ۇ', 'ۈ':
			r = 'و'
		}
	}
	if o.AlefMaqsura && r == 'ى' {
		r = 'ي'
	}
	if o.TaMarbuta && r == 'ة' {
		r = 'ه'
	}
	if o.Digits {
		switch {
		case r >= '٠' && r <= '٩':
			r = '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			r = '0' + (r - '۰')
		case r == '٫':
			r = '.'
		case r == '٬':
			r = ','
		}
	}
	b.emit(r, cp, cp+1)
}

// IsDiacritic reports whether r is an Arabic mark that the Diacritics rule
// removes: harakat, tanween, shadda, sukun, madda and hamza marks, the
// superscript alef and Quranic annotation signs.
func IsDiacritic(r rune) bool {
	switch {
	case r >= 0x064B && r <= 0x065F: // harakat, tanween, shadda, sukun, madda/hamza marks
		return true
	case r == 0x0670: // superscript (dagger) alef
		return true
	case r >= 0x0610 && r <= 0x061A: // honorifics and Quranic small signs
		return true
	case r >= 0x06D6 && r <= 0x06DC, r >= 0x06DF && r <= 0x06E6, r == 0x06E7, r == 0x06E8, r >= 0x06EA && r <= 0x06ED:
		return true
	case r >= 0x08D3 && r <= 0x08FF && r != 0x08E2:
		return true
	}
	return false
}

// IsControl reports whether r is a zero-width or bidirectional control
// character that the Controls rule drops.
func IsControl(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF, 0x2060, 0x00AD:
		return true
	}
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// needsNFKC reports whether r may have a compatibility decomposition worth
// applying. The basic Arabic block and ordinary Latin never do, so the hot
// path skips the normaliser for them.
func needsNFKC(r rune) bool {
	switch {
	case r < 0x00A0:
		return false
	case r >= 0x0600 && r <= 0x06FF:
		return r >= 0x0675 && r <= 0x0678
	case r >= 0x0100 && r <= 0x1FFF:
		return false
	}
	return true
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0:
		return true
	}
	if r < 0x1680 {
		return false
	}
	return unicode.IsSpace(r)
}

// Word normalises a single word or phrase under the default options and
// returns only the matching form. Gazetteers and lexicons use it to key
// their entries the way text is matched.
func Word(s string) string {
	t := Default().Normalize(strings.TrimSpace(s))
	return t.Form
}
