package gazetteer

import (
	"slices"
	"strings"

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

// Matcher finds gazetteer phrases in tokens. It is a trie over the
// matching forms of whole tokens, built once; a lookup at one position
// walks at most as many tokens as the longest phrase, so a pass over a
// text is linear in its length.
//
// The trie is stored for lookup speed: every word of a phrase is interned
// to a small integer (one string hash per token), the root's transitions
// are arrays indexed by word, and the other nodes' transitions are
// slices of (word, node) sorted by word, searched without hashing.
type Matcher struct {
	nodes []node
	// vocab interns the words of the phrases and the stems of their
	// definite first words; vocabWords is its inverse.
	vocab      map[string]int32
	vocabWords []string
	// rootOf[w] is the node the root reaches by word w (0: none).
	rootOf []int32
	// rootDefOf[w] is the node the root reaches by "ال"+w, so a token read
	// as proclitic + article + stem (للناتو) finds الناتو without building
	// the string.
	rootDefOf []int32
	// kids[kidStart[n]:kidStart[n+1]] are the transitions of node n (other
	// than the root), sorted by word.
	kids     []kid
	kidStart []int32
	maxLen   int
	// words are the words of names (not of titles, nominals or Latin
	// names), for the lexicon.
	words   map[string]bool
	collect bool
	// edges holds the transitions while the trie is built; freeze turns
	// it into the fields above.
	edges map[edge]int32
}

type node struct{ vals []Value }

type edge struct {
	from int32
	tok  string
}

// kid is one transition: by word to node.
type kid struct{ word, to int32 }

func newMatcher(g *Gazetteer) *Matcher {
	m := &Matcher{nodes: make([]node, 1, 1<<15), edges: make(map[edge]int32, 1<<15), words: make(map[string]bool, 1<<14)}
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
			if f := strings.Fields(key(e.Name)); len(f) >= 2 && len([]rune(f[len(f)-1])) >= 3 && !notSurname[f[len(f)-1]] {
				m.addTokens(f[len(f)-1:], Value{FormSurname, ref})
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
	m.freeze()
	return m
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

func (m *Matcher) add(phrase string, v Value, latin bool) {
	toks := phraseTokens(phrase, latin)
	if m.collect && (v.Kind == FormName || v.Kind == FormAlias || v.Kind == FormGiven || v.Kind == FormFamily) {
		for _, w := range toks {
			m.words[w] = true
		}
	}
	m.addTokens(toks, v)
}

func (m *Matcher) addTokens(toks []string, v Value) {
	if len(toks) == 0 {
		return
	}
	cur := int32(0)
	for _, t := range toks {
		next, ok := m.edges[edge{cur, t}]
		if !ok {
			next = int32(len(m.nodes))
			m.nodes = append(m.nodes, node{})
			m.edges[edge{cur, t}] = next
		}
		cur = next
	}
	for _, old := range m.nodes[cur].vals {
		if old == v {
			return
		}
	}
	m.nodes[cur].vals = append(m.nodes[cur].vals, v)
	m.maxLen = max(m.maxLen, len(toks))
}

// freeze turns the transitions gathered in m.edges into the lookup form
// (vocab, rootOf, rootDefOf, kids) and drops the map.
func (m *Matcher) freeze() {
	es := make([]edgeTo, 0, len(m.edges))
	for k, v := range m.edges {
		es = append(es, edgeTo{k.from, k.tok, v})
	}
	m.edges = nil
	m.index(es, nil)
}

// edgeTo is one transition by its word's text.
type edgeTo struct {
	from int32
	tok  string
	to   int32
}

// index builds the lookup form from the transitions es. rootDef lists
// the stems of definite first words with their nodes; nil derives them
// from the root's transitions (every first word ال+stem).
func (m *Matcher) index(es []edgeTo, rootDef []edgeTo) {
	// About two thirds of the transitions carry distinct words.
	hint := len(es)*3/4 + len(rootDef)
	m.vocab = make(map[string]int32, hint)
	m.vocabWords = make([]string, 0, hint)
	intern := func(w string) int32 {
		id, ok := m.vocab[w]
		if !ok {
			id = int32(len(m.vocabWords))
			m.vocab[w] = id
			m.vocabWords = append(m.vocabWords, w)
		}
		return id
	}
	if rootDef == nil {
		for _, e := range es {
			if stem, ok := strings.CutPrefix(e.tok, "ال"); ok && e.from == 0 && stem != "" {
				rootDef = append(rootDef, edgeTo{tok: stem, to: e.to})
			}
		}
	}
	ids := make([]int32, len(es))
	for i, e := range es {
		ids[i] = intern(e.tok)
	}
	defIDs := make([]int32, len(rootDef))
	for i, e := range rootDef {
		defIDs[i] = intern(e.tok)
	}
	nv := len(m.vocabWords)
	m.rootOf = make([]int32, nv)
	m.rootDefOf = make([]int32, nv)
	for i, e := range rootDef {
		m.rootDefOf[defIDs[i]] = e.to
	}
	// Count the transitions of each node, then place them (counting sort
	// by node), then sort each node's by word.
	m.kidStart = make([]int32, len(m.nodes)+1)
	for i, e := range es {
		if e.from == 0 {
			m.rootOf[ids[i]] = e.to
			continue
		}
		m.kidStart[e.from+1]++
	}
	for n := 1; n < len(m.kidStart); n++ {
		m.kidStart[n] += m.kidStart[n-1]
	}
	m.kids = make([]kid, m.kidStart[len(m.nodes)])
	fill := make([]int32, len(m.nodes))
	copy(fill, m.kidStart)
	for i, e := range es {
		if e.from != 0 {
			m.kids[fill[e.from]] = kid{ids[i], e.to}
			fill[e.from]++
		}
	}
	for n := range m.nodes {
		ks := m.kids[m.kidStart[n]:m.kidStart[n+1]]
		if len(ks) > 1 {
			slices.SortFunc(ks, func(a, b kid) int { return int(a.word - b.word) })
		}
	}
}

// edgeList returns the transitions of the trie, ordered by the node they
// reach (the snapshot's order), and the definite first words' stems
// sorted.
func (m *Matcher) edgeList() (es []edgeTo, rootDef []edgeTo) {
	es = make([]edgeTo, 0, len(m.kids)+len(m.vocabWords))
	for w, to := range m.rootOf {
		if to != 0 {
			es = append(es, edgeTo{0, m.vocabWords[w], to})
		}
	}
	for n := 1; n < len(m.nodes); n++ {
		for _, k := range m.kids[m.kidStart[n]:m.kidStart[n+1]] {
			es = append(es, edgeTo{int32(n), m.vocabWords[k.word], k.to})
		}
	}
	slices.SortFunc(es, func(a, b edgeTo) int { return int(a.to - b.to) })
	for w, to := range m.rootDefOf {
		if to != 0 {
			rootDef = append(rootDef, edgeTo{tok: m.vocabWords[w], to: to})
		}
	}
	slices.SortFunc(rootDef, func(a, b edgeTo) int { return strings.Compare(a.tok, b.tok) })
	return es, rootDef
}

// numEdges is the number of transitions of the trie.
func (m *Matcher) numEdges() int {
	n := len(m.kids)
	for _, to := range m.rootOf {
		if to != 0 {
			n++
		}
	}
	return n
}

// noWord is the id of a word the vocabulary does not hold.
const noWord = -1

// Word returns the id of word w in the matcher's vocabulary, or -1.
func (m *Matcher) word(w string) int32 {
	if id, ok := m.vocab[w]; ok {
		return id
	}
	return noWord
}

// child follows the transition of node n (not the root) by word w.
func (m *Matcher) child(n, w int32) (int32, bool) {
	if w < 0 {
		return 0, false
	}
	ks := m.kids[m.kidStart[n]:m.kidStart[n+1]]
	if len(ks) > 8 {
		i, ok := slices.BinarySearchFunc(ks, w, func(k kid, w int32) int { return int(k.word - w) })
		if ok {
			return ks[i].to, true
		}
		return 0, false
	}
	for _, k := range ks {
		if k.word == w {
			return k.to, true
		}
	}
	return 0, false
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

// Vocabulary returns the matcher's words by id. Callers must not change
// it.
func (m *Matcher) Vocabulary() []string { return m.vocabWords }

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
			if next := w.m.rootOf[exact]; next != 0 {
				return next, true
			}
		}
		if lower >= 0 {
			if next := w.m.rootOf[lower]; next != 0 {
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
				n = w.m.rootDefOf[id]
			} else {
				n = w.m.rootOf[id]
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
		if vals := m.nodes[n].vals; len(vals) > 0 {
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
		if !found || h.End > best.End || (h.End == best.End && best.Clitic && !h.Clitic) {
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
