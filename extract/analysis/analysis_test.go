package analysis

import (
	"math/rand/v2"
	"testing"

	"github.com/newsx/newsx/normalize"
)

// naiveOriginal is Original by an offset per code point.
func naiveOriginal(s string, start, end int) string {
	var offs []int
	for i := range s {
		offs = append(offs, i)
	}
	offs = append(offs, len(s))
	n := len(offs) - 1
	start = max(start, 0)
	end = min(end, n)
	if start >= end {
		return ""
	}
	return s[offs[start]:offs[end]]
}

// checkOriginal compares Original with naiveOriginal on spans of s asked
// for in a random order, as stages ask for them.
func checkOriginal(t *testing.T, s string, seed uint64) {
	t.Helper()
	a := &Analysis{Text: &normalize.Text{Original: s}}
	n := 0
	for range s {
		n++
	}
	rng := rand.New(rand.NewPCG(seed, 1))
	for range 200 {
		start := rng.IntN(n+4) - 2
		end := start + rng.IntN(300) - 20
		if rng.IntN(4) == 0 {
			end = rng.IntN(n + 4)
		}
		if got, want := a.Original(start, end), naiveOriginal(s, start, end); got != want {
			t.Fatalf("Original(%d, %d) of %q = %q, want %q", start, end, s, got, want)
		}
	}
}

func TestOriginal(t *testing.T) {
	long := ""
	for i := range 500 {
		long += "قال الوزير " + string(rune('a'+i%26)) + " 😀 \xe2\x82 é\x80 "
	}
	for i, s := range []string{"", "a", "مرحبا", "\xff\xfe", "\xf0\x9f\x98\x80\x80", "ab\xe2\x82c", long} {
		checkOriginal(t, s, uint64(i))
	}
	// A reused Analysis whose text changes.
	a := &Analysis{Text: &normalize.Text{Original: long}}
	a.Original(1000, 1010)
	a.Text = &normalize.Text{Original: "abc"}
	if got := a.Original(1, 2); got != "b" {
		t.Fatalf("after a new text: %q", got)
	}
}

func FuzzOriginal(f *testing.F) {
	f.Add("قال الوزير في جنيف", uint64(1))
	f.Add("\xf0\x9f\x98\x80\x80ab\xe2\x82c", uint64(2))
	f.Fuzz(func(t *testing.T, s string, seed uint64) {
		checkOriginal(t, s, seed)
	})
}

func TestOriginalChunks(t *testing.T) {
	// Two-byte sequences across the eight-byte words the index reads,
	// and the bytes it must leave to the general path.
	checkRandomOriginal(t, []string{"a", "ب", "\xc2\x80", "\xdf\xbf", "\xc0\x80", "\xc1\xbf", "\xe2\x82\xac", "😀", "\x80", "\xc3", "\xff", " "}, 7, 300, 120)
}

func TestOriginalValidChunks(t *testing.T) {
	// Valid text only, so the index counts start bytes eight at a time:
	// two-byte sequences across words, longer ones that stop the fast
	// pass, and chunk tails.
	checkRandomOriginal(t, []string{"a", "ب", "\xc2\x80", "\xdf\xbf", "\xe2\x82\xac", "😀", " ", "بب", "aaaaaaa"}, 8, 400, 150)
}

// checkRandomOriginal checks n texts of up to max pieces drawn (seeded by
// seed) from pieces.
func checkRandomOriginal(t *testing.T, pieces []string, seed uint64, n, max int) {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, seed))
	for i := range n {
		var s string
		for range rng.IntN(max) {
			s += pieces[rng.IntN(len(pieces))]
		}
		checkOriginal(t, s, uint64(i))
	}
}
