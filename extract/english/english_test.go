package english_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/internal/golden"
)

const testdata = "../../testdata/english"

var (
	pipeOnce sync.Once
	pipe     *extract.Pipeline
	pipeErr  error
)

// pipeline returns the default newsx pipeline, built once for the tests.
func pipeline(t testing.TB) *extract.Pipeline {
	t.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = extract.Default(extract.Config{}) })
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return pipe
}

func ref(t testing.TB) *analysis.Reference {
	r, err := extract.ParseReference("2025-10-26")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func articles(t testing.TB) []string {
	files, _ := filepath.Glob(filepath.Join(testdata, "*.en.txt"))
	if len(files) < 9 {
		t.Fatalf("want at least 9 English articles in %s, found %d", testdata, len(files))
	}
	return files
}

func extractFile(t testing.TB, path string) *doc.Document {
	t.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(path)
	return pipeline(t).Extract(extract.Input{ID: name, Source: name, Text: string(text), Ref: ref(t)})
}

func marshal(t testing.TB, d *doc.Document) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(d); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestGolden runs every English article through the default pipeline and
// compares the document with its golden file (rewritten with -update).
func TestGolden(t *testing.T) {
	for _, f := range articles(t) {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			d := extractFile(t, f)
			if d.Language != "en" {
				t.Fatalf("language = %s, want en", d.Language)
			}
			checkSpans(t, f, d)
			got := marshal(t, d)
			golden.Check(t, strings.TrimSuffix(f, ".txt")+".golden.json", got)
		})
	}
}

// checkSpans checks that every offset of d cuts the original text where
// the document says: text == original[start:end] in code points.
func checkSpans(t *testing.T, path string, d *doc.Document) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	validSpans(t, string(b), d)
}

func validSpans(t testing.TB, text string, d *doc.Document) {
	t.Helper()
	orig := []rune(text)
	check := func(what, txt string, s, e int) {
		if s < 0 || e > len(orig) || s > e {
			t.Errorf("%s %q: span [%d,%d) outside text of %d code points", what, txt, s, e, len(orig))
			return
		}
		if got := string(orig[s:e]); got != txt {
			t.Errorf("%s: text %q but original[%d:%d] = %q", what, txt, s, e, got)
		}
	}
	for _, e := range d.Entities {
		if len(e.Mentions) == 0 {
			t.Errorf("entity %s has no mentions", e.ID)
		}
		for _, m := range e.Mentions {
			check("mention of "+e.ID, m.Text, m.Start, m.End)
		}
	}
	for _, x := range d.Dates {
		check("date "+x.ID, x.Text, x.Start, x.End)
	}
	for _, v := range d.Events {
		check("trigger of "+v.ID, v.Trigger.Text, v.Trigger.Start, v.Trigger.End)
		if v.Sentence.Start > v.Trigger.Start || v.Sentence.End < v.Trigger.End {
			t.Errorf("event %s: sentence [%d,%d) does not hold its trigger [%d,%d)", v.ID,
				v.Sentence.Start, v.Sentence.End, v.Trigger.Start, v.Trigger.End)
		}
		for _, a := range v.Arguments {
			if a.Start != nil && a.End != nil {
				check("argument of "+v.ID, a.Text, *a.Start, *a.End)
			}
		}
	}
}

// TestArabicStagesSkipEnglish: an English document gets only the English
// stage's layers, an Arabic one none of them.
func TestArabicStagesSkipEnglish(t *testing.T) {
	p := pipeline(t)
	en := p.Analyze(extract.Input{ID: "en", Text: "NATO Secretary General Mark Rutte visited Geneva on Tuesday.", Ref: ref(t)})
	if en.Lang != "en" || len(en.Mentions) != 0 || len(en.Timexes) != 0 {
		t.Errorf("English document: lang %s, %d Arabic mentions, %d Arabic timexes", en.Lang, len(en.Mentions), len(en.Timexes))
	}
	if len(en.Doc.Entities) == 0 || len(en.Doc.Events) == 0 {
		t.Errorf("English document has no entities or events: %+v", en.Doc)
	}
	ar := p.Extract(extract.Input{ID: "ar", Text: "زار الأمين العام لحلف الناتو مدينة جنيف يوم الخميس.", Ref: ref(t)})
	if ar.Language != "ar" {
		t.Fatalf("Arabic document detected as %s", ar.Language)
	}
	for _, e := range ar.Entities {
		for _, m := range e.Mentions {
			if strings.ContainsAny(m.Text, "abcdefghijklmnopqrstuvwxyz") {
				t.Errorf("Arabic document has an English mention %q", m.Text)
			}
		}
	}
}

// TestConcurrentDocuments runs the English articles on many goroutines at
// once through one pipeline (one shared prose model) and checks each
// result equals the serial one. Run with -race to check the sharing.
func TestConcurrentDocuments(t *testing.T) {
	files := articles(t)
	want := map[string][]byte{}
	for _, f := range files {
		want[f] = marshal(t, extractFile(t, f))
	}
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := range files {
				f := files[(i+w)%len(files)]
				if got := marshal(t, extractFile(t, f)); !bytes.Equal(got, want[f]) {
					t.Errorf("worker %d: %s differs from the serial run", w, f)
				}
			}
		}(w)
	}
	wg.Wait()
}
