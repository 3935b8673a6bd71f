package entities_test

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/newsx/newsx/extract"
)

// FuzzEntities holds the stage to its promises on any input: no panic,
// every mention inside the text and equal to the original it points at.
func FuzzEntities(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/entities/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b[:min(len(b), 600)]))
		}
	}
	for _, s := range []string{"", "(", "السفير", "السفير ،", "قال", "مدينة", "وزارة (ICRC", "بن", "عمان عمان", "ﻻ ﷲ جنيڤ", "الأمين العام لحلف"} {
		f.Add(s)
	}
	p := pipeline(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		a := p.Analyze(extract.Input{Text: s})
		runes := []rune(s)
		for _, e := range a.Doc.Entities {
			if e.Name == "" || len(e.Mentions) == 0 {
				t.Errorf("entity %+v without name or mentions", e)
			}
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
					t.Fatalf("mention %+v outside [0,%d)", m, len(runes))
				}
				if got := string(runes[m.Start:m.End]); got != m.Text {
					t.Fatalf("mention %+v reads %q", m, got)
				}
			}
		}
		for _, mr := range a.Mentions {
			if mr.Entity >= len(a.Doc.Entities) || mr.Mention >= len(a.Doc.Entities[mr.Entity].Mentions) || mr.First >= mr.Last || mr.Last > len(a.Tokens.List) {
				t.Fatalf("bad mention ref %+v", mr)
			}
		}
	})
}
