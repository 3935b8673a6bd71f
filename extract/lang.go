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
	var arabic, persian, latin, other, en, romance, words int
	inWord := false
	wordStart := 0
	// endWord counts a finished Latin word and the function-word lists it
	// is on.
	endWord := func(w string) {
		words++
		w = lowerASCII(w)
		if englishWords[w] {
			en++
		}
		if otherLatinWords[w] {
			romance++
		}
	}
	for i := 0; i < len(s); {
		// Fast paths, same counts: ASCII, and the basic Arabic block
		// (two-byte UTF-8, lead bytes D8–DB) through a table.
		if c := s[i]; c < utf8.RuneSelf {
			if isASCIILetter(c) {
				latin++
				if !inWord {
					inWord, wordStart = true, i
				}
				i++
				continue
			}
		} else if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			switch arabicBlock[(c&0x1F)<<6&0xFF|s[i+1]&0x3F] {
			case arabicLetter:
				arabic++
			case arabicLetter | persianLetter:
				arabic++
				persian++
			}
			if inWord {
				inWord = false
				endWord(s[wordStart:i])
			}
			i += 2
			continue
		}
		r, sz := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F, r >= 0xFB50 && r <= 0xFEFF:
			if unicode.IsLetter(r) {
				arabic++
				if persianLetters[r] {
					persian++
				}
			}
		case r < 0x250 && unicode.IsLetter(r):
			latin++
			if !inWord {
				inWord, wordStart = true, i
			}
			i += sz
			continue
		case unicode.IsLetter(r):
			other++
		}
		if inWord {
			inWord = false
			endWord(s[wordStart:i])
		}
		i += sz
	}
	if inWord {
		endWord(s[wordStart:])
	}
	return verdict(arabic, persian, latin, other, en, romance, words)
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
