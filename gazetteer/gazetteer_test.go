package gazetteer

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsx/newsx/normalize"
)

func TestShippedDataLoads(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatalf("embedded gazetteer does not validate:\n%v", err)
	}
	if g.Len() == 0 {
		t.Fatal("no entries")
	}
	t.Logf("%d entries, %d person names, %d titles, %d rule words", g.Len(), len(g.Names), len(g.Titles), len(g.Rules))
}

// TestFastKeyMatchesNormalize holds key (normalize.Word, with its fast
// path) equal to the general normalisation on every name the gazetteer
// ships.
func TestFastKeyMatchesNormalize(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	check := func(s string) {
		if k, want := key(s), normalize.Default().Normalize(strings.TrimSpace(s)).Form; k != want {
			t.Errorf("key(%q) = %q, general normalisation = %q", s, k, want)
		}
	}
	for _, e := range g.Entries {
		check(e.Name)
		for _, a := range e.AliasesAr {
			check(a)
		}
		for _, a := range e.AliasesEn {
			check(a)
		}
		check(e.NameEn)
		for _, a := range e.Adjectives {
			check(a)
		}
	}
	for _, n := range g.Names {
		check(n.Name)
	}
	for _, s := range []string{"NATO", "U.N.", "  Geneva   Centre ", "  جِنيف  ", "شئون", "مؤتمر", "الأُمم   المتحدة", "مستشفى", "ـتطويل"} {
		check(s)
	}
}

const header = "kb_id\ttype\tsubtype\tname_ar\tname_en\taliases_ar\taliases_en\tadjectives\tnominals\tcountry\tattrs\tflags\n"

func row(cols ...string) string {
	for len(cols) < 12 {
		cols = append(cols, "")
	}
	return strings.Join(cols, "\t") + "\n"
}

