package gazetteer

import (
	"strings"
	"sync"

	"github.com/newsx/newsx/extract/token"
)

// FormKind says which list a matched phrase comes from.
type FormKind uint8

// Form kinds of a Value.
const (
	// FormName is an entry's canonical Arabic name.
	FormName FormKind = iota + 1
	// FormAlias is another Arabic name or spelling of an entry.
	FormAlias
	// FormLatin is an entry's English name or Latin-script alias (NATO).
	FormLatin
	// FormAdjective is an inflected nisba of a place (السويسرية).
	FormAdjective
	// FormNominal is a generic noun for an entry (الحلف).
	FormNominal
	// FormGiven is a given name (Ref indexes Names).
	FormGiven
	// FormFamily is a family name (Ref indexes Names).
	FormFamily
	// FormTitle is an honorific or rank before a name (Ref indexes Titles).
	FormTitle
	// FormRole is an office noun (Ref indexes Titles).
	FormRole
	// FormSurname is the last word of a known person's name (بوش for
	// George Bush), which news uses alone once the person is known.
	FormSurname
)

// Value is one meaning of a matched phrase: a form kind and an index into
// the gazetteer list that kind names (Entries, Names or Titles).
type Value struct {
	Kind FormKind
	Ref  int32
}

// Hit is a phrase of the gazetteer found at tokens [Start, End).
type Hit struct {
	Start, End int
	Values     []Value
	// Clitic reports that the first token was read without its
	// proclitics (بجنيف → جنيف, للناتو → الناتو).
	Clitic bool
	// Reading is the index of the first token's clitic analysis that
	// matched (0: the whole word).
	Reading int
}

// Beats reports whether h is a better reading than o of the same
// position: longer, or as long and matched on the whole word where o
// needed to strip proclitics.
func (h Hit) Beats(o Hit) bool {
	return h.End > o.End || (h.End == o.End && o.Clitic && !h.Clitic)
}

// Matcher finds gazetteer phrases in tokens. It is a trie over the
// matching forms of whole tokens, built once; a lookup at one position
// walks at most as many tokens as the longest phrase, so a pass over a
// text is linear in its length.
//
// The trie is stored flat, in one string of fixed-width tables (see
// tables.go), so the embedded gazetteer's matcher is the snapshot itself:
// start-up builds no map and no string per word, and the garbage
// collector has no pointer to follow in it. Every word of a phrase has a
// small integer id, found by one probe of an open-addressing hash table;
// the root's transitions are arrays indexed by word, and the other
// nodes' transitions are runs of (word, node) sorted by word.
type Matcher struct {
	// tab holds the tables; the fields below are its sections.
	tab    string
	maxLen int
	// text holds the vocabulary's words end to end; word id spans
	// text[wordOff[id]:wordOff[id+1]].
	text    string
	wordOff u32s
	// slots is the hash table of the vocabulary (see lookupWord).
	slots string
	mask  uint64
	// rootOf[w] is the node the root reaches by word w (0: none).
	rootOf u32s
	// rootDefOf[w] is the node the root reaches by "ال"+w, so a token read
	// as proclitic + article + stem (للناتو) finds الناتو without building
	// the string.
	rootDefOf u32s
	// defOf[w] and bareOf[w] are the ids plus one (0: none) of "ال"+w and
	// of w without its leading ال.
	defOf, bareOf u32s
	// kids holds (word, node) pairs; those of node n (other than the
	// root) are pairs kidStart[n] to kidStart[n+1], sorted by word.
	kids     u32s
	kidStart u32s
	// vals[valStart[n]:valStart[n+1]] are the values of node n.
	vals     []Value
	valStart u32s

	vocabOnce sync.Once
	vocab     []string
	// words are the words of names (not of titles, nominals or Latin
	// names), for the lexicon; only a matcher built from parsed data has
	// them.
	words map[string]bool
}

