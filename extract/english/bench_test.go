package english_test

import (
	"os"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/english"
)

func loadArticles(b *testing.B) ([]string, int) {
	var texts []string
	size := 0
	for _, f := range articles(b) {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		size += len(t)
	}
	return texts, size
}

// BenchmarkEnglish runs the English articles through the default
// pipeline with the shared prose model: docs/s and MB/s in steady state.
func BenchmarkEnglish(b *testing.B) {
	p := pipeline(b)
	texts, size := loadArticles(b)
	r := ref(b)
	p.Extract(extract.Input{Text: texts[0], Ref: r}) // load the model outside the timing
	b.SetBytes(int64(size) / int64(len(texts)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		p.Extract(extract.Input{Text: texts[i%len(texts)], Ref: r})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	if n := english.ModelLoads(); n != 1 {
		b.Fatalf("prose model loaded %d times, want once", n)
	}
}

// BenchmarkEnglishParallel is BenchmarkEnglish on every core at once, as
// the batch workers run it: one model shared by all goroutines.
func BenchmarkEnglishParallel(b *testing.B) {
	p := pipeline(b)
	texts, size := loadArticles(b)
	r := ref(b)
	p.Extract(extract.Input{Text: texts[0], Ref: r})
	b.SetBytes(int64(size) / int64(len(texts)))
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			p.Extract(extract.Input{Text: texts[i%len(texts)], Ref: r})
			i++
		}
	})
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "docs/s")
}

// BenchmarkProsePerDocumentModel is what prose does by default: decode
// its model again for every document (prose.NewDocument without
// UsingModel). Compare its ns/op and B/op with BenchmarkProseSharedModel.
func BenchmarkProsePerDocumentModel(b *testing.B) {
	texts, _ := loadArticles(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := prose.NewDocument(texts[i%len(texts)], prose.WithSegmentation(false)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProseSharedModel tags the same documents with one model
// decoded once (what the English stage does).
func BenchmarkProseSharedModel(b *testing.B) {
	texts, _ := loadArticles(b)
	m := prose.ModelFromData("en")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := prose.NewDocument(texts[i%len(texts)], prose.UsingModel(m), prose.WithSegmentation(false)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestModelLoadedOnce: after many English documents on many goroutines,
// the prose model has been decoded exactly once.
func TestModelLoadedOnce(t *testing.T) {
	p := pipeline(t)
	texts := []string{"NATO met in Geneva on Tuesday.", "The ICRC held talks with the GCSP last June."}
	done := make(chan bool)
	for w := 0; w < 4; w++ {
		go func() {
			for i := 0; i < 5; i++ {
				p.Extract(extract.Input{Text: texts[i%2]})
			}
			done <- true
		}()
	}
	for w := 0; w < 4; w++ {
		<-done
	}
	if n := english.ModelLoads(); n != 1 {
		t.Errorf("prose model loaded %d times, want 1", n)
	}
}
