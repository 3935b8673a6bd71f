package gazetteer

import (
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// TestCLDRNamesAreFresh holds the generated table (cldr_names.go) to
// golang.org/x/text's CLDR data for every two-letter code.
func TestCLDRNamesAreFresh(t *testing.T) {
	names := display.Regions(language.Arabic)
	for c0 := 'A'; c0 <= 'Z'; c0++ {
		for c1 := 'A'; c1 <= 'Z'; c1++ {
			cc := string([]rune{c0, c1})
			want := ""
			if r, err := language.ParseRegion(cc); err == nil {
				want = names.Name(r)
			}
			if got := cldrName(cc); got != want {
				t.Fatalf("cldrName(%s) = %q, want %q: run go generate ./gazetteer", cc, got, want)
			}
		}
	}
}
