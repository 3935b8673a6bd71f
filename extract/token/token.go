// Package token splits the matching form of a text into tokens (Arabic
// words with their clitic analyses, Latin words and acronyms, numbers,
// URLs, punctuation) and sentences.
package token

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	// Word is an Arabic-script word.
	Word Kind = iota + 1
	// Latin is a Latin-script (or other non-Arabic script) word or acronym
	// (NATO, U.S., COVID-19).
	Latin
	// Number is a run of digits, with internal . , separators (1,500 3.5).
	Number
	// URL is a web address or e-mail address.
	URL
	// Punct is punctuation (، ؛ ؟ « » … and Latin marks), one mark a token
	// except the ellipsis.
	Punct
	// Symbol is any other character (%, $, emoji).
	Symbol
)

var kindNames = [...]string{"", "word", "latin", "number", "url", "punct", "symbol"}

// String returns the kind's lower-case name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Token is one token of a matching form.
type Token struct {
	Kind Kind
	// LineStart reports that the token is the first of its line. (It sits
	// beside Kind so the two share one word: a token is 80 bytes, not 88.)
	LineStart bool
	// Text is the token's matching form (a substring of the form).
	Text string
	// Start and End are matching-form code point offsets, end exclusive.
	Start, End int
	// Byte is the token's byte offset in the matching form.
	Byte int
	// Sentence is the index of the sentence the token belongs to.
	Sentence int
	// Analyses holds the clitic analyses of an Arabic word; Analyses[0]
	// is always the whole word. Other kinds have none.
	Analyses []Analysis
}

// Sentence is a run of tokens [First, Last) ending at a sentence boundary.
type Sentence struct {
	First, Last int
	// Start and End are matching-form code point offsets, end exclusive.
	Start, End int
	// Headline reports a line that ends without final punctuation: a title
	// or heading rather than running text.
	Headline bool
}

// Tokens is the tokenised form of a text.
type Tokens struct {
	List      []Token
	Sentences []Sentence

	// Vocabulary is the tokenizer's Lexicon when it is a Vocabulary: the
	// one whose ids the analyses' ID fields hold (nil: they hold none).
	Vocabulary *Vocabulary

	// blocks are the analysis blocks the tokens' Analyses point into,
	// kept so that Release can hand them back.
	blocks [][]Analysis
}

// Tokenizer turns matching forms into tokens. Its zero value works; Lexicon
// protects known words from clitic splitting.
type Tokenizer struct {
	Lexicon Lexicon
}

// Tokenize splits form (a matching form, see package normalize) into tokens
// and sentences.
//
// The token list is allocated once at about its final size (news text has
// a token in every ten bytes or so) and the analyses in blocks that are
// never moved, so the tokens' Analyses slices point into them as they are
// made and nothing is copied afterwards. Line breaks make no tokens: the
// first token of each line carries LineStart, which is all that sentence
// splitting needs.
func (tz *Tokenizer) Tokenize(form string) *Tokens {
	ts := &Tokens{}
	voc, _ := tz.Lexicon.(*Vocabulary)
	ts.Vocabulary = voc
	list := tokenPools.get(len(form)/9 + 16)
	an := ts.newBlock(nil, len(form), 0)
	cp := 0
	lineStart := true
	for i := 0; i < len(form); {
		c := form[i]
		if c == ' ' {
			i++
			cp++
			continue
		}
		if c == '\n' {
			lineStart = true
			i++
			cp++
			continue
		}
		var j, n int
		var kind Kind
		if c-0xD8 <= 0xDB-0xD8 && i+1 < len(form) && arabicBlock[int(c&3)<<8|int(form[i+1])]&letterBit != 0 {
			// An Arabic letter of the basic block: most tokens.
			j, n = scanArabicWord(form, i+2)
			n++
			kind = Word
		} else {
			r, sz := rune(c), 1
			if c >= utf8.RuneSelf {
				r, sz = decodeRune(form, i)
			}
			if isSpace(r) {
				i += sz
				cp++
				continue
			}
			if isArabicLetter(r) {
				j, n = scanArabicWord(form, i+sz)
				n++
				kind = Word
			} else {
				j, n, kind = scan(form, i, r)
			}
		}
		if len(list) == cap(list) {
			list = slices.Grow(list, 1)
		}
		list = list[:len(list)+1]
		t := &list[len(list)-1]
		// Field by field: a composite literal is built aside and copied.
		t.Kind, t.LineStart, t.Text = kind, lineStart, form[i:j]
		t.Start, t.End, t.Byte, t.Sentence = cp, cp+n, i, 0
		t.Analyses = nil
		if kind == Word {
			// Analysed straight into the block, which always has room
			// for the most analyses a word can have.
			if cap(an)-len(an) < wordAnalyses {
				an = ts.newBlock(an, len(form)-j, wordAnalyses)
			}
			k := len(an)
			if voc == nil {
				an = analyze(an, t.Text, n, tz.Lexicon, false)
			} else {
				// Each stem is looked up once, here, for the stage
				// that reads the vocabulary's ids.
				id := voc.ID(t.Text)
				an = analyze(an, t.Text, n, nil, voc.KnownID(id))
				an[k].ID = id
				for j := k + 1; j < len(an); j++ {
					an[j].ID = voc.ID(an[j].Stem)
				}
			}
			t.Analyses = an[k:len(an):len(an)]
		}
		lineStart = false
		i = j
		cp += n
	}
	ts.blocks[len(ts.blocks)-1] = an
	sc := scratchPool.Get().(*scratch)
	ts.List, ts.Sentences = list, sc.sents[:0]
	ts.segment()
	sents := ts.Sentences
	ts.Sentences = nil
	if len(sents) > 0 {
		ts.Sentences = make([]Sentence, len(sents))
		copy(ts.Sentences, sents)
	}
	sc.sents = sents
	scratchPool.Put(sc)
	return ts
}

