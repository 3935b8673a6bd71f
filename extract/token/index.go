package token

import "slices"

// Vocabulary is a Lexicon whose words have dense ids. A tokenizer whose
// Lexicon is a Vocabulary looks every analysis's stem up once, while it
// analyses the word, and records the id in Analysis.ID; the stage that
// built the vocabulary then reads its tables by id instead of hashing the
// same stems again into a table of its own. The known words (the lexicon
// proper, which clitic analysis leaves whole) are marked among them.
type Vocabulary struct {
	WordIndex
	known []uint64 // a bit by id
}

// SetKnown marks the word whose id is id as known.
func (v *Vocabulary) SetKnown(id int32) {
	for int(id)/64 >= len(v.known) {
		v.known = append(v.known, 0)
	}
	v.known[id/64] |= 1 << (id % 64)
}

// KnownID is Known for the word whose id is id (-1: none).
func (v *Vocabulary) KnownID(id int32) bool {
	return id >= 0 && int(id)/64 < len(v.known) && v.known[id/64]&(1<<(id%64)) != 0
}

// Known implements Lexicon.
func (v *Vocabulary) Known(w string) bool { return v.KnownID(v.ID(w)) }

// WordIndex maps words to the dense ids 0, 1, … in the order they are
// added, with one probe a look-up: the slots are open-addressed by Hash.
// Most words a text is looked up for are none of an
// index's: a bit per hash value (filter, four for each slot, so eight or
// more for each word) turns most of them away before a slot is read. The
// words are kept end to end in one buffer, which the garbage collector
// need not scan. Its zero value is empty. It is safe for concurrent reads
// once no more words are added.
type WordIndex struct {
	filter []uint64
	slots  []uint32 // id+1 (0: empty)
	mask   uint64
	text   []byte
	ends   []uint32 // word id is text[ends[id-1]:ends[id]] (0 before the first)
}

// Len returns the number of words.
func (x *WordIndex) Len() int { return len(x.ends) }

// Word returns the word whose id is id.
func (x *WordIndex) Word(id int32) string { return string(x.word(id)) }

func (x *WordIndex) word(id int32) []byte {
	start := uint32(0)
	if id > 0 {
		start = x.ends[id-1]
	}
	return x.text[start:x.ends[id]]
}

// ID returns the id of w, or -1.
func (x *WordIndex) ID(w string) int32 {
	if len(x.slots) == 0 {
		return -1
	}
	h := Hash(w)
	if f := (h >> 20) & (4*x.mask + 3); x.filter[f/64]&(1<<(f%64)) == 0 {
		return -1
	}
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		s := x.slots[i]
		if s == 0 {
			return -1
		}
		if id := int32(s) - 1; string(x.word(id)) == w {
			return id
		}
	}
}

// Add returns the id of w, adding w when it is new.
func (x *WordIndex) Add(w string) int32 {
	if id := x.ID(w); id >= 0 {
		return id
	}
	return x.AddNew(w)
}

// AddNew adds w, which the caller knows is new, and returns its id.
func (x *WordIndex) AddNew(w string) int32 {
	if 4*(len(x.ends)+1) > 3*len(x.slots) {
		x.Reserve(2*(len(x.ends)+1), 0)
	}
	x.text = append(x.text, w...)
	x.ends = append(x.ends, uint32(len(x.text)))
	id := int32(len(x.ends) - 1)
	x.place(id, Hash(w))
	return id
}

// Reserve makes room for n words in all, of about bytes bytes, without
// growing.
func (x *WordIndex) Reserve(n, bytes int) {
	x.text = slices.Grow(x.text, max(0, bytes-len(x.text)))
	x.ends = slices.Grow(x.ends, max(0, n-len(x.ends)))
	// At most three words in four slots: with the filter in front, the
	// probes are for words most likely present, and a smaller table is
	// less fresh memory at start-up.
	size := 64
	for 3*size < 4*n {
		size *= 2
	}
	if size <= len(x.slots) {
		return
	}
	x.slots, x.mask = make([]uint32, size), uint64(size-1)
	x.filter = make([]uint64, size/16)
	for id := range x.ends {
		x.place(int32(id), Hash(string(x.word(int32(id)))))
	}
}

func (x *WordIndex) place(id int32, h uint64) {
	f := (h >> 20) & (4*x.mask + 3)
	x.filter[f/64] |= 1 << (f % 64)
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		if x.slots[i] == 0 {
			x.slots[i] = uint32(id + 1)
			return
		}
	}
}

// Hash hashes a word from its length and its first and last eight bytes
// (four Arabic letters each), cheaply enough to run on every reading of
// every word; longer words that differ only in the middle share a hash
// and are told apart by comparison.
func Hash(w string) uint64 {
	a, b := HashParts(w)
	return HashMix(a, b, len(w))
}

// HashParts returns the bytes of w that Hash reads: its first and last
// eight bytes, or four, or for the shortest words the first, middle and
// last. For a word of up to 16 bytes they cover every byte, so two such
// words of one length are equal exactly when their parts are.
func HashParts(w string) (a, b uint64) {
	n := len(w)
	switch {
	case n >= 8:
		a = load64(w)
		b = load64(w[n-8:])
	case n >= 4:
		a = uint64(load32(w))
		b = uint64(load32(w[n-4:]))
	case n > 0:
		a = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	return a, b
}

// HashMix is Hash of a word of length n whose parts are a and b.
func HashMix(a, b uint64, n int) uint64 {
	h := (a ^ 0x9e3779b97f4a7c15) * (b ^ uint64(n)<<56 ^ 0xc2b2ae3d27d4eb4f)
	h ^= h >> 29
	h *= 0x94d049bb133111eb
	return h ^ h>>32
}

func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
