package entities_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/entities"
	"github.com/newsx/newsx/gazetteer"
	"github.com/newsx/newsx/internal/benchutil"
)

// corpus builds at least 1 MB of Arabic news text from the test articles,
// each copy with its sentences rotated so the documents differ.
func corpus(b *testing.B) []string {
	files, _ := filepath.Glob("../../testdata/entities/*.txt")
	if len(files) == 0 {
		b.Skip("no test articles")
	}
	var arts []string
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, string(t))
	}
	var docs []string
	size := 0
	for n := 0; size < 1<<20; n++ {
		lines := strings.Split(arts[n%len(arts)], "\n")
		k := (n / len(arts)) % len(lines)
		d := strings.Join(append(lines[k:], lines[:k]...), "\n")
		docs = append(docs, d)
		size += len(d)
	}
	return docs
}

// BenchmarkEntities measures entity recognition (normalisation,
// tokenisation and the entity stage) on ≥1 MB of news text, one core.
func BenchmarkEntities(b *testing.B) { benchPipeline(b, true) }

// BenchmarkTokenizeOnly is the baseline the entity stage adds to.
func BenchmarkTokenizeOnly(b *testing.B) { benchPipeline(b, false) }

// benchPipeline runs normalisation and tokenisation, and the entity stage
// when withEntities, over the corpus.
func benchPipeline(b *testing.B, withEntities bool) {
	docs := corpus(b)
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	opts := []extract.Option{extract.WithLexicon(g.Lexicon())}
	if withEntities {
		opts = append(opts, extract.WithStages(entities.New(g)))
	}
	p := extract.New(opts...)
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	// On a shared machine wall time overstates the cost; CPU time is
	// what one core spends.
	cpu := benchutil.StartCPU()
	for b.Loop() {
		for _, d := range docs {
			p.Extract(extract.Input{Text: d})
		}
	}
	cpu.Report(b, total)
}

// BenchmarkStage measures the entity stage alone on ≥1 MB of text that
// is already normalised and tokenised.
func BenchmarkStage(b *testing.B) {
	docs := corpus(b)
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	p := extract.New(extract.WithLexicon(g.Lexicon()))
	st := entities.New(g)
	var as []*analysis.Analysis
	total := 0
	for _, d := range docs {
		as = append(as, p.Analyze(extract.Input{Text: d}))
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := benchutil.StartCPU()
	for b.Loop() {
		for _, a := range as {
			a.Doc = doc.New("", "")
			a.Mentions = a.Mentions[:0]
			st.Process(a)
		}
	}
	cpu.Report(b, total)
}

// BenchmarkNew measures building the stage (its word tables) from a
// loaded gazetteer: part of start-up.
func BenchmarkNew(b *testing.B) {
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		entities.New(g)
	}
}
