package events

import (
	"slices"
	"strings"

	"github.com/newsx/newsx/extract/token"
)

// class is a set of words made by set: the closed classes of cue words
// the rules ask about (prepositions, relatives, modal cues …). Besides its
// words it has a bit of its own in classTable, so that the classes of a
// token can be read once per document (document.classify) and each later
// question is a bit test instead of map lookups over all its readings.
type class struct {
	words map[string]bool
	bit   uint64
}

// has reports whether w is one of c's words (an exact form, unlike inSet).
func (c *class) has(w string) bool { return c.words[w] }

// Bits of classTable beyond the classes'.
const (
	// cueBit is the bit of the first cue kind (see cue); the kinds
	// follow it.
	cueBit = 48
	// Whole-word bits: set in classTable for the exact forms of a class,
	// and in document.cls for the tokens whose whole word (word) is one.
	clauseEndBit   = 56 // clauseEnds
	timeNounBit    = 57 // timeNouns
	placeNounBit   = 58 // placeNouns
	pronounPrepBit = 59 // pronounPreps; in document.cls: isPronounPrep
	stopBit        = 63 // stopWords; in document.cls: isStop
	// Lexicon bits, set in document.cls only: a reading of the token may
	// start a trigger (trigBit) or be a light verb (lightBit).
	trigBit  = 60
	lightBit = 61
	// Reading bits, set in document.cls only: a reading with و before
	// the stem (conjBit, see conjoined); a word (wordBit); the
	// preposition among the proclitics as clitic reads it when no mention
	// starts at the token (2 bits from prepBit, see prepCodes).
	conjBit = 55
	wordBit = 62
	prepBit = 53
	// readingMask: the bits any reading of a token gives it (the
	// classes and the cue kinds); wordMask: those its whole word gives.
	readingMask = 1<<(cueBit+numCues) - 1
	wordMask    = 1<<clauseEndBit | 1<<timeNounBit | 1<<placeNounBit | 1<<pronounPrepBit | 1<<stopBit
)

// The cue kinds must end below the whole-word bits (this fails to compile
// if a new kind would run into them).
var _ [clauseEndBit - cueBit - numCues]struct{}

// classTable maps a matching form to the bits of the classes that hold it
// as inSet reads them (the form, or the form less an accusative ا), and of
// the cue kinds and stop words that hold it exactly. It is filled at
// package initialisation and only read afterwards.
var classTable = map[string]uint64{}

// classes counts the classes made so far.
var classes uint

// newClass makes a class of the given matching forms.
func newClass(forms []string) *class {
	if classes >= cueBit {
		panic("events: too many word classes for classTable")
	}
	c := &class{words: make(map[string]bool, len(forms)), bit: 1 << classes}
	classes++
	for _, f := range forms {
		c.words[f] = true
		classTable[f] |= c.bit
		classTable[f+"ا"] |= c.bit // inSet also asks for the accusative form
		setFilter.Add(f)
		setFilter.Add(f + "ا")
	}
	return c
}

// set makes a class of words in ordinary spelling.
func set(ws ...string) *class {
	fs := make([]string, len(ws))
	for i, w := range ws {
		fs[i] = form(w)
	}
	return newClass(fs)
}

// markExact sets bit in classTable for the words of c as they are.
func markExact(c *class, bit uint64) {
	for w := range c.words {
		classTable[w] |= bit
	}
}

