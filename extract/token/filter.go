package token

// WordFilter is a cheap test that turns most words away before a map is
// asked: nearly every word a stage looks up is in none of its sets, and a
// map look-up hashes the whole word. For each word added, bit (second byte
// & 63) of [length][last byte & 63] is set; for an Arabic word the second
// byte tells its first letter, so the filter knows the length and the
// first and last letters. The zero value is an empty filter.
type WordFilter [64][64]uint64

// Add puts w in the filter.
func (f *WordFilter) Add(w string) {
	if n := len(w); n > 0 && n < len(f) {
		f[n][w[n-1]&63] |= 1 << (w[min(1, n-1)] & 63)
	}
}

// May reports whether w may have been added: false is certain, true may
// be wrong.
func (f *WordFilter) May(w string) bool {
	n := len(w)
	return n > 0 && n < len(f) && f[n][w[n-1]&63]&(1<<(w[min(1, n-1)]&63)) != 0
}
