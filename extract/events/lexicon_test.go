package events

import (
	"slices"
	"testing"
)

func TestLexiconLoads(t *testing.T) {
	lx, err := parseLexicon(triggersTSV)
	if err != nil {
		t.Fatal(err)
	}
	// every type the issue names has triggers and a CAMEO code
	for _, typ := range []string{"VISIT", "HOST_VISIT", "MEETING", "TALKS", "SPEECH", "STATEMENT", "SUMMIT",
		"AGREEMENT", "APPEAL", "CONDEMN", "THREATEN", "PROTEST", "ASSAULT", "ARREST", "AID", "SANCTION"} {
		ti, ok := lx.types[typ]
		if !ok || ti.cameo == "" {
			t.Errorf("type %s: not declared or no CAMEO code", typ)
		}
		n := 0
		for _, es := range lx.first {
			for _, e := range es {
				if e.typ == typ {
					n++
				}
			}
		}
		if n == 0 {
			t.Errorf("type %s: no triggers", typ)
		}
	}
}

func TestLexiconErrors(t *testing.T) {
	for _, src := range []string{
		"VISIT\tverb\tزار|يزور",                    // undeclared type
		"@VISIT\tCONSULT\t042\nVISIT\tadverb\tزار", // unknown class
		"@VISIT\tCONSULT\t042\nVISIT\tnoun",        // too few columns
		"@VISIT\tCONSULT\t042\nVISIT\tnoun\tزيارة\tcolour=red",
		"@VISIT\tCONSULT\t042\nLIGHT\tMEETING\tقام|يقوم",
	} {
		if _, err := parseLexicon(src); err == nil {
			t.Errorf("%q: no error", src)
		}
	}
}

func TestConjugate(t *testing.T) {
	cases := []struct {
		spec string
		want []string
	}{
		{"زار|يزور|يزر", []string{"زار", "زارت", "زاروا", "يزور", "تزور", "يزورون", "يزر", "يزوروا"}},
		{"التقى|يلتقي|يلتق", []string{"التقي", "التقت", "التقوا", "التقا", "يلتقي", "تلتقي", "يلتقون", "يلتقيان"}},
		{"دعا|يدعو", []string{"دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون"}},
		{"أكد|يؤكد", []string{"اكد", "اكدت", "يءكد", "تءكد"}},
	}
	for _, tc := range cases {
		got := conjugate(tc.spec)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("conjugate(%q) lacks %q: %v", tc.spec, w, got)
			}
		}
	}
}

// TestSetFilter checks that the filter inSet asks first knows every word
// of every word set, so that no set loses words to it.
func TestSetFilter(t *testing.T) {
	sets := []*class{clauseEnds, complementisers, demonstratives, during, futureAdv, intent, inviters,
		issuedBy, kana, negators, nounNeg, particleQad, placeNouns, plannedAdj, presence, pronounPreps, pronounThat,
		quantities, regionWords, relatives, reporting, stopWords, timeNouns, titleWords, topicNouns, venueWords, hostVerbs, witness, adverbs}
	for i, s := range sets {
		for w := range s.words {
			if !setFilter.May(w) || !setFilter.May(w+"ا") {
				t.Errorf("set %d: filter turns %q away", i, w)
			}
		}
	}
}
