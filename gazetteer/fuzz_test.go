package gazetteer

import (
	"testing"
)

// FuzzWordID holds the matcher's hash table to a map of its vocabulary:
// a word has an id exactly when it is a word of the vocabulary, and the
// id names it. The lexicon holds only words of the vocabulary.
func FuzzWordID(f *testing.F) {
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	m := g.Matcher()
	vocab := make(map[string]int32, m.VocabularySize())
	for id, w := range m.Vocabulary() {
		vocab[w] = int32(id)
	}
	for _, w := range []string{"", "جنيف", "الناتو", "NATO", "nato", "ال", "حلف", "x", "بجنيف"} {
		f.Add(w)
	}
	lex := g.Lexicon()
	f.Fuzz(func(t *testing.T, w string) {
		id := m.WordID(w)
		want, ok := vocab[w]
		if !ok {
			want = -1
		}
		if id != want {
			t.Fatalf("WordID(%q) = %d, want %d", w, id, want)
		}
		if lex.Known(w) && id < 0 {
			t.Fatalf("lexicon word %q is not in the vocabulary", w)
		}
		if id >= 0 {
			def, bare := m.ArticleForms(int(id))
			if def >= 0 && m.VocabularyWord(int(def)) != "ال"+w {
				t.Fatalf("definite form of %q is %q", w, m.VocabularyWord(int(def)))
			}
			if bare >= 0 && "ال"+m.VocabularyWord(int(bare)) != w {
				t.Fatalf("bare form of %q is %q", w, m.VocabularyWord(int(bare)))
			}
		}
	})
}

// FuzzDecodeSnapshot feeds corrupt snapshots to the decoder, which must
// report them, not panic.
func FuzzDecodeSnapshot(f *testing.F) {
	sum := snapshotSum(snapshot)
	head := len(snapshotMagic) + 32
	f.Add([]byte(snapshot[head:head+4096]), 0)
	f.Add([]byte{1, 2, 3}, 100)
	f.Fuzz(func(t *testing.T, patch []byte, at int) {
		// The snapshot with patch written over it at byte at, or cut
		// there when patch is empty.
		if at < 0 {
			at = -at
		}
		at %= len(snapshot) - head
		b := []byte(snapshot)
		if len(patch) == 0 {
			b = b[:head+at]
		} else {
			copy(b[head+at:], patch)
		}
		decodeSnapshot(string(b), sum)
	})
}
