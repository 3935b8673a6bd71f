package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsx/newsx/extract/doc"
)

// mixedBatch copies the Arabic articles of testdata/articles and the
// English ones of testdata/english into one directory, so a batch holds
// both languages.
func mixedBatch(t *testing.T) (string, map[string]string) {
	t.Helper()
	dir := t.TempDir()
	want := map[string]string{}
	// The shared Arabic Geneva article, when present, is the original of
	// testdata/english/geneva-visit.en.txt.
	pats := []string{filepath.Join(testdata, "articles", "*.ar.txt"), filepath.Join(testdata, "english", "*.en.txt"),
		"/work/shared/articles/nato-geneva-visit.ar.txt"}
	for _, pat := range pats {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Base(f)
			if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
			want[name] = "ar"
			if strings.HasSuffix(name, ".en.txt") {
				want[name] = "en"
			}
		}
	}
	if len(want) < 3 {
		t.Skip("too few articles for a mixed batch")
	}
	return dir, want
}

// TestExtractMixedBatch extracts a directory of Arabic and English
// articles in one run: every file gets its language, English documents
// link NATO to the same kb_id as Arabic ones, and the output does not
// depend on the number of workers.
func TestExtractMixedBatch(t *testing.T) {
	dir, want := mixedBatch(t)
	out, errOut, code := run(t, "", "extract", "--ref-date", "2025-10-26", "-j", "1", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d documents for %d files", len(lines), len(want))
	}
	natoIn := map[string]bool{}
	for _, l := range lines {
		var d doc.Document
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("%v: %.200s", err, l)
		}
		name := filepath.Base(d.Source)
		if d.Language != want[name] {
			t.Errorf("%s: language %s, want %s", name, d.Language, want[name])
		}
		for _, e := range d.Entities {
			if e.KBID == "org:nato" {
				natoIn[d.Language] = true
			}
		}
	}
	if !natoIn["en"] {
		t.Error("no English document links org:nato")
	}
	if _, ok := want["nato-geneva-visit.ar.txt"]; ok && !natoIn["ar"] {
		t.Error("the Arabic Geneva article does not link org:nato")
	}
	par, _, code := run(t, "", "extract", "--ref-date", "2025-10-26", "-j", "4", dir)
	if code != 0 || par != out {
		t.Errorf("-j 4 output differs from -j 1 (exit %d)", code)
	}
}

// TestExtractLangFlag: --lang en forces English on text that detection
// would not call English, and --lang ar keeps the English stage away.
func TestExtractLangFlag(t *testing.T) {
	text := "NATO ICRC GCSP Geneva"
	out, _, code := run(t, text, "extract", "--format", "jsonl", "--lang", "en", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var d doc.Document
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if d.Language != "en" || len(d.Entities) == 0 {
		t.Errorf("--lang en: language %s, %d entities", d.Language, len(d.Entities))
	}
	out, _, code = run(t, "NATO's Assistant Secretary General visited Geneva on 23–24 October.", "extract", "--format", "jsonl", "--lang", "ar", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if d.Language != "ar" {
		t.Errorf("--lang ar: language %s", d.Language)
	}
	for _, x := range d.Dates {
		if x.Text == "23–24 October" {
			t.Errorf("--lang ar: the English tagger ran (%+v)", x)
		}
	}
}
