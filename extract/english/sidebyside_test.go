package english_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/doc"
)

// arabicGeneva is the Arabic article the English Geneva article retells.
const arabicGeneva = "/work/shared/articles/nato-geneva-visit.ar.txt"

// TestSideBySide runs the English Geneva article and the Arabic original
// through the same pipeline and checks that they name the same entities
// with the same kb_ids and report the same visit, talks, meetings and
// speech.
func TestSideBySide(t *testing.T) {
	arText, err := os.ReadFile(arabicGeneva)
	if err != nil {
		t.Skipf("Arabic article not available: %v", err)
	}
	enPath := filepath.Join(testdata, "geneva-visit.en.txt")
	en := extractFile(t, enPath)
	ar := pipeline(t).Extract(extract.Input{ID: "ar", Source: arabicGeneva, Text: string(arText), Ref: ref(t)})
	if en.Language != "en" || ar.Language != "ar" {
		t.Fatalf("languages: English article %s, Arabic article %s", en.Language, ar.Language)
	}

	for _, id := range []string{"org:nato", "org:icrc", "org:gcsp", "loc:geneva", "loc:CH", "loc:the-hague"} {
		ea, eok := byKB(en, id)
		aa, aok := byKB(ar, id)
		switch {
		case !eok:
			t.Errorf("%s: missing from the English document", id)
		case !aok:
			t.Logf("%s: missing from the Arabic document (Arabic stages)", id)
		default:
			if ea.Type != aa.Type || ea.Name != aa.Name || ea.NameEn != aa.NameEn {
				t.Errorf("%s: English %s %q/%q, Arabic %s %q/%q", id, ea.Type, ea.Name, ea.NameEn, aa.Type, aa.Name, aa.NameEn)
			}
			t.Logf("%-14s en %-45q ar %q", id, mentionTexts(ea), mentionTexts(aa))
		}
	}
	// Every kb_id the Arabic document links, the English one links too
	// (the English retelling names everything the original does).
	for _, e := range ar.Entities {
		if e.KBID == "" || e.KBID == "loc:atar" {
			continue
		}
		if _, ok := byKB(en, e.KBID); !ok {
			t.Errorf("Arabic entity %s (%s) not found in the English document", e.KBID, e.NameEn)
		}
	}

	// The visit, with Geneva and 23–24 October.
	visit, ok := event(en, "VISIT")
	if !ok {
		t.Fatal("English document has no VISIT event")
	}
	if v := argDate(en, visit, "time"); v != "2025-10-23/2025-10-24" {
		t.Errorf("English visit time = %q, want 2025-10-23/2025-10-24", v)
	}
	if p := argKB(en, visit, "place"); p != "loc:geneva" {
		t.Errorf("English visit place = %q, want loc:geneva", p)
	}
	if a := argKB(en, visit, "agent"); a != "per:boris-ruge" {
		t.Errorf("English visit agent = %q, want per:boris-ruge", a)
	}
	if av, ok := event(ar, "VISIT"); ok {
		if v := argDate(ar, av, "time"); v != "2025-10-23/2025-10-24" {
			t.Logf("Arabic visit time = %q", v)
		}
	}
	talks, ok := event(en, "TALKS")
	if !ok {
		t.Fatal("English document has no TALKS event")
	}
	if p := argKB(en, talks, "participant"); p != "org:icrc" {
		t.Errorf("English talks participant = %q, want org:icrc", p)
	}
	if _, ok := event(en, "MEETING"); !ok {
		t.Error("English document has no MEETING event")
	}
	speech, ok := event(en, "SPEECH")
	if !ok {
		t.Fatal("English document has no SPEECH event")
	}
	if p := argKB(en, speech, "place"); p != "org:gcsp" {
		t.Errorf("English speech place = %q, want org:gcsp", p)
	}
	// The same event types with the same codes on both sides.
	for _, typ := range []string{"VISIT", "TALKS", "MEETING", "SPEECH", "SUMMIT", "OPENING"} {
		ev, eok := event(en, typ)
		av, aok := event(ar, typ)
		if !eok {
			t.Errorf("%s: missing from the English document", typ)
			continue
		}
		if aok && (ev.Plover != av.Plover || ev.Cameo != av.Cameo) {
			t.Errorf("%s: English %s/%s, Arabic %s/%s", typ, ev.Plover, ev.Cameo, av.Plover, av.Cameo)
		}
	}
	// The same dates.
	for _, v := range []string{"2025-10-23/2025-10-24", "2024-08", "2025-06"} {
		if !hasDate(en, v) {
			t.Errorf("English document has no date %s", v)
		}
		if !hasDate(ar, v) {
			t.Logf("Arabic document has no date %s", v)
		}
	}
	enTypes, arTypes := eventTypes(en), eventTypes(ar)
	t.Logf("event types: en %v, ar %v", enTypes, arTypes)
}

func byKB(d *doc.Document, id string) (doc.Entity, bool) {
	for _, e := range d.Entities {
		if e.KBID == id {
			return e, true
		}
	}
	return doc.Entity{}, false
}

func mentionTexts(e doc.Entity) string {
	var ts []string
	for _, m := range e.Mentions {
		if !slices.Contains(ts, m.Text) {
			ts = append(ts, m.Text)
		}
	}
	return strings.Join(ts, "|")
}

func event(d *doc.Document, typ string) (doc.Event, bool) {
	for _, v := range d.Events {
		if v.Type == typ {
			return v, true
		}
	}
	return doc.Event{}, false
}

func entityByID(d *doc.Document, id string) (doc.Entity, bool) {
	for _, e := range d.Entities {
		if e.ID == id {
			return e, true
		}
	}
	return doc.Entity{}, false
}

func argKB(d *doc.Document, v doc.Event, role string) string {
	for _, a := range v.Arguments {
		if a.Role == role && a.Entity != "" {
			if e, ok := entityByID(d, a.Entity); ok {
				return e.KBID
			}
		}
	}
	return ""
}

func argDate(d *doc.Document, v doc.Event, role string) string {
	for _, a := range v.Arguments {
		if a.Role == role && a.Date != "" {
			for _, x := range d.Dates {
				if x.ID == a.Date {
					return x.Value
				}
			}
		}
	}
	return ""
}

func hasDate(d *doc.Document, v string) bool {
	for _, x := range d.Dates {
		if x.Value == v {
			return true
		}
	}
	return false
}

func eventTypes(d *doc.Document) []string {
	var ts []string
	for _, v := range d.Events {
		if !slices.Contains(ts, v.Type) {
			ts = append(ts, v.Type)
		}
	}
	return ts
}
