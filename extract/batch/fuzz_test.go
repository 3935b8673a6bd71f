package batch_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"testing"
	"time"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/batch"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/write"
)

var (
	pipeOnce sync.Once
	pipe     *extract.Pipeline
	pipeErr  error
)

func defaultPipeline(t testing.TB) *extract.Pipeline {
	pipeOnce.Do(func() { pipe, pipeErr = extract.Default(extract.Config{}) })
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return pipe
}

// analyzeTimeout bounds one fuzz input's trip through the pipeline: fuzz
// inputs are small, so anything near it is a hang.
const analyzeTimeout = 10 * time.Second

// FuzzPipeline feeds raw bytes through what `newsx extract` does with a
// file — batch.CheckText, the default pipeline, the JSON Lines writer —
// and checks that the output is one line of valid JSON, that it decodes
// as a document (or the input was refused as binary), and that every span
// in it points into the original text: 0 <= start <= end <= length in code
// points, and its text is exactly the original between those offsets.
// The seed corpus is testdata/fuzz/FuzzPipeline plus the bundled articles.
func FuzzPipeline(f *testing.F) {
	for _, dir := range []string{"../../testdata/articles", "../../../shared/articles"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		text, warns, err := batch.CheckText(raw, "fuzz")
		if err != nil {
			if batch.Body(err).Code != doc.ErrBinary || bytes.IndexByte(raw, 0) < 0 {
				t.Fatalf("CheckText refused text without NUL: %v", err)
			}
			return
		}
		// A stage that loops for ever would stall the fuzzer without a
		// report; fail instead, so the input lands in the corpus.
		// A panic is reported as such (newsx itself turns one into an
		// `internal` error record, but the pipeline should not panic).
		p := defaultPipeline(t)
		type outcome struct {
			a     *analysis.Analysis
			panic any
			stack []byte
		}
		done := make(chan outcome, 1)
		go func() {
			defer func() {
				if v := recover(); v != nil {
					done <- outcome{panic: v, stack: debug.Stack()}
				}
			}()
			done <- outcome{a: p.Analyze(extract.Input{ID: "fuzz", Source: "fuzz", Text: text, Warnings: warns})}
		}()
		var a *analysis.Analysis
		select {
		case o := <-done:
			if o.panic != nil {
				t.Fatalf("the pipeline panicked: %v\n%s", o.panic, o.stack)
			}
			a = o.a
		case <-time.After(analyzeTimeout):
			t.Fatalf("the pipeline took over %v on %d bytes: %q", analyzeTimeout, len(raw), raw)
		}
		var out bytes.Buffer
		w, _ := write.New("jsonl", &out, write.Options{})
		if err := w.Write(write.Result{Doc: a.Doc, Analysis: a}); err != nil {
			t.Fatal(err)
		}
		line := out.Bytes()
		if bytes.Count(line, []byte("\n")) != 1 || !json.Valid(line) {
			t.Fatalf("not one line of valid JSON: %q", line)
		}
		var d doc.Document
		if err := json.Unmarshal(line, &d); err != nil {
			t.Fatal(err)
		}
		CheckSpans(t, text, &d)
	})
}

// CheckSpans checks every offset of d against text (the output contract's
// offset rule).
func CheckSpans(t *testing.T, text string, d *doc.Document) {
	t.Helper()
	runes := []rune(text)
	check := func(what, got string, start, end int) {
		t.Helper()
		if start < 0 || start > end || end > len(runes) {
			t.Fatalf("%s: span %d-%d outside the text (%d code points)", what, start, end, len(runes))
		}
		if want := string(runes[start:end]); got != want {
			t.Fatalf("%s: text %q but the original at %d-%d is %q", what, got, start, end, want)
		}
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			check("mention of "+e.ID, m.Text, m.Start, m.End)
		}
	}
	for _, x := range d.Dates {
		check("date "+x.ID, x.Text, x.Start, x.End)
	}
	for _, ev := range d.Events {
		check("trigger of "+ev.ID, ev.Trigger.Text, ev.Trigger.Start, ev.Trigger.End)
		if ev.Sentence.Start < 0 || ev.Sentence.Start > ev.Sentence.End || ev.Sentence.End > len(runes) {
			t.Fatalf("sentence of %s: %d-%d outside the text", ev.ID, ev.Sentence.Start, ev.Sentence.End)
		}
		for _, a := range ev.Arguments {
			if a.Start != nil && a.End != nil {
				check("argument of "+ev.ID, a.Text, *a.Start, *a.End)
			}
		}
	}
}