// trieBuilder gathers the phrases of a gazetteer into a trie before it is
// flattened into a Matcher.
type trieBuilder struct {
	vals    [][]Value
	edges   map[edge]int32
	maxLen  int
	words   map[string]bool
	collect bool
}

type edge struct {
	from int32
	tok  string
}

func newMatcher(g *Gazetteer) *Matcher {
	m := &trieBuilder{vals: make([][]Value, 1, 1<<15), edges: make(map[edge]int32, 1<<15), words: make(map[string]bool, 1<<14)}
	// A surname is only useful alone when it is not also a given name, a
	// title or a rule word (محمد, الشيخ, الثاني).
	notSurname := map[string]bool{}
	for _, n := range g.Names {
		if n.Given || n.Ambiguous {
			notSurname[key(n.Name)] = true
		}
	}
	for _, t := range g.Titles {
		for _, w := range strings.Fields(key(t.Phrase)) {
			notSurname[w] = true
		}
	}
	for _, r := range g.Rules {
		notSurname[key(r.Word)] = true
	}
	// The second part of a compound name (عبد العزيز, صفي الدين, نصر
	// الله) is no surname alone; such a name's surname is its last two
	// words.
	compoundEnd := g.CompoundEnds()
	for i, e := range g.Entries {
		ref := int32(i)
		m.collect = !e.Ambiguous
		m.add(e.Name, Value{FormName, ref}, false)
		for _, a := range e.AliasesAr {
			m.add(a, Value{FormAlias, ref}, false)
		}
		if e.NameEn != "" {
			m.add(e.NameEn, Value{FormLatin, ref}, true)
		}
		for _, a := range e.AliasesEn {
			m.add(a, Value{FormLatin, ref}, true)
		}
		for _, adj := range e.Adjectives {
			for _, f := range AdjectiveForms(adj) {
				m.addTokens(strings.Fields(f), Value{FormAdjective, ref})
			}
		}
		for _, n := range e.Nominals {
			m.add(n, Value{FormNominal, ref}, false)
		}
		if e.Type == Person && !e.Ambiguous {
			f := strings.Fields(key(e.Name))
			switch n := len(f); {
			case n >= 3 && compoundEnd[f[n-1]]:
				if sur := f[n-2:]; !notSurname[sur[0]+" "+sur[1]] {
					m.addTokens(sur, Value{FormSurname, ref})
				}
			case n >= 2 && compoundEnd[f[n-1]]:
			case n >= 2 && len([]rune(f[n-1])) >= 3 && !notSurname[f[n-1]]:
				m.addTokens(f[n-1:], Value{FormSurname, ref})
			}
		}
	}
	for i, n := range g.Names {
		m.collect = !n.Ambiguous
		for _, s := range append([]string{n.Name}, n.Variants...) {
			if n.Given {
				m.add(s, Value{FormGiven, int32(i)}, false)
			}
			if n.Family {
				m.add(s, Value{FormFamily, int32(i)}, false)
			}
		}
	}
	m.collect = false
	for i, t := range g.Titles {
		for _, s := range append([]string{t.Phrase}, t.Variants...) {
			if t.IsTitle {
				m.add(s, Value{FormTitle, int32(i)}, false)
			}
			if t.IsRole {
				m.add(s, Value{FormRole, int32(i)}, false)
			}
		}
	}
	out, err := loadTables(m.tables())
	if err != nil {
		panic("gazetteer: " + err.Error()) // the tables were just written
	}
	out.words = m.words
	return out
}

var plainTokenizer token.Tokenizer

// phraseTokens splits a phrase into the token texts the matcher keys on.
func phraseTokens(s string, latin bool) []string {
	return keyTokens(key(s), latin)
}

