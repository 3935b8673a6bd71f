package english_test

import (
	"testing"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
)

func run(t *testing.T, text string, r *analysis.Reference) *doc.Document {
	t.Helper()
	d := pipeline(t).Extract(extract.Input{ID: "t", Text: text, Ref: r})
	if d.Language != "en" {
		t.Fatalf("%q detected as %s", text, d.Language)
	}
	validSpans(t, text, d)
	return d
}

// TestDates: one case per rule of the English temporal tagger, against
// the reference date 2025-10-26 (a Sunday).
func TestDates(t *testing.T) {
	clock, _ := extract.ParseReference("2025-10-26T09:00:00Z")
	cases := []struct {
		name, text, span, typ, value string
		ref                          *analysis.Reference
	}{
		{"day range", "He visited Geneva on 23–24 October.", "23–24 October", "DATE", "2025-10-23/2025-10-24", nil},
		{"day and day", "He visited Geneva on 23 and 24 October.", "23 and 24 October", "DATE", "2025-10-23/2025-10-24", nil},
		{"month day year", "The deal was signed on October 23, 2025, in Doha.", "October 23, 2025", "DATE", "2025-10-23", nil},
		{"day month year", "It was signed on 3 March 2024 in Doha.", "3 March 2024", "DATE", "2024-03-03", nil},
		{"month year", "The office opened in August 2024.", "August 2024", "DATE", "2024-08", nil},
		{"last month name", "The summit was held last June.", "last June", "DATE", "2025-06", nil},
		{"next month name", "The summit will be held next March.", "next March", "DATE", "2026-03", nil},
		{"bare month", "The talks began in September.", "September", "DATE", "2025-09", nil},
		{"bare month past", "The three countries left the bloc in January.", "January", "DATE", "2025-01", nil},
		{"bare month future", "The summit will be held in March.", "March", "DATE", "2026-03", nil},
		{"day month past", "The ministers met on 5 December.", "5 December", "DATE", "2024-12-05", nil},
		{"day month near", "The ministers will meet on 5 November.", "5 November", "DATE", "2025-11-05", nil},
		{"hours ago", "The minister arrived three hours ago.", "three hours ago", "DATE", "2025-10-26", nil},
		{"hours ago clock", "The minister arrived three hours ago.", "three hours ago", "TIME", "2025-10-26T06:00", clock},
		{"days ago", "The minister arrived two days ago.", "two days ago", "DATE", "2025-10-24", nil},
		{"on weekday", "The minister arrived on Tuesday.", "Tuesday", "DATE", "2025-10-21", nil},
		{"future weekday", "The minister will arrive on Tuesday.", "Tuesday", "DATE", "2025-10-28", nil},
		{"last weekday", "The minister arrived last Friday.", "last Friday", "DATE", "2025-10-24", nil},
		{"yesterday", "The minister arrived yesterday.", "yesterday", "DATE", "2025-10-25", nil},
		{"this year", "The plan was funded this year.", "this year", "DATE", "2025", nil},
		{"last year", "The plan was funded last year.", "last year", "DATE", "2024", nil},
		{"next month", "The ministers will meet next month.", "next month", "DATE", "2025-11", nil},
		{"last week", "Seven people were killed last week.", "last week", "DATE", "2025-W42", nil},
		{"year", "It is the first package since 2022.", "2022", "DATE", "2022", nil},
		{"duration", "The summit lasts two days.", "two days", "DURATION", "P2D", nil},
		{"hyphen duration", "He began a two-day visit.", "two-day", "DURATION", "P2D", nil},
		{"clock", "The leaders met at 10:30 a.m. in Doha.", "10:30 a.m.", "TIME", "2025-10-26T10:30", nil},
		{"set", "It was the eighteenth annual round of talks.", "annual", "SET", "P1Y", nil},
		{"decade", "The war of the 1990s ended.", "1990s", "DATE", "199", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := c.ref
			if r == nil {
				r = ref(t)
			}
			d := run(t, c.text, r)
			for _, x := range d.Dates {
				if x.Text == c.span {
					if x.Type != c.typ || x.Value != c.value {
						t.Errorf("%q: %s %s, want %s %s", c.span, x.Type, x.Value, c.typ, c.value)
					}
					return
				}
			}
			t.Errorf("no date %q in %+v", c.span, d.Dates)
		})
	}
}

// TestNoReference: without a reference date what the text leaves open
// stays open.
func TestNoReference(t *testing.T) {
	d := run(t, "He visited Geneva on 23 October and left on Tuesday.", nil)
	want := map[string]string{"23 October": "XXXX-10-23", "Tuesday": "XXXX-WXX-2"}
	for _, x := range d.Dates {
		if w, ok := want[x.Text]; ok && x.Value != w {
			t.Errorf("%q = %s, want %s", x.Text, x.Value, w)
		}
		delete(want, x.Text)
	}
	if len(want) > 0 {
		t.Errorf("dates not found: %v", want)
	}
}