// newBlock starts a new analysis block with room for need analyses and
// for the Arabic words of rest more bytes of text (news text has about
// one analysis in six bytes); full is the block it follows, if any, which
// is recorded at its final length. Blocks are never moved: the tokens'
// Analyses point into them.
func (ts *Tokens) newBlock(full []Analysis, rest, need int) []Analysis {
	if len(ts.blocks) > 0 {
		ts.blocks[len(ts.blocks)-1] = full
	}
	b := analysisPools.get(rest/5 + 8 + need)
	ts.blocks = append(ts.blocks, b)
	return b
}

// Release hands the memory of ts (its token list and the analyses behind
// the tokens) back for reuse by later Tokenize calls, which in a batch
// saves most of what a document allocates. Neither ts nor any slice or
// pointer taken from it may be used afterwards; strings taken from it stay
// valid (they point into the matching form, not into ts).
func (ts *Tokens) Release() {
	if ts == nil {
		return
	}
	tokenPools.put(ts.List)
	for _, b := range ts.blocks {
		analysisPools.put(b)
	}
	*ts = Tokens{}
}

// wordAnalyses is room enough for the analyses of any one word: the whole
// word, at most four proclitic readings, and for each of those and the bare
// word two enclitic readings with their ta marbuta forms (TestWordAnalyses
// holds the bound).
const wordAnalyses = 32

// decodeRune decodes the code point at byte i of s, two-byte sequences
// (all of Arabic) inline: utf8.DecodeRuneInString takes its slow path for
// every non-ASCII rune.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// scanArabicWord returns the end (byte) and the length in code points of
// the rest of an Arabic word from byte i. Arabic letters are two bytes in
// UTF-8, so the common case needs no general decoding.
func scanArabicWord(s string, i int) (int, int) {
	n := 0
	for i < len(s) {
		c := s[i]
		if c-0xD8 <= 0xDB-0xD8 {
			// A lead of U+0600–U+06FF: a word letter, or (mark or not,
			// a bad or missing continuation) the end of the word.
			if i+1 < len(s) && arabicBlock[int(c&3)<<8|int(s[i+1])]&wordBit != 0 {
				i += 2
				n++
				continue
			}
			break
		}
		if c < utf8.RuneSelf {
			break
		}
		r, sz := utf8.DecodeRuneInString(s[i:])
		if !isArabicWordRune(r) {
			break
		}
		i += sz
		n++
	}
	return i, n
}

// arabicBlock holds, for the two bytes of each code point U+0600–U+06FF
// (indexed by the lead's low two bits and the whole second byte),
// whether it is an Arabic letter (letterBit) and whether it may be part
// of a word (wordBit): one look-up per letter instead of the range tests
// and the check of the continuation byte, whose entries are zero when it
// is not one.
var arabicBlock = func() (t [4 << 8]uint8) {
	for i := range 256 {
		r := rune(0x600 + i)
		x := i>>6<<8 | 0x80 | i&0x3F
		if isArabicLetter(r) {
			t[x] |= letterBit
		}
		if isArabicWordRune(r) {
			t[x] |= wordBit
		}
	}
	return t
}()