// classify fills x.cls with the classTable bits of every token: those of
// its readings (as inSet and cue read them) and those of its whole word,
// with stopBit and pronounPrepBit set as isStop and isPronounPrep would
// answer; with the reading bits (conjBit, wordBit, prepBit); and trigBit
// and lightBit. Each reading costs one table probe; what it found goes to
// x.found, reading after reading through the document, as the index in
// the table's infos plus one (0 for none): an index, unlike a pointer, is
// stored without a write barrier.
//
// It runs over the whole document in one call, with no call in its loops
// on the way of most readings: Go keeps no register across a call, so a
// call per token or per reading would cost the loops their registers.
func (x *document) classify() {
	tb := &x.lx.words
	toks := x.toks
	n := 0
	for k := range toks {
		n += len(toks[k].Analyses)
	}
	if cap(x.found) < n {
		x.found = make([]uint32, n)
	}
	found := x.found[:n]
	x.found = found
	if cap(x.cls) < len(toks) {
		x.cls = make([]uint64, len(toks))
	}
	cls := x.cls[:len(toks)]
	x.cls = cls
	if cap(x.trigs) < len(toks) {
		x.trigs = make([]trigTok, len(toks))
	}
	tb.probeAll(toks, found)
	x.trigs = x.trigs[:tb.classBits(toks, found, cls, x.trigs[:len(toks)])]
}

// trigTok is a token with trigBit set, as classBits lists them: its index
// and the index of its first reading in document.found.
type trigTok struct{ k, off int32 }

// probeAll finds the table entry of every reading of toks, into found.
// The probe is get's, written out in the loop, and compares a key by its
// parts (token.HashParts), which hold all of a key of up to 16 bytes, and
// its middle beyond. (It is a function of its own, as is classBits, so
// that the compiler gives each loop the registers.)
func (tb *wordTable) probeAll(toks []token.Token, found []uint32) {
	off := 0
	for k := range toks {
		as := toks[k].Analyses
		for i := range as {
			w := as[i].Stem
			n := len(w)
			a, b := token.HashParts(w)
			h := token.HashMix(a, b, n)
			var idx uint32
			if f := h & (filterBits - 1); tb.filter[f/64]&(1<<(f%64)) != 0 {
				tag := uint32(h >> 32)
				for j := h & tb.mask; ; j = (j + 1) & tb.mask {
					sl := tb.slots[j]
					if sl.info == 0 {
						break
					}
					if kk := &tb.keys[sl.info-1]; sl.tag == tag && kk.a == a && kk.b == b && kk.n == n {
						// the parts hold the first and last eight bytes:
						// the bytes between, if any, are compared here
						if n <= 16 || tb.infos[sl.info-1].key[8:n-8] == w[8:n-8] {
							idx = sl.info
							break
						}
					}
				}
			}
			found[off] = idx
			off++
		}
	}
}

// classBits sets cls[k] to the classes of toks[k], from the table entries
// probeAll found for its readings, and lists in trigs (as long as toks)
// the tokens that may start a trigger, so that findTriggers visits them
// alone; it returns their number. The loop keeps indices, not strings, to
// stay within the registers.
func (tb *wordTable) classBits(toks []token.Token, found []uint32, cls []uint64, trigs []trigTok) int {
	infos := tb.infos
	off, nt := 0, 0
	for k := range toks {
		t := &toks[k]
		as := t.Analyses
		var bits uint64
		if len(as) == 0 {
			if wi := tb.get(t.Text); wi != nil {
				bits |= wi.cls & wordMask
			}
		} else if idx := found[off]; idx != 0 {
			// the whole word (word(t) is its stem)
			wi := &infos[idx-1]
			bits |= wi.cls & (wordMask | readingMask)
			bits |= readingBits(wi, &as[0])
		}
		// pre and fused: the readings with clitic's proclitics, as
		// prefixOf and its fallback (a preposition fused with the
		// article) find them, or 0
		pre, fused := 0, 0
		for i := 1; i < len(as); i++ {
			an := &as[i]
			if strings.HasPrefix(an.Prefix, "و") {
				bits |= 1 << conjBit
			}
			if an.Prefix != "" && an.Suffix == "" && !an.Article && (pre == 0 || len(an.Prefix) > len(as[pre].Prefix)) {
				pre = i
			}
			if fused == 0 && an.Article && len(an.Prefix) > len("ال") {
				fused = i
			}
			idx := found[off+i]
			if idx == 0 {
				continue
			}
			wi := &infos[idx-1]
			bits |= wi.cls & readingMask
			// a preposition carrying a pronoun: معهم is مع+هم, listed as معه
			if an.Suffix != "" && wi.pronounStem {
				bits |= 1 << pronounPrepBit
			}
			// a stop word after و or ف (وفي، فإن)
			if (an.Prefix == "و" || an.Prefix == "ف") && an.Suffix == "" {
				bits |= wi.cls & (1 << stopBit)
			}
			bits |= readingBits(wi, an)
		}
		off += len(as)
		if pre == 0 {
			pre = fused
		}
		if pre != 0 {
			bits |= prepCodeOf(as[pre].Prefix) << prepBit
		}
		if t.Kind != token.Word {
			bits &^= 1<<stopBit | 1<<pronounPrepBit | 3<<prepBit // all ask for a word
		} else {
			bits |= 1 << wordBit
			if bits&(1<<trigBit) != 0 {
				trigs[nt] = trigTok{int32(k), int32(off - len(as))}
				nt++
			}
		}
		cls[k] = bits
	}
	return nt
}

