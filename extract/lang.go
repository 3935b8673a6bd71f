package extract

import (
	"unicode"
	"unicode/utf8"
)

// DetectLanguage tells Arabic from English by letter statistics over a
// text (the original: the matching form folds Persian letters away): "ar" when Arabic-script letters dominate, "en" when Latin
// letters dominate and common English function words occur, "und" otherwise
// (no letters, another script, Persian or Urdu written in Arabic script, or
// Latin text that reads as no English, such as French or Spanish).
// Arabic articles with Latin acronyms (NATO, ICRC) stay Arabic.
func DetectLanguage(s string) string {
	var c letterCounts
	for i := 0; i < len(s); {
		// Fast paths, same counts as step: ASCII letters, and the basic
		// Arabic block (two-byte UTF-8, lead bytes D8–DB) through a table.
		if b := s[i]; b < utf8.RuneSelf {
			if isASCIILetter(b) {
				c.latinLetter(i)
				i++
				continue
			}
		} else if b >= 0xD8 && b <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			switch arabicBlock[(b&0x1F)<<6&0xFF|s[i+1]&0x3F] {
			case arabicLetter:
				c.arabic++
			case arabicLetter | persianLetter:
				c.arabic++
				c.persian++
			}
			if c.inWord { // checked here: the call would not be inlined
				c.endWord(s, i)
			}
			i += 2
			continue
		}
		i = c.step(s, i)
	}
	return c.verdict(s)
}

// letterCounts gathers what DetectLanguage decides by: letters of each
// script, and the Latin words with the function-word lists they are on.
type letterCounts struct {
	arabic, persian, latin, other, en, romance, words int
	// inWord: a Latin word started at wordStart and is still open.
	inWord    bool
	wordStart int
}

// step counts the code point at byte i of s, one rune at a time (the
// general path the fast paths must agree with), and returns the index of
// the next.
func (c *letterCounts) step(s string, i int) int {
	r, sz := utf8.DecodeRuneInString(s[i:])
	switch {
	case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F, r >= 0xFB50 && r <= 0xFEFF:
		if unicode.IsLetter(r) {
			c.arabic++
			if persianLetters[r] {
				c.persian++
			}
		}
	case r < 0x250 && unicode.IsLetter(r):
		c.latinLetter(i)
		return i + sz
	case unicode.IsLetter(r):
		c.other++
	}
	c.endWord(s, i)
	return i + sz
}

// latinLetter counts a Latin letter at byte i, opening a word there if
// none is open.
func (c *letterCounts) latinLetter(i int) {
	c.latin++
	if !c.inWord {
		c.inWord, c.wordStart = true, i
	}
}

// endWord closes the open Latin word, if any, at byte i, counting it and
// the function-word lists it is on.
func (c *letterCounts) endWord(s string, i int) {
	if !c.inWord {
		return
	}
	c.inWord = false
	c.words++
	w := lowerASCII(s[c.wordStart:i])
	if englishWords[w] {
		c.en++
	}
	if otherLatinWords[w] {
		c.romance++
	}
}

// verdict closes the last word of s and decides.
func (c *letterCounts) verdict(s string) string {
	c.endWord(s, len(s))
	return verdict(c.arabic, c.persian, c.latin, c.other, c.en, c.romance, c.words)
}

var englishWords = map[string]bool{"the": true, "of": true, "and": true, "to": true, "in": true, "a": true,
	"is": true, "was": true, "for": true, "on": true, "that": true, "with": true, "by": true, "he": true,
	"she": true, "it": true, "said": true, "at": true, "from": true, "as": true, "his": true, "her": true,
	"has": true, "have": true, "be": true, "are": true, "were": true, "an": true, "will": true, "its": true}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// persianLetters are Arabic-script letters of Persian and Urdu that Arabic
// does not use: پ چ ژ گ, Urdu ٹ ڈ ڑ ں ے ھ. (ی and ک are left out: Arabic
// typed on Persian keyboards uses them for ي and ك.)
var persianLetters = map[rune]bool{'\u067E': true, '\u0686': true, '\u0698': true, '\u06AF': true,
	'\u0679': true, '\u0688': true, '\u0691': true, '\u06BA': true, '\u06D2': true, '\u06BE': true}

// otherLatinWords are frequent function words of French, Spanish, German,
// Italian and Portuguese that English never uses as words: Latin text with
// more of them than English ones is not English.
var otherLatinWords = map[string]bool{"le": true, "la": true, "les": true, "des": true, "du": true,
	"et": true, "est": true, "une": true, "dans": true, "pour": true, "avec": true, "sur": true, "qui": true,
	"el": true, "los": true, "las": true, "del": true, "y": true, "en": true, "por": true, "con": true,
	"una": true, "que": true, "es": true, "der": true, "und": true, "das": true, "ist": true,
	"nicht": true, "mit": true, "von": true, "den": true, "il": true, "di": true, "della": true, "che": true,
	"não": true, "uma": true, "os": true, "da": true}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// arabicBlock classifies U+0600–U+06FF (indexed by the low eight bits) for
// DetectLanguage's fast path: letter, and Persian or Urdu letter.
var arabicBlock = func() (t [256]uint8) {
	for r := rune(0x600); r <= 0x6FF; r++ {
		if unicode.IsLetter(r) {
			t[r-0x600] |= arabicLetter
			if persianLetters[r] {
				t[r-0x600] |= persianLetter
			}
		}
	}
	return t
}()

const (
	arabicLetter  = 1
	persianLetter = 2
)

// verdict decides the language from the letter and word counts of
// DetectLanguage.
func verdict(arabic, persian, latin, other, en, romance, words int) string {
	total := arabic + latin + other
	switch {
	case total == 0:
		return "und"
	case arabic*2 >= total:
		// Letters Arabic does not have (پ چ ژ گ ڤ aside, which the
		// Arab press borrows rarely) mark Persian or Urdu.
		if persian*50 > arabic {
			return "und"
		}
		return "ar"
	case latin*2 > total && romance > en:
		return "und"
	case latin*2 > total && (en*20 >= words || words < 5 && en > 0):
		return "en"
	}
	return "und"
}
