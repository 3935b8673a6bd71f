package write_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/write"
)

// article is a short news text written for these tests, with a hostile
// last line to check escaping.
const article = `زار بوريس روجه، مساعد الأمين العام لحلف الناتو، جنيف يومي 23 و24 أكتوبر، والتقى السفير السويسري.
وقال روجه إن الحلف يدعم الحوار.
<script>alert("x")</script> & <b>غامق</b>`

// at returns the code point span of the n-th (from 1) occurrence of sub in
// text.
func at(t testing.TB, text, sub string, n int) (int, int) {
	t.Helper()
	off := 0
	for i := 0; i < n; i++ {
		k := strings.Index(text[off:], sub)
		if k < 0 {
			t.Fatalf("%q: occurrence %d not found", sub, n)
		}
		if i == n-1 {
			s := utf8.RuneCountInString(text[:off+k])
			return s, s + utf8.RuneCountInString(sub)
		}
		off += k + len(sub)
	}
	return 0, 0
}

func mention(t testing.TB, text, sub string, n int, kind string) doc.Mention {
	s, e := at(t, text, sub, n)
	return doc.Mention{Text: sub, Start: s, End: e, Kind: kind}
}

// fixture analyses text with a pipeline of no stages (tokens, offset map)
// and fills the document by hand, so these tests do not depend on what
// the extraction stages find.
func fixture(t testing.TB) write.Result {
	a := extract.New().Analyze(extract.Input{ID: "geneva", Source: "testdata/geneva.ar.txt", Text: article})
	d := a.Doc
	ref := "2025-10-26"
	d.ReferenceDate = &ref
	d.Entities = []doc.Entity{
		{ID: "e1", Type: doc.Person, Name: "بوريس روجه", NameEn: "Boris Ruge",
			Attributes: map[string]string{"role": "مساعد الأمين العام لحلف الناتو"},
			Mentions:   []doc.Mention{mention(t, article, "بوريس روجه", 1, doc.KindName), mention(t, article, "روجه", 2, doc.KindName)}},
		{ID: "e2", Type: doc.Organization, Subtype: "international", Name: "حلف شمال الأطلسي", NameEn: "NATO", KBID: "org:nato",
			Mentions: []doc.Mention{mention(t, article, "الناتو", 1, doc.KindName), mention(t, article, "الحلف", 1, doc.KindNominal)}},
		{ID: "e3", Type: doc.Location, Subtype: "city", Name: "جنيف", NameEn: "Geneva", KBID: "loc:geneva",
			Mentions: []doc.Mention{mention(t, article, "جنيف", 1, doc.KindName)}},
		{ID: "e4", Type: doc.Location, Subtype: "country", Name: "سويسرا", NameEn: "Switzerland", KBID: "loc:CH",
			Mentions: []doc.Mention{mention(t, article, "السويسري", 1, doc.KindAdjective)}},
		{ID: "e5", Type: doc.Person, Name: `<b>غامق</b>`, NameEn: `"quoted" & <i>`,
			Mentions: []doc.Mention{mention(t, article, `<b>غامق</b>`, 1, doc.KindName)}},
	}
	ds, de := at(t, article, "23 و24 أكتوبر", 1)
	d.Dates = []doc.Timex{{ID: "t1", Text: "23 و24 أكتوبر", Start: ds, End: de, Type: doc.Date, Value: "2025-10-23/2025-10-24"}}
	vs, ve := at(t, article, "زار", 1)
	ms, me := at(t, article, "التقى", 1)
	d.Events = []doc.Event{
		{ID: "v1", Type: "VISIT", Plover: "CONSULT", Cameo: "042", Trigger: doc.Span{Text: "زار", Start: vs, End: ve},
			Modality: doc.Asserted, Arguments: []doc.Argument{{Role: "agent", Entity: "e1"}, {Role: "place", Entity: "e3"}, {Role: "time", Date: "t1"}}},
		{ID: "v2", Type: "MEETING", Plover: "CONSULT", Cameo: "040", Trigger: doc.Span{Text: "التقى", Start: ms, End: me},
			Modality: doc.Asserted, Arguments: []doc.Argument{{Role: "agent", Entity: "e1"}, {Role: "participant", Text: "السفير السويسري"}}},
	}
	return write.Result{Doc: d, Analysis: a}
}