// keyTokens splits a matching form into the token texts the matcher keys
// on.
func keyTokens(k string, latin bool) []string {
	switch plainScript(k) {
	case 'a':
		return strings.Fields(k)
	case 'l':
		f := strings.Fields(k)
		if latin {
			for i, w := range f {
				if !isAcronym(w) {
					f[i] = strings.ToLower(w)
				}
			}
		}
		return f
	}
	ts := plainTokenizer.Tokenize(k)
	out := make([]string, 0, len(ts.List))
	for _, t := range ts.List {
		txt := t.Text
		if latin && t.Kind == token.Latin && !isAcronym(txt) {
			txt = strings.ToLower(txt)
		}
		out = append(out, txt)
	}
	return out
}

// isAcronym reports an all-capitals Latin token (NATO, ICRC, U.N.), which
// matches only as written; other Latin names match in any case.
func isAcronym(s string) bool {
	hasUpper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			hasUpper = true
		case c >= 'a' && c <= 'z':
			return false
		}
	}
	return hasUpper
}

func (m *trieBuilder) add(phrase string, v Value, latin bool) {
	toks := phraseTokens(phrase, latin)
	if m.collect && (v.Kind == FormName || v.Kind == FormAlias || v.Kind == FormGiven || v.Kind == FormFamily) {
		for _, w := range toks {
			m.words[w] = true
		}
	}
	m.addTokens(toks, v)
}

func (m *trieBuilder) addTokens(toks []string, v Value) {
	if len(toks) == 0 {
		return
	}
	cur := int32(0)
	for _, t := range toks {
		next, ok := m.edges[edge{cur, t}]
		if !ok {
			next = int32(len(m.vals))
			m.vals = append(m.vals, nil)
			m.edges[edge{cur, t}] = next
		}
		cur = next
	}
	for _, old := range m.vals[cur] {
		if old == v {
			return
		}
	}
	m.vals[cur] = append(m.vals[cur], v)
	m.maxLen = max(m.maxLen, len(toks))
}

// numEdges is the number of transitions of the trie.
func (m *Matcher) numEdges() int {
	n := m.kids.len() / 2
	for w := range m.rootOf.len() {
		if m.rootOf.at(w) != 0 {
			n++
		}
	}
	return n
}

// noWord is the id of a word the vocabulary does not hold.
const noWord = -1

// word returns the id of word w in the matcher's vocabulary, or -1.
func (m *Matcher) word(w string) int32 {
	h := hashString(w)
	fp := uint32(h >> 32)
	for i := h & m.mask; ; i = (i + 1) & m.mask {
		slot := m.slot(int(i))
		if slot == 0 {
			return noWord
		}
		if uint32(slot>>32) == fp {
			if id := int(uint32(slot)) - 1; m.wordText(id) == w {
				return int32(id)
			}
		}
	}
}

