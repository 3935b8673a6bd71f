package events_test

import (
	"os"
	"strings"
	"testing"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/events"
)

// natoArticle is the user's example article, kept beside the project.
const natoArticle = "../../../shared/articles/nato-geneva-visit.ar.txt"

func readNATO(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(natoArticle)
	if err != nil {
		t.Skipf("example article not available: %v", err)
	}
	return string(b)
}

// TestNATOAnnotated checks issue 5's requirement on the example article
// with hand-annotated entities and dates, so that it holds the event
// stage alone to it.
func TestNATOAnnotated(t *testing.T) {
	txt := readNATO(t)
	ann, err := os.ReadFile("../../testdata/events/nato-geneva-visit.ar.ann")
	if err != nil {
		t.Fatal(err)
	}
	a, err := annotated(txt, string(ann), "2025-10-26")
	if err != nil {
		t.Fatal(err)
	}
	events.New().Process(a)
	checkNATO(t, a.Doc)
}

// TestNATOPipeline checks the same on the whole default pipeline: it
// holds the entity and date stages to what the events need.
func TestNATOPipeline(t *testing.T) {
	txt := readNATO(t)
	p, err := extract.Default(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ref, err := extract.ParseReference("2025-10-26")
	if err != nil {
		t.Fatal(err)
	}
	d := p.Extract(extract.Input{ID: "nato", Source: natoArticle, Text: txt, Ref: ref})
	checkNATO(t, d)
}

// want describes an event the article must yield: its type, a word of its
// trigger, and the arguments it must have, each role=value where value
// is an entity (its name contains value; its English name equals it), a
// date (its value equals value) or a text argument (contains value).
type want struct {
	typ, trigger string
	args         []string
}

func checkNATO(t *testing.T, d *doc.Document) {
	t.Helper()
	wants := []want{
		{"VISIT", "زيارة", []string{"agent=روجه", "place=جنيف", "time=2025-10-23/2025-10-24"}},
		{"MEETING", "الاجتماعات", []string{"agent=روجه", "participant=المنظمات الدولية", "place=جنيف", "time=2025-10-23/2025-10-24"}},
		{"MEETING", "اجتماعات", []string{"agent=روجه", "participant=الممثلين الدائمين للدول الأعضاء", "place=جنيف"}},
		{"MEETING", "ناقش", []string{"agent=روجه", "participant=شركاء الناتو", "place=جنيف"}},
		{"TALKS", "المحادثات", []string{"agent=روجه", "participant=الأحمر", "place=جنيف", "time=2025-10-23/2025-10-24"}},
		{"SPEECH", "كلمة", []string{"agent=روجه", "place=مركز جنيف للسياسات الأمنية"}},
		{"SUMMIT", "قمة", []string{"place=لاهاي", "time=2025-06"}},
		{"OPENING", "افتتاح", []string{"time=2024-08"}},
		{"STATEMENT", "", []string{"agent=الأطلسي"}},
	}
	for _, w := range wants {
		if ev := find(d, w); ev == nil {
			t.Errorf("no %s event «%s» with %v", w.typ, w.trigger, w.args)
		}
	}
	// no duplicate for the repeated headline and the headings
	count := map[string]int{}
	for _, ev := range d.Events {
		count[ev.Type]++
	}
	for typ, most := range map[string]int{"VISIT": 1, "MEETING": 3, "TALKS": 1, "SPEECH": 1, "SUMMIT": 1, "OPENING": 1} {
		if count[typ] > most {
			t.Errorf("%d %s events, want at most %d", count[typ], typ, most)
		}
	}
	if t.Failed() {
		t.Logf("events:\n  %s", strings.Join(summary(d), "\n  "))
	}
}

// find returns the first event of d that satisfies w.
func find(d *doc.Document, w want) *doc.Event {
	for i := range d.Events {
		ev := &d.Events[i]
		if ev.Type != w.typ || !strings.Contains(ev.Trigger.Text, w.trigger) {
			continue
		}
		ok := true
		for _, spec := range w.args {
			role, val, _ := strings.Cut(spec, "=")
			if !hasArg(d, ev, role, val) {
				ok = false
				break
			}
		}
		if ok {
			return ev
		}
	}
	return nil
}

func hasArg(d *doc.Document, ev *doc.Event, role, val string) bool {
	for _, g := range ev.Arguments {
		if g.Role != role {
			continue
		}
		switch {
		case g.Entity != "":
			for _, e := range d.Entities {
				if e.ID == g.Entity && (strings.Contains(e.Name, val) || e.NameEn == val) {
					return true
				}
			}
		case g.Date != "":
			for _, x := range d.Dates {
				if x.ID == g.Date && x.Value == val {
					return true
				}
			}
		default:
			if strings.Contains(g.Text, val) {
				return true
			}
		}
	}
	return false
}
