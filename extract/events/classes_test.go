package events

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsx/newsx/extract/token"
	"github.com/newsx/newsx/internal/newsgen"
	"github.com/newsx/newsx/normalize"
)

// TestClassesAgree checks that the token classes read once per document
// (classify) answer as the map lookups they stand for do, on every token
// of the test articles and of generated news: inSet for every class, isStop, isPronounPrep, the
// whole-word classes, the cue kinds, conjoined and the proclitic preposition.
func TestClassesAgree(t *testing.T) {
	all := []*class{clauseEnds, complementisers, demonstratives, during, futureAdv, intent, inviters,
		issuedBy, kana, negators, nounNeg, particleQad, placeNouns, plannedAdj, presence, pronounPreps, pronounThat,
		quantities, regionWords, relatives, reporting, stopWords, timeNouns, titleWords, topicNouns, venueWords,
		hostVerbs, witness, adverbs}
	cues := []*class{reporting, inviters, presence, intent, complementisers}
	whole := map[uint]*class{clauseEndBit: clauseEnds, timeNounBit: timeNouns, placeNounBit: placeNouns}
	var files []string
	for _, dir := range []string{"../../testdata/articles", "../../testdata/events", "../../testdata/entities"} {
		fs, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		files = append(files, fs...)
	}
	texts := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[f] = string(b)
	}
	// and generated news, as the benchmarks read
	for i := range uint64(200) {
		texts[fmt.Sprintf("newsgen %d", i)] = newsgen.Article(i)
	}
	var tz token.Tokenizer
	n := 0
	for f, text := range texts {
		toks := tz.Tokenize(normalize.Default().Normalize(text).Form).List
		// the table of the lexicon, which the stage reads
		lx, err := loadLexicon()
		if err != nil {
			t.Fatal(err)
		}
		x := &document{lx: lx, toks: toks}
		x.classify()
		for k := range toks {
			tk := &toks[k]
			n++
			for i, c := range all {
				if x.in(k, c) != inSet(tk, c) {
					t.Errorf("%s: %q: class %d: cached %v", f, tk.Text, i, x.in(k, c))
				}
			}
			if x.stop(k) != isStop(tk) {
				t.Errorf("%s: %q: stop: cached %v", f, tk.Text, x.stop(k))
			}
			if x.pronounPrep(k) != isPronounPrep(tk) {
				t.Errorf("%s: %q: pronoun preposition: cached %v", f, tk.Text, x.pronounPrep(k))
			}
			if x.conj(k) != conjoined(tk, false) {
				t.Errorf("%s: %q: conjoined: cached %v", f, tk.Text, x.conj(k))
			}
			if x.prep(k) != procliticPrep(tk) {
				t.Errorf("%s: %q: proclitic preposition: cached %q, want %q", f, tk.Text, x.prep(k), procliticPrep(tk))
			}
			if x.cls[k]&(1<<wordBit) != 0 != (tk.Kind == token.Word) {
				t.Errorf("%s: %q: word bit wrong", f, tk.Text)
			}
			for bit, c := range whole {
				if x.wordIs(k, bit) != c.has(word(tk)) {
					t.Errorf("%s: %q: whole word bit %d: cached %v", f, tk.Text, bit, x.wordIs(k, bit))
				}
			}
			var want uint8
			for i := range tk.Analyses {
				st := tk.Analyses[i].Stem
				for kind, c := range cues {
					if c.has(st) {
						want |= 1 << kind
					}
				}
				if futureAdv.has(st) {
					want |= 1 << cueIntent
				}
			}
			if got := uint8(x.cls[k]>>cueBit) & (1<<numCues - 1); got != want {
				t.Errorf("%s: %q: cues %05b, want %05b", f, tk.Text, got, want)
			}
		}
	}
	t.Logf("%d tokens", n)
}
