package write_test

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/write"
	"github.com/newsx/newsx/internal/newsgen"
)

// reference is what Marshal promises: encoding/json's Encoder without HTML
// escaping, final newline trimmed. The hand-written document encoder must
// match it byte for byte.
func reference(t testing.TB, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimRight(buf.Bytes(), "\n")
}

func sameAsReference(t testing.TB, name string, d *doc.Document) {
	t.Helper()
	got, err := write.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if want := reference(t, d); !bytes.Equal(got, want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Fatalf("%s: Marshal differs from encoding/json at byte %d:\n got  …%s\n want …%s", name, i,
			got[max(0, i-40):min(len(got), i+40)], want[max(0, i-40):min(len(want), i+40)])
	}
}

// TestMarshalRealDocuments runs the default pipeline over the repository's
// articles (Arabic and English) and generated news, and compares.
func TestMarshalRealDocuments(t *testing.T) {
	p, err := extract.Default(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ref, _ := extract.ParseReference("2025-10-26")
	var paths []string
	for _, pat := range []string{"../../testdata/*/*.txt", "../../testdata/*/*/*.txt"} {
		m, _ := filepath.Glob(pat)
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		t.Fatal("no test articles found")
	}
	n := 0
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d := p.Extract(extract.Input{ID: path, Source: path, Text: string(b), Ref: ref})
		n += len(d.Entities) + len(d.Dates) + len(d.Events)
		sameAsReference(t, path, d)
	}
	for i := uint64(0); i < 200; i++ {
		d := p.Extract(extract.Input{ID: "gen", Source: "-", Text: newsgen.Article(i), Ref: &analysis.Reference{}})
		n += len(d.Entities) + len(d.Dates) + len(d.Events)
		sameAsReference(t, "newsgen", d)
	}
	if n == 0 {
		t.Fatal("the documents are empty: nothing was compared")
	}
	// Documents with every list empty, and with none.
	sameAsReference(t, "new", doc.New("x", "y"))
	sameAsReference(t, "zero", &doc.Document{})
}

// nasty are pieces of strings that JSON encoders treat specially.
var nasty = []string{"", "a", "جنيف", "\"", "\\", "\n", "\r", "\t", "\b", "\f", "\x00", "\x01", "\x1f", "\x7f",
	"<", ">", "&", "\u2028", "\u2029", "\u2027", "\xff", "\xc3", "\xe2\x80", "\xed\xa0\x80", "😀", "é", "\u200f",
	"\uFEFF", "/", "'", "ﷲ", "\xc0\xaf", "\xf4\x90\x80\x80"}

func randString(r *rand.Rand) string {
	var b strings.Builder
	for k := r.IntN(6); k > 0; k-- {
		b.WriteString(nasty[r.IntN(len(nasty))])
	}
	return b.String()
}

func randAttrs(r *rand.Rand, s func() string) map[string]string {
	switch r.IntN(3) {
	case 0:
		return nil
	case 1:
		return map[string]string{}
	}
	m := map[string]string{}
	for k := r.IntN(12); k >= 0; k-- {
		m[s()] = s()
	}
	return m
}

// randDocument builds a document exercising every field: nil and empty
// lists, omitted and present optional fields, odd strings and integers.
func randDocument(r *rand.Rand, s func() string) *doc.Document {
	num := func() int {
		switch r.IntN(4) {
		case 0:
			return 0
		case 1:
			return -r.IntN(1 << 20)
		}
		return r.IntN(1 << 30)
	}
	ptr := func() *int {
		if r.IntN(2) == 0 {
			return nil
		}
		v := num()
		return &v
	}
	d := &doc.Document{SchemaVersion: s(), ID: s(), Source: s(), Language: s()}
	if r.IntN(2) == 0 {
		v := s()
		d.ReferenceDate = &v
	}
	list := func() int {
		switch r.IntN(4) {
		case 0:
			return -1 // nil
		case 1:
			return 0
		}
		return 1 + r.IntN(4)
	}
	if n := list(); n >= 0 {
		d.Entities = make([]doc.Entity, n)
		for i := range d.Entities {
			e := &d.Entities[i]
			*e = doc.Entity{ID: s(), Type: s(), Subtype: s(), Name: s(), NameEn: s(), KBID: s(), Attributes: randAttrs(r, s)}
			if m := list(); m >= 0 {
				e.Mentions = make([]doc.Mention, m)
				for j := range e.Mentions {
					e.Mentions[j] = doc.Mention{Text: s(), Start: num(), End: num(), Kind: s()}
				}
			}
		}
	}
	if n := list(); n >= 0 {
		d.Dates = make([]doc.Timex, n)
		for i := range d.Dates {
			d.Dates[i] = doc.Timex{ID: s(), Text: s(), Start: num(), End: num(), Type: s(), Value: s(), Attributes: randAttrs(r, s)}
		}
	}
	if n := list(); n >= 0 {
		d.Events = make([]doc.Event, n)
		for i := range d.Events {
			e := &d.Events[i]
			*e = doc.Event{ID: s(), Type: s(), Plover: s(), Cameo: s(), Modality: s(),
				Trigger:  doc.Span{Text: s(), Start: num(), End: num()},
				Sentence: doc.Range{Start: num(), End: num()}}
			if m := list(); m >= 0 {
				e.Arguments = make([]doc.Argument, m)
				for j := range e.Arguments {
					e.Arguments[j] = doc.Argument{Role: s(), Entity: s(), Date: s(), Text: s(), Start: ptr(), End: ptr()}
				}
			}
		}
	}
	if n := list(); n >= 0 {
		d.Warnings = make([]doc.Warning, n)
		for i := range d.Warnings {
			d.Warnings[i] = doc.Warning{Code: s(), Message: s()}
		}
	}
	return d
}

// TestMarshalProperty compares the encoders on random documents.
func TestMarshalProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 1))
	for i := 0; i < 3000; i++ {
		sameAsReference(t, "random", randDocument(r, func() string { return randString(r) }))
	}
}

// FuzzMarshal compares the encoders on documents whose strings come from
// the fuzzer.
func FuzzMarshal(f *testing.F) {
	for _, s := range nasty {
		f.Add(uint64(1), s, s+"x")
	}
	f.Add(uint64(7), "وقال \"روجه\"\n", "<b>&</b>\u2028")
	f.Fuzz(func(t *testing.T, seed uint64, a, b string) {
		r := rand.New(rand.NewPCG(seed, 0))
		k := 0
		s := func() string {
			k++
			switch k % 4 {
			case 0:
				return a
			case 1:
				return b
			case 2:
				return a + b
			}
			return randString(r)
		}
		sameAsReference(t, "fuzz", randDocument(r, s))
	})
}
