package token

import (
	"math/bits"
	"sync"
)

// Token lists and analysis blocks are recycled through pools by size
// class (powers of two), so a released list serves any later document of
// up to its size. Lists above the largest class (a text of several
// megabytes) are left to the collector: they are rare, and holding them
// would keep a large block alive for little gain.
const (
	minClass = 6  // 64 elements
	maxClass = 18 // 262,144 elements
)

var (
	tokenPools    [maxClass + 1]sync.Pool
	analysisPools [maxClass + 1]sync.Pool
)

// class returns the size class that holds n elements, or -1 when n is
// above the largest class.
func class(n int) int {
	if n <= 1<<minClass {
		return minClass
	}
	c := bits.Len(uint(n - 1))
	if c > maxClass {
		return -1
	}
	return c
}

func getTokens(n int) []Token {
	c := class(n)
	if c < 0 {
		return make([]Token, 0, n)
	}
	if p, ok := tokenPools[c].Get().(*[]Token); ok {
		return (*p)[:0]
	}
	return make([]Token, 0, 1<<c)
}

// putTokens pools l when its capacity is exactly a size class, as
// getTokens made it. Pooled slices are zero throughout: l's used part is
// cleared (dropping its references to the text), and nothing past its
// length was ever written.
func putTokens(l []Token) {
	c := class(cap(l))
	if c < 0 || cap(l) != 1<<c {
		return
	}
	clear(l)
	l = l[:0]
	tokenPools[c].Put(&l)
}

func getAnalyses(n int) []Analysis {
	c := class(n)
	if c < 0 {
		return make([]Analysis, 0, n)
	}
	if p, ok := analysisPools[c].Get().(*[]Analysis); ok {
		return (*p)[:0]
	}
	return make([]Analysis, 0, 1<<c)
}

// putAnalyses pools b (at its used length) like putTokens.
func putAnalyses(b []Analysis) {
	c := class(cap(b))
	if c < 0 || cap(b) != 1<<c {
		return
	}
	clear(b)
	b = b[:0]
	analysisPools[c].Put(&b)
}