// TestValidationRejects names one case per validation rule.
func TestValidationRejects(t *testing.T) {
	cases := []struct {
		name, data, want string
	}{
		{"duplicate kb_id", header + row("loc:x-town", "LOCATION", "city", "إكس") + row("loc:x-town", "LOCATION", "city", "واي"), "t.tsv:3: duplicate kb_id loc:x-town (first at t.tsv:2)"},
		{"empty name", header + row("org:nameless", "ORGANIZATION", "ngo", ""), "t.tsv:2: empty name_ar"},
		{"bad id", header + row("org:Bad_Id", "ORGANIZATION", "ngo", "منظمة"), `t.tsv:2: bad kb_id "org:Bad_Id"`},
		{"id of another type", header + row("loc:acme", "ORGANIZATION", "company", "أكمي"), `kb_id "loc:acme" does not fit type "ORGANIZATION"`},
		{"bad subtype", header + row("loc:y-city", "LOCATION", "planet", "واي"), `bad subtype "planet"`},
		{"column count", header + "loc:z\tLOCATION\tcity\n", "t.tsv:2: 3 columns, want 12"},
		{"bad header", "name\ttype\n", "t.tsv:1: unknown header"},
		{"cross-type collision", header + row("loc:zarqa-x", "LOCATION", "city", "الزرقاء الجديدة") + row("org:zarqa-club", "ORGANIZATION", "sport", "الزرقاء الجديده"),
			`name "الزرقاء الجديده" of org:zarqa-club collides with loc:zarqa-x`},
		{"bad flag", header + row("loc:q-town", "LOCATION", "city", "كيو", "", "", "", "", "", "", "", "maybe"), `bad flags "maybe"`},
		{"bad attrs", header + row("per:someone", "PERSON", "other", "شخص", "", "", "", "", "", "", "role"), `bad attrs item "role"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := &Gazetteer{byID: map[string]int{}}
			errs := g.parse("t.tsv", []byte(c.data), false)
			errs = append(errs, g.validate()...)
			if len(errs) == 0 {
				t.Fatalf("accepted; want error containing %q", c.want)
			}
			if !strings.Contains(errs.Error(), c.want) {
				t.Errorf("error %q, want it to contain %q", errs.Error(), c.want)
			}
		})
	}
}

func TestAmbiguousFlagAllowsCollision(t *testing.T) {
	data := header + row("loc:zarqa-x", "LOCATION", "city", "الزرقاء الجديدة") + row("org:zarqa-club", "ORGANIZATION", "sport", "الزرقاء الجديدة", "", "", "", "", "", "", "", "ambiguous")
	g := &Gazetteer{byID: map[string]int{}}
	if errs := append(g.parse("t.tsv", []byte(data), false), g.validate()...); len(errs) > 0 {
		t.Fatal(errs)
	}
}

func TestUserGazetteerAddsAndOverrides(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "mine.tsv")
	data := "# test gazetteer\n" + header +
		row("loc:geneva", "LOCATION", "city", "جنيف", "Genf") +
		row("org:newsx-lab", "ORGANIZATION", "think_tank", "مختبر نيوزإكس", "newsx Lab", "", "NXL")
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := base.WithFiles(p)
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := g.Lookup("loc:geneva"); !ok || e.NameEn != "Genf" {
		t.Errorf("override: %+v", e)
	}
	if _, ok := g.Lookup("org:newsx-lab"); !ok {
		t.Error("added entry missing")
	}
	if e, _ := base.Lookup("loc:geneva"); e.NameEn != "Geneva" {
		t.Errorf("base changed: %q", e.NameEn)
	}
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte(header+row("loc:x", "LOCATION", "city", "")), 0o644)
	err = Check(bad)
	var list ErrorList
	if !errors.As(err, &list) || !strings.Contains(err.Error(), "bad.tsv:2: empty name_ar") {
		t.Errorf("Check(bad) = %v", err)
	}
}

func TestCLDRCountryNames(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range g.Entries {
		if e.Subtype == "country" && e.Name == "" {
			t.Errorf("%s has no Arabic name", e.ID)
		}
	}
	if got := cldrName("CH"); got != "سويسرا" {
		t.Errorf("CLDR CH = %q", got)
	}
}

func TestAdjectiveForms(t *testing.T) {
	got := AdjectiveForms("سويسري")
	for _, want := range []string{"سويسري", "سويسريه", "السويسري", "السويسريه", "سويسريون", "سويسريين", "سويسريات", "السويسريات"} {
		if !slices.Contains(got, want) {
			t.Errorf("AdjectiveForms(سويسري) lacks %s: %v", want, got)
		}
	}
	if got := AdjectiveForms("كوري جنوبي"); !slices.Contains(got, "الكوريه الجنوبيه") {
		t.Errorf("two-word nisba: %v", got)
	}
}

// TestSnapshotIsFresh fails when a data file changed after the last
// `go generate ./gazetteer`, and checks the snapshot decodes to what
// parsing the files gives.
func TestSnapshotIsFresh(t *testing.T) {
	sum, err := dataHash(embedded, "data")
	if err != nil {
		t.Fatal(err)
	}
	snap, err := decodeSnapshot(snapshot, sum)
	if err != nil {
		t.Fatalf("%v", err)
	}
	parsed, err := LoadFS(embedded, "data")
	if err != nil {
		t.Fatal(err)
	}
	parsed.build()
	if len(snap.Entries) != len(parsed.Entries) || len(snap.Names) != len(parsed.Names) || len(snap.Titles) != len(parsed.Titles) || len(snap.Rules) != len(parsed.Rules) {
		t.Fatal("snapshot and data differ in size")
	}
	for i, e := range parsed.Entries {
		if s := snap.Entries[i]; s.ID != e.ID || s.Name != e.Name || !slices.Equal(s.AliasesAr, e.AliasesAr) || len(s.Attrs) != len(e.Attrs) {
			t.Fatalf("entry %d: snapshot %+v, data %+v", i, s, e)
		}
	}
	if snap.matcher.tab != parsed.matcher.tab || snap.lexicon != parsed.lexicon {
		t.Errorf("matcher or lexicon differ: %d/%d edges, %d/%d lexicon bytes", snap.matcher.numEdges(), parsed.matcher.numEdges(), len(snap.lexicon), len(parsed.lexicon))
	}
	if !slices.Equal(snap.entryKeys, parsed.entryKeys) || !slices.Equal(snap.nameKeys, parsed.nameKeys) ||
		!slices.Equal(snap.titleKeys, parsed.titleKeys) || !slices.Equal(snap.ruleKeys, parsed.ruleKeys) {
		t.Error("matching forms differ")
	}
	if _, err := decodeSnapshot(snapshot, [32]byte{1}); !errors.Is(err, errStale) {
		t.Errorf("a changed hash is not reported stale: %v", err)
	}
}