// slot returns hash slot i: the id of its word plus one in the low half
// (0: empty), the high half of the word's hash in the high half.
func (m *Matcher) slot(i int) uint64 {
	s := m.slots[i*8 : i*8+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// wordText returns vocabulary word id.
func (m *Matcher) wordText(id int) string {
	return m.text[m.wordOff.at(id):m.wordOff.at(id+1)]
}

// WordID returns the id of word w in the matcher's vocabulary (the index
// of w in Vocabulary), or -1 when no phrase holds it.
func (m *Matcher) WordID(w string) int32 { return m.word(w) }

// VocabularySize returns the number of words in the matcher's vocabulary.
func (m *Matcher) VocabularySize() int { return m.wordOff.len() - 1 }

// VocabularyBytes returns the length of all the vocabulary's words
// together.
func (m *Matcher) VocabularyBytes() int { return int(m.wordOff.at(m.wordOff.len() - 1)) }

// VocabularyWord returns the word with id id (0 <= id < VocabularySize).
func (m *Matcher) VocabularyWord(id int) string { return m.wordText(id) }

// ArticleForms returns the ids of the words "ال"+w and w without its
// leading ال, for the vocabulary word with id id; -1 for a form that is
// not in the vocabulary (or, for the second, when w has no ال).
func (m *Matcher) ArticleForms(id int) (definite, bare int32) {
	return int32(m.defOf.at(id)) - 1, int32(m.bareOf.at(id)) - 1
}

// child follows the transition of node n (not the root) by word w.
func (m *Matcher) child(n, w int32) (int32, bool) {
	if w < 0 {
		return 0, false
	}
	lo, hi := int(m.kidStart.at(int(n))), int(m.kidStart.at(int(n)+1))
	if hi-lo > 8 {
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			switch k := int32(m.kids.at(2 * mid)); {
			case k == w:
				return int32(m.kids.at(2*mid + 1)), true
			case k < w:
				lo = mid + 1
			default:
				hi = mid
			}
		}
		return 0, false
	}
	for k := lo; k < hi; k++ {
		if int32(m.kids.at(2*k)) == w {
			return int32(m.kids.at(2*k + 1)), true
		}
	}
	return 0, false
}

// values returns the values of node n (capped: appending copies).
func (m *Matcher) values(n int32) []Value {
	lo, hi := m.valStart.at(int(n)), m.valStart.at(int(n)+1)
	return m.vals[lo:hi:hi]
}

// Words is a matcher's view of one document's tokens: it looks each
// token's word up in the vocabulary once, however many phrases start at
// or pass through it. Reuse one across documents with Reset; it is not
// safe for concurrent use.
type Words struct {
	m    *Matcher
	toks []token.Token
	// ids[j] holds token j's word ids plus two (0: not looked up yet;
	// 1: no such word): as written and, for a Latin token, in lower case.
	ids [][2]int32
}

// Vocabulary returns the matcher's words by id, built on first use
// (VocabularySize and VocabularyWord read them without building it).
// Callers must not change it.
func (m *Matcher) Vocabulary() []string {
	m.vocabOnce.Do(func() {
		m.vocab = make([]string, m.VocabularySize())
		for i := range m.vocab {
			m.vocab[i] = m.wordText(i)
		}
	})
	return m.vocab
}

// SetWord records the id of word token j's text (-1: none), for a caller
// that has looked the token up already in a table of its own built from
// Vocabulary; At then does not look it up again.
func (w *Words) SetWord(j int, id int32) {
	w.ids[j] = [2]int32{id + 2, noWord + 2}
}

// Reset points w at the tokens of a new document.
func (w *Words) Reset(m *Matcher, toks []token.Token) {
	w.m, w.toks = m, toks
	if cap(w.ids) < len(toks) {
		w.ids = make([][2]int32, len(toks))
	} else {
		w.ids = w.ids[:len(toks)]
		clear(w.ids)
	}
}

// tokenWords returns the ids of token j as written and, for a Latin
// token, in lower case (noWord when absent).
func (w *Words) tokenWords(j int) (int32, int32) {
	if w.ids != nil {
		if c := w.ids[j]; c[0] != 0 {
			return c[0] - 2, c[1] - 2
		}
	}
	t := &w.toks[j]
	exact, lower := w.m.word(t.Text), int32(noWord)
	if t.Kind == token.Latin {
		// A Latin word matches as written or in lower case (NATO only
		// as written, Geneva in any case).
		lower = w.m.word(strings.ToLower(t.Text))
	}
	if w.ids != nil {
		w.ids[j] = [2]int32{exact + 2, lower + 2}
	}
	return exact, lower
}

// step follows the edge from n labelled with token j.
func (w *Words) step(n int32, j int) (int32, bool) {
	exact, lower := w.tokenWords(j)
	if n == 0 {
		if exact >= 0 {
			if next := int32(w.m.rootOf.at(int(exact))); next != 0 {
				return next, true
			}
		}
		if lower >= 0 {
			if next := int32(w.m.rootOf.at(int(lower))); next != 0 {
				return next, true
			}
		}
		return 0, false
	}
	if next, ok := w.m.child(n, exact); ok {
		return next, true
	}
	return w.m.child(n, lower)
}

// At appends to dst every phrase that starts at token i, shortest first
// for each reading of the first token, and returns the extended slice.
// A phrase never crosses a sentence boundary.
func (m *Matcher) At(toks []token.Token, i int, dst []Hit) []Hit {
	w := Words{m: m, toks: toks}
	return w.At(i, dst)
}

// At is Matcher.At over the document w was reset to.
func (w *Words) At(i int, dst []Hit) []Hit { return w.AtStems(i, nil, dst) }

// AtStems is At with the vocabulary ids of the stems of token i's
// proclitic readings given by the caller (nil: look them up): stems[x]
// is the id (-1: none) of the stem of the x-th analysis after the first
// that has a prefix and no suffix, the only readings a phrase may start
// from.
func (w *Words) AtStems(i int, stems []int32, dst []Hit) []Hit {
	toks := w.toks
	if i < 0 || i >= len(toks) {
		return dst
	}
	t := &toks[i]
	if n, ok := w.step(0, i); ok {
		dst = w.walk(i, n, 0, dst)
	}
	if len(t.Analyses) > 1 {
		x := 0
		for k := 1; k < len(t.Analyses); k++ {
			a := &t.Analyses[k]
			if a.Prefix == "" || a.Suffix != "" {
				continue
			}
			var id int32
			if stems != nil {
				id = stems[x]
			} else {
				id = w.m.word(a.Stem)
			}
			x++
			if id < 0 {
				continue
			}
			var n int32
			if a.Article {
				n = int32(w.m.rootDefOf.at(int(id)))
			} else {
				n = int32(w.m.rootOf.at(int(id)))
			}
			if n != 0 {
				dst = w.walk(i, n, k, dst)
			}
		}
	}
	return dst
}

func (w *Words) walk(i int, n int32, reading int, dst []Hit) []Hit {
	toks, m := w.toks, w.m
	sent := toks[i].Sentence
	for j := i; ; {
		if vals := m.values(n); len(vals) > 0 {
			dst = append(dst, Hit{Start: i, End: j + 1, Values: vals, Clitic: reading > 0, Reading: reading})
		}
		j++
		if j >= len(toks) || j-i >= m.maxLen || toks[j].Sentence != sent {
			return dst
		}
		next, ok := w.step(n, j)
		if !ok {
			return dst
		}
		n = next
	}
}

// Longest returns the longest phrase starting at token i whose values
// pass keep (nil keeps all), preferring a reading of the whole first
// token over a clitic reading at equal length.
func (m *Matcher) Longest(toks []token.Token, i int, keep func(Value) bool) (Hit, bool) {
	var buf [8]Hit
	return LongestOf(m.At(toks, i, buf[:0]), keep)
}

// LongestOf is Longest over hits already found at one position.
func LongestOf(hits []Hit, keep func(Value) bool) (Hit, bool) {
	best, found := Hit{}, false
	for _, h := range hits {
		if keep != nil {
			ok := false
			for _, v := range h.Values {
				if keep(v) {
					ok = true
					break
				}
			}
			if !ok {
				continue
			}
		}
		if !found || h.Beats(best) {
			best, found = h, true
		}
	}
	return best, found
}

// plainScript reports a matching form the tokenizer would split at its
// spaces alone: 'a' for Arabic letters and spaces, 'l' for ASCII letters
// and spaces, 0 for anything else.
func plainScript(s string) byte {
	arabic, latin := false, false
	for _, r := range s {
		switch {
		case r == ' ':
		case r < 0x80 && ((r|0x20) >= 'a' && (r|0x20) <= 'z'):
			latin = true
		case token.IsArabicLetter(r):
			arabic = true
		default:
			return 0
		}
	}
	switch {
	case arabic && !latin:
		return 'a'
	case latin && !arabic:
		return 'l'
	}
	return 0
}
