package token

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// refAnalyze is Analyze as first written: every candidate checked on its
// own, lengths counted by atLeastRunes, the lexicon asked first. The
// faster analyze must give exactly its analyses.
func refAnalyze(dst []Analysis, w string, lex Lexicon) []Analysis {
	dst = append(dst, Analysis{Stem: w})
	if !refAtLeast(w, minStem+1) {
		return dst
	}
	first, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	var procs []proclitic
	if k := procliticIndex(first); k >= 0 {
		procs = procliticsByFirst[k]
	}
	var encs []string
	if k := encliticIndex(last); k >= 0 {
		encs = encliticsByLast[k]
	}
	if len(procs) == 0 && len(encs) == 0 || isProtected(w, lex) {
		return dst
	}
	enc := func(dst []Analysis, prefix, stem string) []Analysis {
		for _, e := range encs {
			if !strings.HasSuffix(stem, e) {
				continue
			}
			s := stem[:len(stem)-len(e)]
			if !refAtLeast(s, minStem) {
				continue
			}
			dst = append(dst, Analysis{Prefix: prefix, Stem: s, Suffix: e})
			if strings.HasSuffix(s, "ت") {
				dst = append(dst, Analysis{Prefix: prefix, Stem: s[:len(s)-len("ت")] + "ه", Suffix: e})
			}
		}
		return dst
	}
	for _, p := range procs {
		if !strings.HasPrefix(w, p.text) {
			continue
		}
		rest := w[len(p.text):]
		if !refAtLeast(rest, minStem) || p.future && !startsImperfect(rest) {
			continue
		}
		dst = append(dst, Analysis{Prefix: p.text, Stem: rest, Article: p.article})
		if !p.article {
			dst = enc(dst, p.text, rest)
		}
	}
	return enc(dst, "", w)
}

func refAtLeast(s string, n int) bool {
	for i := 0; i < len(s) && n > 0; i++ {
		if s[i]&0xC0 != 0x80 {
			n--
		}
	}
	return n <= 0
}

// TestAnalyzeReference compares Analyze, and Tokenize's analyses, with
// refAnalyze on words made of clitics, stems and odd bytes, with and
// without a lexicon.
func TestAnalyzeReference(t *testing.T) {
	parts := []string{"و", "ف", "ب", "ك", "ل", "س", "ال", "لل", "ت", "ه", "ها", "هما", "كما", "نا", "ني", "ي", "م", "ن", "ا",
		"ي", "كتاب", "جنيف", "يزور", "بغداد", "ة", "\u200c", "ﺏ", "a", "\x80", "\xd8", "ۍ"}
	lexes := []Lexicon{nil, LexiconFunc(func(w string) bool { return len(w)%3 == 0 })}
	rng := rand.New(rand.NewPCG(3, 4))
	var tz Tokenizer
	for i := range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(5) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		w := b.String()
		lex := lexes[i%2]
		if got, want := Analyze(nil, w, lex), refAnalyze(nil, w, lex); !reflect.DeepEqual(got, want) {
			t.Fatalf("Analyze(%q) = %+v, want %+v", w, got, want)
		}
		tz.Lexicon = lex
		// Tokenize takes valid UTF-8 (a matching form is).
		ts := tz.Tokenize(strings.ToValidUTF8(w, "\uFFFD"))
		for _, tok := range ts.List {
			if tok.Kind != Word {
				continue
			}
			if want := refAnalyze(nil, tok.Text, lex); !reflect.DeepEqual(tok.Analyses, want) {
				t.Fatalf("Tokenize(%q): %q has %+v, want %+v", w, tok.Text, tok.Analyses, want)
			}
		}
		ts.Release()
	}
}
