package events_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/doc"
)

// checkDoc reports what breaks the output contract in d's events: a
// trigger that is not the text at its offsets, an argument pointing at an
// id the document lacks, a text argument off its offsets, ids out of
// order.
func checkDoc(d *doc.Document, text string) []string {
	var bad []string
	orig := []rune(text)
	span := func(s, e int) (string, bool) {
		if s < 0 || e > len(orig) || s >= e {
			return "", false
		}
		return string(orig[s:e]), true
	}
	ents := map[string]bool{}
	for _, e := range d.Entities {
		ents[e.ID] = true
	}
	dates := map[string]bool{}
	for _, x := range d.Dates {
		dates[x.ID] = true
	}
	roles := map[string]bool{"agent": true, "target": true, "participant": true, "host": true, "place": true, "time": true}
	modalities := map[string]bool{doc.Asserted: true, doc.Negated: true, doc.Planned: true, doc.Reported: true}
	for i, ev := range d.Events {
		where := fmt.Sprintf("%s (%s «%s»)", ev.ID, ev.Type, ev.Trigger.Text)
		if ev.ID != fmt.Sprintf("v%d", i+1) {
			bad = append(bad, where+": id out of order")
		}
		if ev.Type == "" || ev.Cameo == "" {
			bad = append(bad, where+": no type or CAMEO code")
		}
		if !modalities[ev.Modality] {
			bad = append(bad, where+": modality "+ev.Modality)
		}
		if got, ok := span(ev.Trigger.Start, ev.Trigger.End); !ok || got != ev.Trigger.Text || strings.TrimSpace(got) == "" {
			bad = append(bad, fmt.Sprintf("%s: trigger [%d,%d) is %q in the text", where, ev.Trigger.Start, ev.Trigger.End, got))
		}
		if ev.Sentence.Start > ev.Trigger.Start || ev.Sentence.End < ev.Trigger.End {
			bad = append(bad, where+": trigger outside its sentence")
		}
		if i > 0 && d.Events[i-1].Trigger.Start > ev.Trigger.Start {
			bad = append(bad, where+": not in text order")
		}
		for _, g := range ev.Arguments {
			if !roles[g.Role] {
				bad = append(bad, where+": role "+g.Role)
			}
			n := 0
			if g.Entity != "" {
				n++
				if !ents[g.Entity] {
					bad = append(bad, where+": argument points at missing entity "+g.Entity)
				}
			}
			if g.Date != "" {
				n++
				if !dates[g.Date] {
					bad = append(bad, where+": argument points at missing date "+g.Date)
				}
			}
			if g.Start != nil || g.End != nil || g.Text != "" {
				n++
				if g.Start == nil || g.End == nil {
					bad = append(bad, where+": text argument without offsets")
				} else if got, ok := span(*g.Start, *g.End); !ok || got != g.Text {
					bad = append(bad, fmt.Sprintf("%s: text argument %q is %q in the text", where, g.Text, got))
				}
			}
			if n != 1 {
				bad = append(bad, fmt.Sprintf("%s: %s argument with %d referents", where, g.Role, n))
			}
		}
	}
	return bad
}

// TestInvariantsAnnotated checks every test article, with its hand
// annotation.
func TestInvariantsAnnotated(t *testing.T) {
	for _, path := range articles(t) {
		a := analyse(t, path)
		if len(a.Doc.Events) == 0 {
			t.Errorf("%s: no events", path)
		}
		for _, b := range checkDoc(a.Doc, a.Text.Original) {
			t.Errorf("%s: %s", filepath.Base(path), b)
		}
	}
}

// TestInvariantsPipeline checks the whole output of the default pipeline
// on every test article and on the example article.
func TestInvariantsPipeline(t *testing.T) {
	p, err := extract.Default(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ref, _ := extract.ParseReference(testRef)
	paths := articles(t)
	if _, err := os.Stat(natoArticle); err == nil {
		paths = append(paths, natoArticle)
	}
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(b) {
			t.Fatalf("%s: not UTF-8", path)
		}
		d := p.Extract(extract.Input{ID: path, Source: path, Text: string(b), Ref: ref})
		if len(d.Events) == 0 {
			t.Errorf("%s: no events", path)
		}
		for _, bad := range checkDoc(d, string(b)) {
			t.Errorf("%s: %s", filepath.Base(path), bad)
		}
	}
}

// TestConcurrent runs the stage on every test article from several
// goroutines at once (the pipeline is safe for concurrent use, and the
// stage reuses its working state through a pool): every run must give
// the events a run alone gives.
func TestConcurrent(t *testing.T) {
	paths := articles(t)
	want := make([]string, len(paths))
	for i, p := range paths {
		want[i] = strings.Join(summary(analyse(t, p).Doc), "\n")
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(paths))
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := range paths {
				i := (k + g) % len(paths)
				if got := strings.Join(summary(analyse(t, paths[i]).Doc), "\n"); got != want[i] {
					errs <- paths[i]
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for p := range errs {
		t.Errorf("%s: concurrent run differs", p)
	}
}
