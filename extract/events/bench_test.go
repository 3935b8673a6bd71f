package events_test

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/events"
	"github.com/newsx/newsx/internal/benchutil"
)

// newsCorpus builds at least size bytes of news text: articles made by
// shuffling the paragraphs of the test articles (and of the example
// article when present), each a few kilobytes, as a news feed would hold.
func newsCorpus(tb testing.TB, size int) []string {
	var paras []string
	paths := articles(tb)
	if _, err := os.Stat(natoArticle); err == nil {
		paths = append(paths, natoArticle)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		for _, para := range strings.Split(string(b), "\n\n") {
			if strings.TrimSpace(para) != "" {
				paras = append(paras, strings.TrimSpace(para))
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	var docs []string
	total := 0
	for total < size {
		var b strings.Builder
		for b.Len() < 3000 {
			b.WriteString(paras[r.IntN(len(paras))])
			b.WriteString("\n\n")
		}
		docs = append(docs, b.String())
		total += b.Len()
	}
	return docs
}

func corpusBytes(docs []string) int64 {
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	return int64(n)
}

// The whole pipeline (normalisation, tokens, entities, dates, events,
// JSON) is measured once for the project: BenchmarkEndToEnd in package
// extract, on 8 MB of generated news; the stage alone on that corpus is
// BenchmarkStages/events there.

// BenchmarkEventsStage runs the event stage alone over 1 MB of text that
// the rest of the pipeline has already analysed.
func BenchmarkEventsStage(b *testing.B) {
	p, err := extract.Default(extract.Config{})
	if err != nil {
		b.Fatal(err)
	}
	docs := newsCorpus(b, 1<<20)
	ref, _ := extract.ParseReference(testRef)
	st := events.New()
	var as []*analysis.Analysis
	for _, d := range docs {
		as = append(as, p.Analyze(extract.Input{ID: "b", Source: "b", Text: d, Ref: ref}))
	}
	b.SetBytes(corpusBytes(docs))
	b.ResetTimer()
	cpu := benchutil.StartCPU()
	for b.Loop() {
		for _, a := range as {
			a.Doc.Events = nil
			st.Process(a)
		}
	}
	cpu.Report(b, int(corpusBytes(docs)))
}
