package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// detectLanguageRef is DetectLanguage without its fast paths: one rune at a
// time, as first written. The fast paths must give the same answer.
func detectLanguageRef(s string) string {
	var arabic, persian, latin, other, en, romance, words int
	inWord := false
	wordStart := 0
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

var langPieces = []string{"the", "The", "of", "and", "le", "la", "der", "é", "ß", "Ü", " ", "\n", ".", "1",
	"زار", "الوزير", "جنيف", "پ", "چ", "گ", "ی", "ک", "ے", "\u064B", "\u0640", "٣", "ﻻ", "ݐ", "\xd8", "\xdb\x80",
	"\xff", "Ω", "中文", "NATO", "said", "que", "el", "ALL", "ỹ"}

func TestDetectLanguageFastPathsMatch(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 8))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.IntN(40); k >= 0; k-- {
			b.WriteString(langPieces[r.IntN(len(langPieces))])
			if r.IntN(3) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		if got, want := DetectLanguage(s), detectLanguageRef(s); got != want {
			t.Fatalf("DetectLanguage(%q) = %s, want %s", s, got, want)
		}
	}
}

func FuzzDetectLanguage(f *testing.F) {
	for _, p := range langPieces {
		f.Add(p + " " + p)
	}
	f.Add("The minister said that NATO and زار الوزير جنيف")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := DetectLanguage(s), detectLanguageRef(s); got != want {
			t.Fatalf("DetectLanguage(%q) = %s, want %s", s, got, want)
		}
	})
}