// readingBits returns trigBit when reading an, whose table entry is wi,
// may start a trigger, and lightBit when it may be a light verb.
func readingBits(wi *wordInfo, an *token.Analysis) uint64 {
	var bits uint64
	if len(wi.first) > 0 || len(wi.acc) > 0 && len(an.Stem) > 4 {
		bits |= 1 << trigBit
	}
	if wi.light != nil && !an.Article {
		bits |= 1 << lightBit
	}
	return bits
}

// prepCodes are the prepositions clitic returns, by their code in
// document.cls.
var prepCodes = [4]string{"", "ب", "ل", "ك"}

// prepCodeOf is the code in prepCodes of prepOf(p), the preposition in
// proclitics p, found by comparing letters rather than strings.
func prepCodeOf(p string) uint64 {
	if strings.HasPrefix(p, "و") {
		p = p[len("و"):]
	}
	if strings.HasPrefix(p, "ف") {
		p = p[len("ف"):]
	}
	switch {
	case strings.HasPrefix(p, "ب"):
		return 1
	case strings.HasPrefix(p, "ل"):
		return 2
	case strings.HasPrefix(p, "ك"):
		return 3
	}
	return 0
}

// prep is the preposition of token k as clitic reads it when no mention
// starts there, read from x.cls.
func (x *document) prep(k int) string { return prepCodes[x.cls[k]>>prepBit&3] }

// conj is conjoined(&x.toks[k], false), read from x.cls.
func (x *document) conj(k int) bool { return x.cls[k]&(1<<conjBit) != 0 }

// wordInfo is what the stage knows of one matching form.
type wordInfo struct {
	key string
	cls uint64 // classTable[key]
	// pronounStem: key+"ه" is a preposition with a pronoun (pronounPreps).
	pronounStem bool
	// first: the lexicon entries whose first word key is; acc: those
	// whose first word is key less an accusative ا.
	first, acc []*entry
	light      *lightVerb
	// sets has the bits of the lexicon's word sets (needs, not, block)
	// whose hasStem finds key (see lexicon.setBit).
	sets uint64
}

// wordTable finds the wordInfo of a form with one probe, so that a
// reading costs one hash, whatever the number of tables it is asked of.
// Most readings are no word of the table: a bit per hash value (filter,
// small enough to stay in the first-level cache) turns them away before
// the slots are read.
type wordTable struct {
	filter [filterBits / 64]uint64
	mask   uint64
	slots  []wordSlot
	infos  []wordInfo
	// keys[i] is infos[i].key as the hash reads it (token.HashParts): for a
	// key of up to 16 bytes that is the whole key, so comparing it
	// takes no call of the runtime's string comparison.
	keys []wordKey
}

// wordKey is a word's parts (see token.HashParts) and its length.
type wordKey struct {
	a, b uint64
	n    int
}

const filterBits = 1 << 16

type wordSlot struct {
	tag  uint32 // high bits of the hash
	info uint32 // index in infos + 1; 0 for an empty slot
}

