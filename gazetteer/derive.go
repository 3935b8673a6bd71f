package gazetteer

import (
	"strings"

	"github.com/newsx/newsx/normalize"
)

// key returns the matching form of a name: the form text is matched in.
func key(s string) string { return normalize.Word(s) }

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