func render(t testing.TB, format string, o write.Options, rs ...write.Result) string {
	t.Helper()
	var b bytes.Buffer
	w, err := write.New(format, &b, o)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func errorResult() write.Result {
	return write.Result{Err: &doc.ErrorRecord{ID: "bad.txt", Source: "bad.txt",
		Error: doc.ErrorBody{Code: doc.ErrBinary, Message: "bad.txt: binary data <x>"}}}
}

func TestCoNLL(t *testing.T) {
	out := render(t, "conll", write.Options{}, fixture(t), errorResult(), fixture(t))
	docs := strings.Split(out, "-DOCSTART- O\n\n")
	if len(docs) != 3 || docs[0] != "" {
		t.Fatalf("want two documents (the error record left out), got %d parts:\n%s", len(docs)-1, out)
	}
	want := []string{
		"زار O", "بوريس B-PERS", "روجه I-PERS", "، O", "الناتو B-ORG", "جنيف B-LOC",
		"السويسري O", // an adjective mention is not a name
		"روجه B-PERS",
		"الحلف O", // nominal
	}
	body := docs[1]
	for _, w := range want {
		if !strings.Contains(body, "\n"+w+"\n") && !strings.HasPrefix(body, w+"\n") {
			t.Errorf("missing line %q in\n%s", w, body)
		}
	}
	// Every non-blank line is exactly "token TAG"; sentences are separated
	// by one blank line (the fixture has three sentences).
	sentences := strings.Split(strings.TrimSuffix(body, "\n\n"), "\n\n")
	if len(sentences) != 3 {
		t.Errorf("want 3 sentences, got %d", len(sentences))
	}
	for _, s := range sentences {
		prev := "O"
		for _, line := range strings.Split(s, "\n") {
			f := strings.Fields(line)
			if len(f) != 2 {
				t.Fatalf("line %q is not token TAG", line)
			}
			tag := f[1]
			if strings.HasPrefix(tag, "I-") && prev[min(2, len(prev)):] != tag[2:] {
				t.Errorf("%q follows %s: not IOB2", line, prev)
			}
			prev = tag
		}
	}
}

func TestCSV(t *testing.T) {
	out := render(t, "csv", write.Options{}, fixture(t), errorResult())
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("not valid CSV: %v\n%s", err, out)
	}
	if strings.Join(rows[0], ",") != "doc_id,entity_id,type,subtype,name,name_en,kb_id,mention,start,end,kind" {
		t.Errorf("header %v", rows[0])
	}
	if len(rows) != 1+7 {
		t.Fatalf("want one row per mention (7), got %d", len(rows)-1)
	}
	want := []string{"geneva", "e2", "ORGANIZATION", "international", "حلف شمال الأطلسي", "NATO", "org:nato", "الحلف", "", "", "nominal"}
	s, e := at(t, article, "الحلف", 1)
	want[8], want[9] = fmt.Sprint(s), fmt.Sprint(e)
	if strings.Join(rows[4], "|") != strings.Join(want, "|") {
		t.Errorf("row 4\n got %q\nwant %q", rows[4], want)
	}
	if rows[7][7] != `<b>غامق</b>` || rows[7][5] != `"quoted" & <i>` {
		t.Errorf("quoting lost: %q", rows[7])
	}
	if empty := render(t, "csv", write.Options{}); empty != strings.Join(write.CSVHeader, ",")+"\n" {
		t.Errorf("a run with no results should still print the header, got %q", empty)
	}
}

// TestTableFitsWidth checks that every table line fits the width in
// display columns, whatever the Arabic text (with harakat, which take no
// column) and however long the cells, and that cells are wrapped rather
// than cut: every word of a long attribute is still there.
func TestTableFitsWidth(t *testing.T) {
	r := fixture(t)
	long := "مساعد الأمين العام لحلف شمال الأطلسي للشؤون السياسية وسياسة الأمن ومسؤول ملف العلاقات مع الشركاء في جنيف وفيينا ونيويورك"
	r.Doc.Entities[0].Attributes["role"] = long
	r.Doc.Entities[0].Name = "بُورِيس رُوجَه" // with harakat
	for _, width := range []int{60, 80, 120} {
		for _, term := range []bool{false, true} {
			out := render(t, "table", write.Options{Terminal: term, Width: width}, r, errorResult())
			for _, line := range strings.Split(out, "\n") {
				if w := twwidth.Width(line); w > width && !strings.HasPrefix(line, "== ") {
					t.Errorf("width %d terminal %v: line of %d columns: %s", width, term, w, line)
				}
			}
			for _, word := range strings.Fields(long) {
				// At 60 columns some words must be broken; wider, none.
				if width > 60 && !strings.Contains(out, word) {
					t.Errorf("word %q of a wrapped cell lost", word)
				}
			}
			if !strings.Contains(out, "error binary") {
				t.Errorf("error record not shown")
			}
			box := strings.ContainsAny(out, "│┌─")
			if box != term {
				t.Errorf("terminal %v but box drawing %v", term, box)
			}
		}
	}
}

// TestTableAlignsArabic checks that the column borders of every row line
// up in display columns, harakat included.
func TestTableAlignsArabic(t *testing.T) {
	r := fixture(t)
	r.Doc.Entities[0].Name = "بُورِيس رُوجَه"
	out := render(t, "table", write.Options{Width: 200}, r)
	block := out[strings.Index(out, "Entities\n")+len("Entities\n") : strings.Index(out, "Dates\n")]
	var cols []int
	for _, line := range strings.Split(strings.TrimSpace(block), "\n") {
		var pos []int
		w := 0
		for _, r := range line {
			if r == '|' || r == '+' {
				pos = append(pos, w)
			}
			w += twwidth.Width(string(r))
		}
		if cols == nil {
			cols = pos
		} else if fmt.Sprint(pos) != fmt.Sprint(cols) {
			t.Errorf("borders at %v, want %v: %s", pos, cols, line)
		}
	}
}

// TestTableCleansControls keeps terminal escapes in the input from
// reaching the terminal.
func TestTableCleansControls(t *testing.T) {
	r := fixture(t)
	r.Doc.Entities[0].Name = "روجه\x1b[2J\x1b]0;pwned\x07"
	out := render(t, "table", write.Options{Terminal: true, Width: 100}, r)
	if strings.ContainsAny(out, "\x1b\x07") {
		t.Errorf("control characters reach the terminal: %q", out)
	}
}