// get returns the information on w, or nil when there is none.
func (tb *wordTable) get(w string) *wordInfo {
	h := token.Hash(w)
	if f := h & (filterBits - 1); tb.filter[f/64]&(1<<(f%64)) == 0 {
		return nil
	}
	if i := tb.probe(w, h); i != 0 {
		return &tb.infos[i-1]
	}
	return nil
}

// probe is get past the filter, for w of hash h: it returns the index of
// w's information in tb.infos plus one, or 0.
func (tb *wordTable) probe(w string, h uint64) uint32 {
	tag := uint32(h >> 32)
	for i := h & tb.mask; ; i = (i + 1) & tb.mask {
		sl := tb.slots[i]
		if sl.info == 0 {
			return 0
		}
		if sl.tag == tag && tb.infos[sl.info-1].key == w {
			return sl.info
		}
	}
}

// entry returns the information on w, adding it if it is new. It must
// not be called once the table is read by a document.
func (tb *wordTable) entry(w string) *wordInfo {
	if wi := tb.get(w); wi != nil {
		return wi
	}
	if 4*(len(tb.infos)+1) > len(tb.slots) {
		tb.grow()
	}
	tb.infos = append(tb.infos, wordInfo{key: w})
	a, b := token.HashParts(w)
	tb.keys = append(tb.keys, wordKey{a: a, b: b, n: len(w)})
	tb.place(uint32(len(tb.infos)))
	return &tb.infos[len(tb.infos)-1]
}

func (tb *wordTable) place(info uint32) {
	h := token.Hash(tb.infos[info-1].key)
	f := h & (filterBits - 1)
	tb.filter[f/64] |= 1 << (f % 64)
	for i := h & tb.mask; ; i = (i + 1) & tb.mask {
		if tb.slots[i].info == 0 {
			tb.slots[i] = wordSlot{tag: uint32(h >> 32), info: info}
			return
		}
	}
}

// reserve makes room for n words without growing.
func (tb *wordTable) reserve(n int) {
	size := 64
	for 4*n > size {
		size *= 2
	}
	if size > len(tb.slots) {
		tb.infos = slices.Grow(tb.infos, n-len(tb.infos))
		tb.slots, tb.mask = make([]wordSlot, size), uint64(size-1)
		for i := range tb.infos {
			tb.place(uint32(i + 1))
		}
	}
}

func (tb *wordTable) grow() {
	n := max(64, 2*len(tb.slots))
	tb.slots, tb.mask = make([]wordSlot, n), uint64(n-1)
	for i := range tb.infos {
		tb.place(uint32(i + 1))
	}
}

// addClasses puts classTable into tb.
func (tb *wordTable) addClasses() {
	for w, bits := range classTable {
		tb.entry(w).cls = bits
		if bits&(1<<pronounPrepBit) != 0 {
			if s, ok := strings.CutSuffix(w, "ه"); ok {
				tb.entry(s).pronounStem = true
			}
		}
	}
}

// in is inSet(&x.toks[k], c), read from x.cls.
func (x *document) in(k int, c *class) bool { return x.cls[k]&c.bit != 0 }

// stop is isStop(&x.toks[k]), read from x.cls.
func (x *document) stop(k int) bool { return x.cls[k]&(1<<stopBit) != 0 }

// pronounPrep is isPronounPrep(&x.toks[k]), read from x.cls.
func (x *document) pronounPrep(k int) bool { return x.cls[k]&(1<<pronounPrepBit) != 0 }

// wordIs reports whether the whole word of token k (word) is one of the
// class whose whole-word bit is bit.
func (x *document) wordIs(k int, bit uint) bool { return x.cls[k]&(1<<bit) != 0 }

// isLight is x.lx.isLight(&x.toks[k]), asked only of the tokens classify
// marked.
func (x *document) isLight(k int) (*lightVerb, *token.Analysis) {
	if x.cls[k]&(1<<lightBit) == 0 {
		return nil, nil
	}
	return x.lx.isLight(&x.toks[k])
}
