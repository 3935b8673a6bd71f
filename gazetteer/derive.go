package gazetteer

import (
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/normalize"
)

// key returns the matching form of a name: the form text is matched in
// (normalize.Word). Names in plain Arabic letters take a fast path that
// applies the same folds without building an offset map; a test holds the
// two equal on every shipped name.
func key(s string) string {
	if k, ok := fastKey(s); ok {
		return k
	}
	return normalize.Word(s)
}

// fastKey folds s when it holds only basic Arabic letters, marks,
// printable ASCII and spaces; ok is false for anything else.
func fastKey(s string) (string, bool) {
	s = strings.TrimSpace(s)
	b := make([]byte, 0, len(s))
	space := false
	for _, r := range s {
		switch {
		case r == ' ':
			space = true
			continue
		case r == 0x0640 || (r >= 0x064B && r <= 0x065F) || r == 0x0670:
			continue
		case r > ' ' && r < 0x7F:
			// Printable ASCII is left as it is.
		case r < 0x0621 || r > 0x064A:
			return "", false
		}
		switch r {
		case 'أ', 'إ', 'آ':
			r = 'ا'
		case 'ؤ', 'ئ':
			r = 'ء'
		case 'ى':
			r = 'ي'
		case 'ة':
			r = 'ه'
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b), true
}

// AdjectiveForms derives the inflected forms of a nisba adjective (an
// adjective of relation such as سويسري "Swiss") given in its masculine
// singular without the article: feminine ـة, the dual, the sound plurals
// ـون/ـين and ـات, each with and without the article ال. In a phrase
// (كوري جنوبي) every word inflects alike. The forms are matching forms.
func AdjectiveForms(adj string) []string {
	words := strings.Fields(key(adj))
	if len(words) == 0 {
		return nil
	}
	suffixes := []string{"", "ه", "ون", "ين", "ات", "ان", "تان", "تين"}
	var out []string
	for _, article := range []bool{false, true} {
		for _, suf := range suffixes {
			parts := make([]string, len(words))
			ok := true
			for i, w := range words {
				w = strings.TrimPrefix(w, "ال")
				if !strings.HasSuffix(w, "ي") {
					// Not a nisba: only the article form is derived.
					if suf != "" {
						ok = false
						break
					}
				}
				if article {
					w = "ال" + w
				}
				parts[i] = w + suf
			}
			if ok {
				out = append(out, strings.Join(parts, " "))
			}
		}
	}
	return out
}