const (
	letterBit = 1 << iota
	wordBit
)

// scratch is the reusable working space of Tokenize: the sentences are
// gathered there and copied out at their exact size.
type scratch struct {
	sents []Sentence
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// scan returns the end (byte), the length in code points and the kind of
// the token that starts at byte i with rune r.
func scan(s string, i int, r rune) (int, int, Kind) {
	switch {
	case isArabicLetter(r):
		return run(s, i, isArabicWordRune, Word)
	case isDigit(r):
		return scanNumber(s, i)
	case isLatinLetter(r):
		if j, n, ok := scanURL(s, i); ok {
			return j, n, URL
		}
		return scanLatin(s, i)
	case r == '.' || r == '…':
		if r == '.' && strings.HasPrefix(s[i:], "...") {
			return i + 3, 3, Punct
		}
		return i + runeSize(s, i), 1, Punct
	case unicode.IsPunct(r):
		return i + runeSize(s, i), 1, Punct
	}
	return i + runeSize(s, i), 1, Symbol
}

// runeSize returns the bytes of the code point at byte i of s as written:
// an invalid byte is one, where utf8.RuneLen of the U+FFFD it decodes to
// would be three and run past the end of s.
func runeSize(s string, i int) int {
	_, sz := utf8.DecodeRuneInString(s[i:])
	return sz
}

func run(s string, i int, in func(rune) bool, k Kind) (int, int, Kind) {
	n := 0
	for i < len(s) {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if !in(r) {
			break
		}
		i += sz
		n++
	}
	return i, n, k
}

// scanNumber takes digits with single internal separators (. , ٫ ٬)
// that are followed by a digit: 1,500 and 3.5, but not the full stop in
// "عام 2025.".
func scanNumber(s string, i int) (int, int, Kind) {
	n := 0
	for i < len(s) {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if isDigit(r) {
			i += sz
			n++
			continue
		}
		if r == '.' || r == ',' || r == '٫' || r == '٬' {
			if r2, sz2 := utf8.DecodeRuneInString(s[i+sz:]); i+sz < len(s) && isDigit(r2) {
				i += sz + sz2
				n += 2
				continue
			}
		}
		break
	}
	return i, n, Number
}

// scanLatin takes a Latin word with internal hyphens, apostrophes and
// digits (COVID-19, al-Sisi, O'Brien), or a dotted acronym (U.S., U.N.).
func scanLatin(s string, i int) (int, int, Kind) {
	// Dotted acronym: single letters each followed by a dot.
	j, n := i, 0
	for j+1 < len(s) && isASCIILetter(s[j]) && s[j+1] == '.' && (j+2 >= len(s) || !isASCIILetter(s[j+2]) || (j+3 < len(s) && s[j+3] == '.')) {
		j += 2
		n += 2
	}
	if n >= 4 {
		return j, n, Latin
	}
	n = 0
	for i < len(s) {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if isLatinLetter(r) || isDigit(r) {
			i += sz
			n++
			continue
		}
		if r == '-' || r == '\'' || r == '’' {
			if r2, sz2 := utf8.DecodeRuneInString(s[i+sz:]); i+sz < len(s) && (isLatinLetter(r2) || isDigit(r2)) {
				i += sz + sz2
				n += 2
				continue
			}
		}
		break
	}
	return i, n, Latin
}

// scanURL recognises http(s):// and www. addresses and e-mail addresses.
func scanURL(s string, i int) (int, int, bool) {
	rest := s[i:]
	low := strings.ToLower(rest[:min(len(rest), 8)])
	isURL := strings.HasPrefix(low, "http://") || strings.HasPrefix(low, "https://") || strings.HasPrefix(low, "www.")
	if !isURL {
		// e-mail: latin run, '@', latin run with a dot.
		j := i
		for j < len(s) && (isASCIILetter(s[j]) || isASCIIDigit(s[j]) || s[j] == '.' || s[j] == '_' || s[j] == '-') {
			j++
		}
		if j >= len(s) || s[j] != '@' {
			return 0, 0, false
		}
	}
	j, n := i, 0
	for j < len(s) {
		r, sz := utf8.DecodeRuneInString(s[j:])
		if isSpace(r) || r == '"' || r == '«' || r == '»' || r == '<' || r == '>' || r == '،' || isArabicLetter(r) {
			break
		}
		j += sz
		n++
	}
	// Trailing punctuation belongs to the sentence, not the address.
	for j > i {
		r, sz := utf8.DecodeLastRuneInString(s[i:j])
		if !strings.ContainsRune(".,;:!?)]}'\"؛؟", r) {
			break
		}
		j -= sz
		n--
	}
	return j, n, j > i
}

// MaxSentence is the number of tokens after which a sentence with no
// boundary is cut at its next comma (and at twice that, anywhere).
const MaxSentence = 200

// segment assigns sentence indices. Boundaries: . ! ? ؟ ؛ … (with any
// closing quotes or brackets after them) and line breaks (the token after
// one has LineStart). A full stop after a single Arabic letter is an
// abbreviation (د. for doctor).
func (ts *Tokens) segment() {
	first := 0
	closeSentence := func(last int, headline bool) {
		if last <= first {
			return
		}
		sent := len(ts.Sentences)
		ts.Sentences = append(ts.Sentences, Sentence{First: first, Last: last, Start: ts.List[first].Start, End: ts.List[last-1].End, Headline: headline})
		for k := first; k < last; k++ {
			ts.List[k].Sentence = sent
		}
		first = last
	}
	// lineEnds reports whether a line break follows token k.
	lineEnds := func(k int) bool { return k+1 < len(ts.List) && ts.List[k+1].LineStart }
	for k := 0; k < len(ts.List); k++ {
		t := &ts.List[k]
		// A run with no sentence break (a dump, a one-line file) is cut
		// into pieces at a comma past MaxSentence tokens, or anywhere past
		// twice that, so work that later stages do per sentence stays
		// bounded however the input is laid out.
		if n := k + 1 - first; n >= MaxSentence && (t.Text == "،" || t.Text == "," || n >= 2*MaxSentence) {
			closeSentence(k+1, false)
			continue
		}
		if t.Kind == Punct {
			switch t.Text {
			case ".", "!", "?", "؟", "؛", "…", "...", "!?", "؟!":
				if t.Text == "." && k > 0 && ts.List[k-1].Kind == Word && runeCount(ts.List[k-1].Text) == 1 && ts.List[k-1].End == t.Start {
					break
				}
				end := k + 1
				for end < len(ts.List) && !ts.List[end].LineStart && ts.List[end].Kind == Punct && isCloser(ts.List[end].Text) {
					end++
				}
				closeSentence(end, false)
				k = end - 1
				continue
			}
		}
		if lineEnds(k) {
			closeSentence(k+1, !endsSentence(t.Text))
		}
	}
	if n := len(ts.List); n > first {
		closeSentence(n, !endsSentence(ts.List[n-1].Text))
	}
}

func endsSentence(s string) bool {
	switch s {
	case ".", "!", "?", "؟", "؛", "…", "...", ":":
		return true
	}
	return false
}

func isCloser(s string) bool {
	switch s {
	case "»", "\"", "”", "’", ")", "]", "}", "'":
		return true
	}
	return false
}

// isArabicLetter reports whether r is an Arabic-script letter.
func isArabicLetter(r rune) bool {
	switch {
	case r >= 0x0621 && r <= 0x064A, r >= 0x066E && r <= 0x06D3, r == 0x06D5, r >= 0x06FA && r <= 0x06FC, r == 0x06FF:
		return true
	case r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08C9:
		return true
	case r >= 0xFB50 && r <= 0xFDFB, r >= 0xFE70 && r <= 0xFEFC:
		return true
	}
	return false
}

// isArabicWordRune also accepts marks and tatweel inside a word, for forms
// made with those rules switched off.
func isArabicWordRune(r rune) bool {
	return isArabicLetter(r) || r == 0x0640 || (r >= 0x064B && r <= 0x065F) || r == 0x0670 ||
		(r >= 0x0610 && r <= 0x061A) || (r >= 0x06D6 && r <= 0x06ED) || r == 0x200C || r == 0x200D
}

// IsArabicLetter reports whether r is an Arabic-script letter.
func IsArabicLetter(r rune) bool { return isArabicLetter(r) }

func isDigit(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= '٠' && r <= '٩') || (r >= '۰' && r <= '۹')
}

func isLatinLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r))
	}
	return unicode.IsLetter(r) && !isArabicLetter(r)
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func isASCIIDigit(c byte) bool  { return c >= '0' && c <= '9' }

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\v', '\f', 0x85, 0xA0:
		return true
	}
	return r >= 0x1680 && unicode.IsSpace(r)
}