// TestPeople: titles, roles and surname linking.
func TestPeople(t *testing.T) {
	cases := []struct {
		name, text, person, kb string
		attrs                  map[string]string
		mentions               int
	}{
		{"title and role", "NATO's Assistant Secretary General for Political Affairs and Security Policy, Ambassador Boris Ruge, visited Geneva. Ruge met officials.",
			"Boris Ruge", "per:boris-ruge", map[string]string{"title": "Ambassador", "role": "Assistant Secretary General for Political Affairs and Security Policy", "affiliation_kb_id": "org:nato"}, 2},
		{"role before unknown name", "Foreign Minister Jane Doakes of Freedonia met reporters. Doakes said the talks went well.",
			"Jane Doakes", "", map[string]string{"role": "Foreign Minister"}, 2},
		{"honorific", "Dr. Amira Haddad visited the hospital. Haddad said the situation was dire.",
			"Amira Haddad", "", map[string]string{"title": "Dr."}, 2},
		{"apposition", "Mark Rutte, NATO's Secretary General, arrived in Cairo.",
			"Mark Rutte", "per:mark-rutte", map[string]string{"role": "Secretary General", "affiliation_kb_id": "org:nato"}, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := run(t, c.text, ref(t))
			for _, e := range d.Entities {
				if e.Type != doc.Person || e.NameEn != c.person && e.Mentions[0].Text != c.person {
					continue
				}
				if e.KBID != c.kb {
					t.Errorf("kb_id %q, want %q", e.KBID, c.kb)
				}
				for k, v := range c.attrs {
					if e.Attributes[k] != v {
						t.Errorf("%s = %q, want %q", k, e.Attributes[k], v)
					}
				}
				if len(e.Mentions) != c.mentions {
					t.Errorf("%d mentions, want %d: %+v", len(e.Mentions), c.mentions, e.Mentions)
				}
				return
			}
			t.Errorf("person %q not found in %+v", c.person, d.Entities)
		})
	}
}

// TestMentionKinds: acronyms, nominals and adjectives join the named
// entity.
func TestMentionKinds(t *testing.T) {
	d := run(t, "The North Atlantic Treaty Organization (NATO) met in Geneva. The Alliance said the Swiss city welcomed it.", ref(t))
	kinds := map[string]map[string]string{}
	for _, e := range d.Entities {
		kinds[e.KBID] = map[string]string{}
		for _, m := range e.Mentions {
			kinds[e.KBID][m.Text] = m.Kind
		}
	}
	want := map[string]map[string]string{
		"org:nato":   {"North Atlantic Treaty Organization": "name", "NATO": "name", "Alliance": "nominal"},
		"loc:geneva": {"Geneva": "name", "city": "nominal"},
		"loc:CH":     {"Swiss": "adjective"},
	}
	for kb, ms := range want {
		for text, kind := range ms {
			if kinds[kb][text] != kind {
				t.Errorf("%s: mention %q kind %q, want %q (have %v)", kb, text, kinds[kb][text], kind, kinds[kb])
			}
		}
	}
}

// TestEvents: one case per trigger family, with type, codes and modality.
func TestEvents(t *testing.T) {
	cases := []struct{ name, text, trigger, typ, cameo, modality string }{
		{"visited", "Mark Rutte visited Geneva on Tuesday.", "visited", "VISIT", "042", "asserted"},
		{"held talks", "Ayman Safadi held talks with Badr Abdelatty in Amman.", "talks", "TALKS", "046", "asserted"},
		{"keynote", "Boris Ruge delivered a keynote address at the GCSP.", "keynote", "SPEECH", "010", "asserted"},
		{"condemned", "The WHO condemned the attack on the hospital.", "condemned", "CONDEMN", "111", "asserted"},
		{"protesters", "Thousands of protesters gathered in Rabat.", "protesters", "PROTEST", "141", "asserted"},
		{"air strike", "An air strike hit a house in Gaza City.", "air strike", "ASSAULT", "195", "asserted"},
		{"met", "Mark Rutte met Recep Tayyip Erdogan in Ankara.", "met", "MEETING", "040", "asserted"},
		{"negated", "Sergey Lavrov did not meet with Kaja Kallas in Brussels.", "meet with", "MEETING", "040", "negated"},
		{"planned", "Mark Rutte will visit Amman tomorrow.", "visit", "VISIT", "042", "planned"},
		{"reported", "Police reportedly arrested 14 protesters in Rabat.", "arrested", "ARREST", "173", "reported"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := run(t, c.text, ref(t))
			for _, v := range d.Events {
				if v.Trigger.Text == c.trigger {
					if v.Type != c.typ || v.Cameo != c.cameo || v.Modality != c.modality {
						t.Errorf("%q: %s %s %s, want %s %s %s", c.trigger, v.Type, v.Cameo, v.Modality, c.typ, c.cameo, c.modality)
					}
					return
				}
			}
			t.Errorf("no event with trigger %q in %+v", c.trigger, d.Events)
		})
	}
}

// TestEdgeInputs: inputs that end where a rule expects more (a trigger,
// a title, a preposition as the last word) neither panic nor give spans
// outside the text.
func TestEdgeInputs(t *testing.T) {
	p, err := extract.Default(extract.Config{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"", "with", "He met with", "the", "The", "'s", "NATO 's", "Mr.", "Ambassador",
		"Ambassador Boris", "Foreign Minister", "NATO's Secretary General for", "visited", "said", "Ruge said",
		"23–24", "on", "last", "October", "October 23,", "3 hours", "ago", "the Alliance", "the city of",
		"Air strike", "protesters", ",", "\n\n\n", "“", "Mark Rutte, the", "held talks with the", "Ruge held talks with"} {
		d := p.Extract(extract.Input{Text: s, Ref: ref(t)})
		validSpans(t, s, d)
	}
}
