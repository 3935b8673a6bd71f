// Package normalize builds the matching form of an Arabic (or mixed) text:
// the spelling-folded text that gazetteers and rules look at, together with
// an offset map that leads every matching-form position back to the original
// text. Users only ever see original text; the matching form is internal.
package normalize

import (
	"slices"
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
// deleted one leaves no entry (or widens the range of the letter before
// it, for marks).
//
// Most of a text maps one to one with a constant shift, so the map is kept
// as runs of such code points rather than a pair of offsets per code point:
// a news article needs a few hundred runs, not a million offsets.
type OffsetMap struct {
	runs []span
	// n is the number of code points in the matching form.
	n int
	// origLen is the number of code points in the original text.
	origLen int
}

// span is a run of matching-form code points [form, form+n) that map one
// to one onto original code points from orig on; only the last may cover
// extra original code points after its own (a white-space run, a letter's
// marks).
type span struct {
	form, orig, n, extra int32
}

// Len returns the number of code points in the matching form.
func (m *OffsetMap) Len() int { return m.n }

// OriginalLen returns the number of code points in the original text.
func (m *OffsetMap) OriginalLen() int { return m.origLen }

// rng returns the original range of matching-form code point i (0 <= i < n).
func (m *OffsetMap) rng(i int) (int, int) {
	return m.rngIn(m.runOf(i), i)
}

// runOf returns the index of the run that holds matching-form code point
// i (0 <= i < n): the last run that starts at or before i.
func (m *OffsetMap) runOf(i int) int {
	lo, hi := 0, len(m.runs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(m.runs[mid].form) <= i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo - 1
}

// rngIn is rng for a code point i of run k.
func (m *OffsetMap) rngIn(k, i int) (int, int) {
	r := m.runs[k]
	s := int(r.orig) + i - int(r.form)
	e := s + 1
	if i == int(r.form+r.n-1) {
		e += int(r.extra)
	}
	return s, e
}

// Pos maps a matching-form position (a boundary between code points, 0 to
// Len inclusive) to an original position, taking the start of the code
// point that follows it.
func (m *OffsetMap) Pos(i int) int {
	if i <= 0 && m.n == 0 {
		return 0
	}
	if i >= m.n {
		return m.origLen
	}
	s, _ := m.rng(max(i, 0))
	return s
}

// Span maps the matching-form span [start, end) to the original span that
// covers exactly the code points it was made from. An empty span maps to an
// empty span at the corresponding original position.
func (m *OffsetMap) Span(start, end int) (int, int) {
	start = max(start, 0)
	end = min(end, m.n)
	if start >= end {
		p := m.Pos(start)
		return p, p
	}
	k := m.runOf(start)
	s, _ := m.rngIn(k, start)
	// Most spans lie within one run: search again only when the next
	// run starts within the span.
	if k+1 < len(m.runs) && int(m.runs[k+1].form) <= end-1 {
		k = m.runOf(end - 1)
	}
	_, e := m.rngIn(k, end-1)
	return s, e
}

// Normalize builds the matching form of s under the default options.
func Normalize(s string) *Text { return Default().Normalize(s) }

// Normalize builds the matching form of s under o. The input should be
// valid UTF-8; invalid bytes are treated as U+FFFD, one per byte.
func (o Options) Normalize(s string) *Text {
	b := &builder{out: make([]byte, 0, len(s)), runs: make([]span, 0, 16)}
	tab, enc := defaultTable, defaultEncoded
	if o != Default() {
		tab = o.arabicTable()
		enc = encodeTable(tab)
	}
	cp := 0 // code point index in s
	for i := 0; i < len(s); {
		// Fast path: a stretch of basic Arabic code points (two-byte
		// UTF-8, lead bytes D8–DB) that the table maps to a letter or
		// digit, other ASCII than white space, and single spaces between
		// words. Each maps
		// one to one, so the stretch extends the current run once rather
		// than a code point at a time.
		if j, k := b.plain(s, i, tab, enc, o.Whitespace); k > 0 {
			b.stepN(cp, k)
			i = j
			cp += k
			continue
		}
		c := s[i]
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 && tab[rune(c&3)<<6|rune(s[i+1]&0x3F)] != slowRune {
			// Not plain: a dropped control or a mark.
			if tab[rune(c&3)<<6|rune(s[i+1]&0x3F)] == markRune {
				b.attachMark(cp)
			}
			i += 2
			cp++
			continue
		}
		if c < utf8.RuneSelf {
			// Only white space with the Whitespace rule on gets here.
			i, cp = b.spaceRun(s, i, cp)
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
	return &Text{Original: s, Form: unsafe.String(unsafe.SliceData(b.out), len(b.out)), Map: OffsetMap{runs: b.runs, n: int(b.n), origLen: cp}}
}

// plain copies the stretch of s from byte i that maps one to one onto the
// matching form: basic Arabic code points the table maps to a letter or
// digit, ASCII other than white space when ws (the Whitespace rule) is on, and
// single spaces that neither follow nor precede other white space (a
// space run of one, which spaceRun would write unchanged). It returns
// the byte after the stretch and its length in code points, 0 when s[i]
// does not start one. Each code point writes at most as many bytes as it
// reads, so room is made once for the rest of s rather than per byte.
func (b *builder) plain(s string, i int, tab *[256]rune, enc *[4 << 8]uint16, ws bool) (int, int) {
	out := b.out
	if cap(out)-len(out) < len(s)-i {
		out = slices.Grow(out, len(s)-i)
	}
	o := len(out)
	buf := out[:cap(out)]
	k := 0
	for i < len(s) {
		c := s[i]
		if c-0xD8 <= 0xDB-0xD8 && i+1 < len(s) {
			// A lead of U+0600–U+06FF.
			c2 := s[i+1]
			if e := enc[int(c&3)<<8|int(c2)]; e != 0 {
				buf[o] = byte(e)
				buf[o+1] = byte(e >> 8)
				o += 2
			} else if v := tab[int(c&3)<<6|int(c2&0x3F)]; c2&0xC0 == 0x80 && v >= 0 {
				buf[o] = byte(v)
				o++
			} else {
				break
			}
			i += 2
			k++
			continue
		}
		if c >= utf8.RuneSelf {
			break
		}
		if ws && asciiSpace[c] {
			// One space between words: the next byte is ASCII other
			// than white space or leads a two-byte code point above
			// U+00BF (none of which is white space), and nothing
			// written before it is white space (a run cut by dropped
			// marks, which spaceRun joins).
			if c != ' ' || i+1 >= len(s) || o == 0 || buf[o-1] == ' ' || buf[o-1] == '\n' {
				break
			}
			if n := s[i+1]; n < 0x80 && asciiSpace[n] || n >= 0x80 && (n < 0xC3 || n >= 0xE0) {
				break
			}
		}
		buf[o] = c
		o++
		i++
		k++
	}
	b.out = out[:o]
	return i, k
}

// encodeTable returns, for each entry of an Arabic-block table that is a
// code point of two bytes in UTF-8, those bytes as a little-endian
// number, and 0 for the others (ASCII digits, the special values). It is
// indexed by the two bytes of the code point the entry is for: the low
// two bits of the lead and the whole continuation byte, so that a byte
// that is no continuation finds 0 too.
func encodeTable(tab *[256]rune) *[4 << 8]uint16 {
	var e [4 << 8]uint16
	for i, v := range tab {
		if v >= utf8.RuneSelf && v < 0x800 {
			e[i>>6<<8|0x80|i&0x3F] = uint16(0xC0|v>>6) | uint16(0x80|v&0x3F)<<8
		}
	}
	return &e
}

// asciiSpace marks the ASCII white space the Whitespace rule folds.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\r': true, '\v': true, '\f': true}

// Special values of the Arabic-block table.
const (
	dropRune rune = -1 // dropped without trace (controls)
	markRune rune = -2 // dropped, and joined to the letter before it
	slowRune rune = -3 // needs the general path (NFKC)
)

// defaultTable is the Arabic-block table of the default options, built
// once: most texts are normalised with them.
var defaultTable = Default().arabicTable()

// defaultEncoded is defaultTable's letters as UTF-8 (see encodeTable).
var defaultEncoded = encodeTable(defaultTable)

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
		b = builder{out: b.out[:0], runs: b.runs[:0]}
		b.emit('x', 0, 1) // a letter before, to see whether r joins it
		o.fold(&b, r, 1)
		_, e := b.last()
		switch {
		case b.n == 1 && e == 2:
			t[i] = markRune
		case b.n == 1:
			t[i] = dropRune
		default:
			t[i], _ = utf8.DecodeRune(b.out[1:])
		}
	}
	return &t
}

type builder struct {
	out  []byte
	runs []span
	n    int32 // code points in out
}

// step records a matching-form code point made from original code point
// cp alone: the common case, which extends the current run.
func (b *builder) step(cp int) {
	if k := len(b.runs); k > 0 {
		r := &b.runs[k-1]
		if r.extra == 0 && int(r.orig+r.n) == cp {
			r.n++
			b.n++
			return
		}
	}
	b.runs = append(b.runs, span{form: b.n, orig: int32(cp), n: 1})
	b.n++
}

// stepN records k matching-form code points made one to one from the
// original code points cp to cp+k: k steps at once.
func (b *builder) stepN(cp, k int) {
	if n := len(b.runs); n > 0 {
		r := &b.runs[n-1]
		if r.extra == 0 && int(r.orig+r.n) == cp {
			r.n += int32(k)
			b.n += int32(k)
			return
		}
	}
	b.runs = append(b.runs, span{form: b.n, orig: int32(cp), n: int32(k)})
	b.n += int32(k)
}

// emit appends r, made from original code points [from, to).
func (b *builder) emit(r rune, from, to int) {
	b.out = utf8.AppendRune(b.out, r)
	if to == from+1 {
		b.step(from)
		return
	}
	b.runs = append(b.runs, span{form: b.n, orig: int32(from), n: 1, extra: int32(to - from - 1)})
	b.n++
}

// last returns the original range of the last code point written, or
// (-1, -1) when nothing has been written.
func (b *builder) last() (int, int) {
	if len(b.runs) == 0 {
		return -1, -1
	}
	r := b.runs[len(b.runs)-1]
	s := int(r.orig + r.n - 1)
	return s, s + 1 + int(r.extra)
}

// extendLast makes the last code point written cover the original up to to.
func (b *builder) extendLast(to int) {
	r := &b.runs[len(b.runs)-1]
	r.extra = int32(to) - (r.orig + r.n - 1) - 1
}

// attachMark joins a dropped mark at original position cp to the letter
// written just before it, so a span ending on the letter ends after its
// marks in the original.
func (b *builder) attachMark(cp int) {
	if _, e := b.last(); e == cp {
		b.extendLast(cp + 1)
	}
}

// pop removes the last code point written, which is one byte (white space).
func (b *builder) pop() {
	b.out = b.out[:len(b.out)-1]
	r := &b.runs[len(b.runs)-1]
	if r.n == 1 {
		b.runs = b.runs[:len(b.runs)-1]
	} else {
		r.n--
		r.extra = 0
	}
	b.n--
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
		from, _ = b.last()
		b.pop()
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
						b.extendLast(cp + 1)
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
		b.attachMark(cp)
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
	s = strings.TrimSpace(s)
	if w, ok := fastWord(s); ok {
		return w
	}
	return Default().Normalize(s).Form
}

// fastWord is Word for the common case of a word or phrase of basic
// Arabic letters, printable ASCII and spaces: each code point maps through
// the default table on its own, with no offset map to build. (Lexicons and
// gazetteers normalise thousands of names at start-up.) ok is false for
// anything else: other white space, controls, other blocks.
func fastWord(s string) (string, bool) {
	var buf [64]byte
	out := buf[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				// A run of spaces between words folds to one; after
				// nothing kept (dropped marks), the general path decides.
				if len(out) == 0 {
					return "", false
				}
				if out[len(out)-1] != ' ' {
					out = append(out, ' ')
				}
			case c < ' ' || c == 0x7F:
				return "", false
			default:
				out = append(out, c)
			}
			i++
			continue
		}
		if c < 0xD8 || c > 0xDB || i+1 >= len(s) || s[i+1]&0xC0 != 0x80 {
			return "", false
		}
		switch v := defaultTable[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)-0x600]; v {
		case slowRune:
			return "", false
		case dropRune, markRune:
		default:
			out = utf8.AppendRune(out, v)
		}
		i += 2
	}
	if len(out) == len(s) && string(out) == s {
		return s, true // already a matching form: no copy
	}
	return string(out), true
}
