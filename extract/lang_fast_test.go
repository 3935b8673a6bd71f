package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// detectLanguageRef is DetectLanguage without its fast paths: every code
// point through the general step. The fast paths must give the same answer.
func detectLanguageRef(s string) string {
	var c letterCounts
	for i := 0; i < len(s); {
		i = c.step(s, i)
	}
	return c.verdict(s)
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
