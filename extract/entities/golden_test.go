package entities_test

import (
	"bytes"
	"encoding/json"
	"github.com/newsx/newsx/internal/golden"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsx/newsx/extract"
)

var update = golden.Update // shared -update flag (internal/golden)

// TestGoldenArticles runs the pipeline on the news-style articles the
// developers wrote (testdata/entities/*.txt) and compares the entities
// with the reviewed golden files beside them. Rewrite them with -update
// after checking the difference by hand.
func TestGoldenArticles(t *testing.T) {
	files, err := filepath.Glob("../../testdata/entities/*.txt")
	if err != nil || len(files) < 10 {
		t.Fatalf("want at least 10 test articles, found %d (%v)", len(files), err)
	}
	p := pipeline(t)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d := p.Extract(extract.Input{ID: name, Text: string(text)})
			got, err := json.MarshalIndent(d.Entities, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGoldenArticles -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("entities of %s differ from %s; got:\n%s", f, golden, got)
			}
		})
	}
}
