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

// classPool recycles slices of T by size class.
type classPool[T any] [maxClass + 1]sync.Pool

var (
	tokenPools    classPool[Token]
	analysisPools classPool[Analysis]
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

// get returns an empty slice with room for n elements.
func (p *classPool[T]) get(n int) []T {
	c := class(n)
	if c < 0 {
		return make([]T, 0, n)
	}
	if s, ok := p[c].Get().(*[]T); ok {
		return (*s)[:0]
	}
	return make([]T, 0, 1<<c)
}

// put pools s when its capacity is exactly a size class, as get made it.
// Pooled slices are zero throughout: s's used part is cleared (dropping
// its references to the text), and nothing past its length was ever
// written.
func (p *classPool[T]) put(s []T) {
	c := class(cap(s))
	if c < 0 || cap(s) != 1<<c {
		return
	}
	clear(s)
	s = s[:0]
	p[c].Put(&s)
}
