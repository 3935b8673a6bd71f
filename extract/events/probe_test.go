package events

import (
	"testing"

	"github.com/newsx/newsx/extract/token"
)

// TestProbeAll holds probeAll, which compares a key by its parts and,
// past 16 bytes, eight bytes at a time, to get, which compares strings:
// every word of the table, the word with one byte changed anywhere in it,
// and the word cut or grown by a byte, must be found by both alike.
func TestProbeAll(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tb := &lx.words
	var words []string
	long := 0
	for i := range tb.infos {
		w := tb.infos[i].key
		words = append(words, w, w+"x", "x"+w)
		if len(w) > 0 {
			words = append(words, w[:len(w)-1], w[1:])
		}
		for j := range len(w) {
			b := []byte(w)
			b[j] ^= 0x01
			words = append(words, string(b))
		}
		if len(w) > 16 {
			long++
		}
	}
	if long == 0 {
		t.Fatal("no word of the table is longer than 16 bytes: the test reads no long key")
	}
	toks := []token.Token{{Kind: token.Word, Analyses: make([]token.Analysis, len(words))}}
	for i, w := range words {
		toks[0].Analyses[i].Stem = w
	}
	found := make([]uint32, len(words))
	tb.probeAll(toks, found)
	for i, w := range words {
		want := tb.get(w)
		var got *wordInfo
		if found[i] != 0 {
			got = &tb.infos[found[i]-1]
		}
		if got != want {
			t.Errorf("%q: probeAll finds %v, get %v", w, got, want)
		}
	}
}
