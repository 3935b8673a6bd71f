package gazetteer

import (
	"strings"

	"github.com/newsx/newsx/extract/token"
)

// buildLexicon collects the known whole words the tokenizer must not
// split: every word of a place, organisation or person name and every
// given and family name whose first letters look like a proclitic
// (بغداد, لبنان, بوريس). A word is left out when the entry or name is
// flagged ambiguous, or when stripping its proclitic leaves another known
// name (وعمان is و + عمان), so the clitic reading stays available.
func buildLexicon(g *Gazetteer) map[string]bool {
	words := map[string]bool{}
	for w := range g.matcher.words {
		if isArabicWord(w) {
			words[w] = true
		}
	}
	lex := map[string]bool{}
	var buf []token.Analysis
	for w := range words {
		if !strings.ContainsAny(firstRune(w), "وفبكلس") {
			continue
		}
		buf = token.Analyze(buf[:0], w, nil)
		shadowed := false
		for _, a := range buf[1:] {
			if a.Suffix == "" && (words[a.Stem] || words[a.Definite()]) {
				shadowed = true
				break
			}
		}
		if !shadowed {
			lex[w] = true
		}
	}
	return lex
}

func firstRune(s string) string {
	for i := range s {
		if i > 0 {
			return s[:i]
		}
	}
	return s
}

func isArabicWord(s string) bool {
	for _, r := range s {
		if !token.IsArabicLetter(r) {
			return false
		}
	}
	return s != ""
}
