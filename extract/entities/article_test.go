package entities_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/entities"
	"github.com/newsx/newsx/gazetteer"
)

const natoArticle = "../../../shared/articles/nato-geneva-visit.ar.txt"

// pipeline is normalisation, tokenisation and the entity stage alone, so
// these tests hold the entity stage whatever later stages do.
func pipeline(t testing.TB) *extract.Pipeline {
	t.Helper()
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	return extract.New(extract.WithLexicon(g.Lexicon()), extract.WithStages(entities.New(g)))
}

// TestDefaultPipelineRunsEntitiesFirst holds the wiring of extract.Default.
func TestDefaultPipelineRunsEntitiesFirst(t *testing.T) {
	p, err := extract.Default(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if st := p.Stages(); len(st) == 0 || st[0].Name() != "entities" {
		t.Fatalf("first stage is not entities: %v", st)
	}
	if _, err := extract.Default(extract.Config{Gazetteers: []string{"no/such/file.tsv"}}); err == nil {
		t.Error("a missing user gazetteer is not reported")
	}
}

// find returns the entities whose kb_id is id, or whose name is id when
// id has no colon.
func find(d *doc.Document, id string) []doc.Entity {
	var out []doc.Entity
	for _, e := range d.Entities {
		if e.KBID == id || (!strings.Contains(id, ":") && e.Name == id) {
			out = append(out, e)
		}
	}
	return out
}

func mentionTexts(e doc.Entity, kind string) []string {
	var out []string
	for _, m := range e.Mentions {
		if kind == "" || m.Kind == kind {
			out = append(out, m.Text)
		}
	}
	return out
}

// TestNATOGenevaArticle holds what the user's example article must show.
func TestNATOGenevaArticle(t *testing.T) {
	text, err := os.ReadFile(natoArticle)
	if err != nil {
		t.Skipf("example article absent: %v", err)
	}
	d := pipeline(t).Extract(extract.Input{ID: "nato", Text: string(text)})

	ruge := find(d, "بوريس روجه")
	if len(ruge) != 1 {
		t.Fatalf("want one entity بوريس روجه, got %d: %+v", len(ruge), d.Entities)
	}
	r := ruge[0]
	if r.Type != doc.Person {
		t.Errorf("Ruge type %s, want PERSON", r.Type)
	}
	if r.Attributes["title"] != "السفير" {
		t.Errorf("Ruge title %q, want السفير", r.Attributes["title"])
	}
	if want := "مساعد الأمين العام لحلف شمال الأطلسي للشئون السياسية وسياسة الأمن"; r.Attributes["role"] != want {
		t.Errorf("Ruge role %q, want %q", r.Attributes["role"], want)
	}
	// بوريس روجه once, السفير روجه four times, روجه alone twice.
	if n := strings.Count(string(text), "روجه"); len(r.Mentions) != n || n != 7 {
		t.Errorf("Ruge has %d mentions, the text %d (want 7): %v", len(r.Mentions), n, mentionTexts(r, ""))
	}
	for _, e := range d.Entities {
		if e.Type == doc.Person && e.Name != r.Name {
			t.Errorf("unexpected person %q %v", e.Name, mentionTexts(e, ""))
		}
	}

	nato := find(d, "org:nato")
	if len(nato) != 1 {
		t.Fatalf("want one NATO entity, got %d", len(nato))
	}
	n := nato[0]
	if n.Type != doc.Organization || n.NameEn != "NATO" || n.Name != "حلف شمال الأطلسي" {
		t.Errorf("NATO = %s %q %q", n.Type, n.Name, n.NameEn)
	}
	names := mentionTexts(n, doc.KindName)
	for _, want := range []string{"الناتو", "حلف شمال الأطلسي", "للناتو"} {
		if !slices.Contains(names, want) {
			t.Errorf("NATO lacks mention %q: %v", want, names)
		}
	}
	if !slices.Contains(mentionTexts(n, doc.KindNominal), "الحلف") {
		t.Errorf("NATO lacks the nominal الحلف: %v", mentionTexts(n, ""))
	}

	for id, name := range map[string]string{"org:icrc": "اللجنة الدولية للصليب الأحمر", "org:gcsp": "مركز جنيف للسياسات الأمنية"} {
		es := find(d, id)
		if len(es) != 1 || es[0].Name != name || !slices.Contains(mentionTexts(es[0], ""), name) {
			t.Errorf("%s: want one entity named and mentioned as %q, got %+v", id, name, es)
		}
	}
	// بجنيف: the mention is جنيف inside it, the preposition left out.
	geneva := find(d, "loc:geneva")
	at := strings.Index(string(text), "بجنيف")
	bi := len([]rune(string(text)[:at])) + 1
	found := false
	for _, g := range geneva {
		for _, m := range g.Mentions {
			found = found || (m.Start == bi && m.Text == "جنيف")
		}
	}
	if len(geneva) != 1 || at < 0 || !found {
		t.Errorf("Geneva with بجنيف (جنيف at %d): %+v", bi, geneva)
	}
	ch := find(d, "loc:CH")
	if len(ch) != 1 || !slices.Contains(mentionTexts(ch[0], doc.KindAdjective), "السويسرية") || ch[0].Name != "سويسرا" {
		t.Errorf("Switzerland from السويسرية: %+v", ch)
	}
	if hague := find(d, "loc:the-hague"); len(hague) != 1 || hague[0].NameEn != "The Hague" {
		t.Errorf("The Hague: %+v", hague)
	}
	// Mentions point at the original text.
	runes := []rune(string(text))
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if string(runes[m.Start:m.End]) != m.Text {
				t.Errorf("mention %q at [%d,%d) reads %q", m.Text, m.Start, m.End, string(runes[m.Start:m.End]))
			}
		}
	}
}

// TestVocabularyIDs holds the two ways the stage reads a word's classes
// to the same entities: from the ids a tokenizer with the stage's
// vocabulary records, and from look-ups when the tokens carry none (a
// tokenizer with the gazetteer's plain lexicon), on every test article.
func TestVocabularyIDs(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	ent := entities.New(g)
	byID := extract.New(extract.WithLexicon(ent.Vocabulary()), extract.WithStages(ent))
	byWord := extract.New(extract.WithLexicon(g.Lexicon()), extract.WithStages(ent))
	var files []string
	for _, glob := range []string{"../../testdata/entities/*.txt", "../../testdata/articles/*.txt", "../../testdata/events/*.txt"} {
		f, _ := filepath.Glob(glob)
		files = append(files, f...)
	}
	if len(files) < 20 {
		t.Fatalf("found %d test articles", len(files))
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := byID.Analyze(extract.Input{Text: string(text)})
		if a.Tokens.Vocabulary == nil {
			t.Fatal("the tokens carry no vocabulary")
		}
		got, _ := json.Marshal(a.Doc.Entities)
		want, _ := json.Marshal(byWord.Extract(extract.Input{Text: string(text)}).Entities)
		if !bytes.Equal(got, want) {
			t.Errorf("%s: entities differ with vocabulary ids:\n got %s\nwant %s", f, got, want)
		}
	}
}
