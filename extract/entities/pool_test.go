package entities_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/newsx/newsx/extract"
)

// TestReusedStateIsClean holds the pooled per-document state of the stage:
// a document's entities must not depend on which documents the stage read
// before it or reads beside it on other goroutines.
func TestReusedStateIsClean(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/entities/*.txt")
	if len(files) == 0 {
		t.Skip("no test articles")
	}
	p := pipeline(t)
	extractJSON := func(text string) []byte {
		b, err := json.Marshal(p.Extract(extract.Input{ID: "x", Text: text}).Entities)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	var texts []string
	var want [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
		want = append(want, extractJSON(string(b)))
	}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range 3 * len(texts) {
				i := (n*7 + w) % len(texts)
				if got := extractJSON(texts[i]); !bytes.Equal(got, want[i]) {
					t.Errorf("%s read after other documents differs:\n%s\nwant:\n%s", files[i], got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}
