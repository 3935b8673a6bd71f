package extract_test

import (
	"bytes"
	"sync"
	"testing"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/write"
	"github.com/newsx/newsx/internal/newsgen"
)

// TestRecycledTokensLeaveDocumentsIntact extracts articles with Extract,
// which hands each document's tokens back for reuse, on four goroutines
// at once, and only then writes the documents out, comparing each with
// one made by Analyze, whose tokens are never reused: a document that
// kept anything of its tokens would have changed as later documents
// overwrote them.
func TestRecycledTokensLeaveDocumentsIntact(t *testing.T) {
	p, err := extract.Default(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	const n = 200
	in := make([]extract.Input, n)
	want := make([][]byte, n)
	for i := range n {
		in[i] = extract.Input{ID: "x", Source: "x", Text: newsgen.Article(uint64(i)), Ref: ref}
		b, err := write.Marshal(p.Analyze(in[i]).Doc)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = b
	}
	docs := make([]*doc.Document, n)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += 4 {
				docs[i] = p.Extract(in[i])
			}
		}()
	}
	wg.Wait()
	for i, d := range docs {
		got, err := write.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want[i]) {
			t.Fatalf("article %d: the document changed once its tokens were reused", i)
		}
	}
}
