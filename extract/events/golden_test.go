package events_test

import (
	"bytes"
	"encoding/json"
	goldenfile "github.com/newsx/newsx/internal/golden"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/events"
)

var update = goldenfile.Update // shared -update flag (internal/golden)

const (
	articlesDir = "../../testdata/events"
	testRef     = "2025-10-26"
)

// golden is what a .golden.json file holds: the events of one test
// article, with a one-line summary per event to review them by.
type golden struct {
	Summary []string    `json:"summary"`
	Events  []doc.Event `json:"events"`
}

// articles lists the test articles.
func articles(t testing.TB) []string {
	paths, err := filepath.Glob(filepath.Join(articlesDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < 12 {
		t.Fatalf("want at least 12 test articles in %s, have %d", articlesDir, len(paths))
	}
	return paths
}

// analyse runs the event stage over a test article annotated by its .ann
// file.
func analyse(t testing.TB, path string) *analysis.Analysis {
	t.Helper()
	txt, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ann, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".ann")
	if err != nil {
		t.Fatal(err)
	}
	a, err := annotated(string(txt), string(ann), testRef)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	events.New().Process(a)
	return a
}

func TestGolden(t *testing.T) {
	for _, path := range articles(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			a := analyse(t, path)
			g := golden{Summary: summary(a.Doc), Events: a.Doc.Events}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(g); err != nil {
				t.Fatal(err)
			}
			gp := strings.TrimSuffix(path, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(gp, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gp)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(want, buf.Bytes()) {
				var w golden
				_ = json.Unmarshal(want, &w)
				t.Errorf("events differ from %s (go test -update rewrites it)\n got:\n  %s\nwant:\n  %s", gp,
					strings.Join(g.Summary, "\n  "), strings.Join(w.Summary, "\n  "))
			}
		})
	}
}

// TestCoverage holds the test articles to the issue: every event type,
// and negated, planned and reported events, somewhere among them.
func TestCoverage(t *testing.T) {
	seen := map[string]bool{}
	for _, path := range articles(t) {
		for _, ev := range analyse(t, path).Doc.Events {
			seen[ev.Type] = true
			seen[ev.Modality] = true
		}
	}
	for _, w := range []string{"VISIT", "HOST_VISIT", "MEETING", "TALKS", "SPEECH", "STATEMENT", "SUMMIT", "AGREEMENT",
		"APPEAL", "CONDEMN", "THREATEN", "PROTEST", "ASSAULT", "ARREST", "AID", "SANCTION",
		doc.Negated, doc.Planned, doc.Reported} {
		if !seen[w] {
			t.Errorf("no test article yields a %s event", w)
		}
	}
}
