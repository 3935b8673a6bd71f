package gazetteer

import (
	"strings"
	"testing"
)

// TestNoBareAdjectiveNames keeps a class of curation mistakes out of the
// data: an organisation or person whose Arabic name or alias is, word for
// word, a country's nisba adjective (اليمنية for Yemenia, السعودية for
// Saudia). In news text such a word is almost always the adjective, so an
// unflagged row turns every "Yemeni" into the airline. A row that really
// needs the bare form must carry the ambiguous flag, which makes the
// recogniser ask for context. (Adjectives of towns are left out: surnames
// such as الصفدي and club names such as الصفاقسي are far more common in
// news than the adjective of the town they come from.)
func TestNoBareAdjectiveNames(t *testing.T) {
	g, err := LoadFS(embedded, "data")
	if err != nil {
		t.Fatal(err)
	}
	adjectives := map[string]string{}
	for _, e := range g.Entries {
		if e.Type != Location || (e.Subtype != "country" && e.Subtype != "territory") {
			continue
		}
		for _, a := range e.Adjectives {
			for _, f := range AdjectiveForms(a) {
				adjectives[f] = e.ID
			}
		}
	}
	for _, e := range g.Entries {
		if e.Type == Location || e.Ambiguous {
			continue
		}
		for _, n := range append([]string{e.Name}, e.AliasesAr...) {
			k := key(n)
			if strings.Contains(k, " ") {
				continue
			}
			if place, ok := adjectives[k]; ok {
				t.Errorf("%s: %s name %q is an adjective of %s; drop it or flag the row ambiguous", e.Pos, e.ID, n, place)
			}
		}
	}
}
