package extract

import (
	"unicode"
	"unicode/utf8"
)

// DetectLanguage tells Arabic from English by letter statistics over a
// matching form: "ar" when Arabic-script letters dominate, "en" when Latin
// letters dominate and common English function words occur, "und" otherwise
// (no letters, another script, or Latin text that reads as no English).
// Arabic articles with Latin acronyms (NATO, ICRC) stay Arabic.
func DetectLanguage(s string) string {
	var arabic, latin, other, en, words int
	inWord := false
	wordStart := 0
	for i := 0; i < len(s); {
		r, sz := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F, r >= 0xFB50 && r <= 0xFEFF:
			arabic++
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
			words++
			if englishWords[lowerASCII(s[wordStart:i])] {
				en++
			}
		}
		i += sz
	}
	if inWord {
		words++
		if englishWords[lowerASCII(s[wordStart:])] {
			en++
		}
	}
	total := arabic + latin + other
	switch {
	case total == 0:
		return "und"
	case arabic*2 >= total:
		return "ar"
	case latin*2 > total && (en*20 >= words || words < 5 && en > 0):
		return "en"
	}
	return "und"
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
