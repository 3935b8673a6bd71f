package english_test

import (
	"os"
	"testing"
	"unicode/utf8"

	"github.com/newsx/newsx/extract"
)

// FuzzEnglish feeds arbitrary text to the pipeline forced to English: no
// panics, and every span cuts the original text where the document says.
func FuzzEnglish(f *testing.F) {
	// Short seeds keep the fuzzer's minimisation cheap: the first
	// paragraphs of the articles, cut at a code point boundary.
	for _, p := range articles(f) {
		if b, err := os.ReadFile(p); err == nil {
			s := string(b)
			for len(s) > 300 || !utf8.ValidString(s) {
				s = s[:len(s)-1]
			}
			f.Add(s)
		}
	}
	for _, s := range []string{"", " ", "\n\n", "NATO", "“NATO”  ICRC\t\tGenève ﬁ 🙂", "23–24 October",
		"the the the", "Mr. Mr. Mr.", "'s 's", "Ambassador , Ambassador", "\u200f\u200eNATO\u00a0met", "Ｎａｔｏ ＩＣＲＣ",
		"He said: \"the Alliance\" — on Tuesday, 3 hours ago.", "زار جنيف NATO visited Geneva"} {
		f.Add(s)
	}
	p, err := extract.Default(extract.Config{Lang: "en"})
	if err != nil {
		f.Fatal(err)
	}
	r, _ := extract.ParseReference("2025-10-26")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip()
		}
		d := p.Extract(extract.Input{ID: "fuzz", Text: text, Ref: r})
		validSpans(t, text, d)
	})
}
