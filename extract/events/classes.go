package events

import "github.com/newsx/newsx/extract/token"

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
		setFilter.add(f)
		setFilter.add(f + "ا")
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

// tokenClasses returns the classTable bits of t: those of its readings
// (as inSet and cue read them) and those of its whole word, with stopBit
// and pronounPrepBit set as isStop and isPronounPrep would answer.
func tokenClasses(t *token.Token) uint64 {
	var bits uint64
	if w := word(t); setFilter.may(w) {
		b := classTable[w]
		bits |= b & wordMask
		if len(t.Analyses) > 0 { // w is the first reading's stem
			bits |= b & readingMask
		}
	}
	for i := 1; i < len(t.Analyses); i++ {
		an := &t.Analyses[i]
		// a preposition carrying a pronoun: معهم is مع+هم, listed as معه
		if an.Suffix != "" {
			if w := an.Stem + "ه"; setFilter.may(w) && classTable[w]&(1<<pronounPrepBit) != 0 {
				bits |= 1 << pronounPrepBit
			}
		}
		if !setFilter.may(an.Stem) {
			continue
		}
		b := classTable[an.Stem]
		bits |= b & readingMask
		// a stop word after و or ف (وفي، فإن)
		if (an.Prefix == "و" || an.Prefix == "ف") && an.Suffix == "" {
			bits |= b & (1 << stopBit)
		}
	}
	if t.Kind != token.Word {
		bits &^= 1<<stopBit | 1<<pronounPrepBit // both ask for a word
	}
	return bits
}

// classify fills x.cls with the classes of every token.
func (x *document) classify() {
	n := len(x.toks)
	if cap(x.cls) < n {
		x.cls = make([]uint64, n)
	}
	x.cls = x.cls[:n]
	for k := range x.toks {
		x.cls[k] = tokenClasses(&x.toks[k])
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
