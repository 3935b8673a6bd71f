package gazetteer

import (
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
type Matcher struct {
	nodes []node
	edges map[edge]int32
	// root holds the edges from the root node (the first words of
	// phrases) in a string-keyed map, the fast path of every lookup.
	root map[string]int32
	// rootDef indexes first tokens that carry the article by their stem,
	// so a token read as proclitic + article + stem (للناتو) finds الناتو
	// without building the string.
	rootDef map[string]int32
	maxLen  int
	// words are the words of names (not of titles, nominals or Latin
	// names), for the lexicon.
	words   map[string]bool
	collect bool
}

type node struct{ vals []Value }

type edge struct {
	from int32
	tok  string
}

func newMatcher(g *Gazetteer) *Matcher {
	m := &Matcher{nodes: make([]node, 1, 1<<15), edges: make(map[edge]int32, 1<<15), rootDef: make(map[string]int32, 1<<12),
		words: make(map[string]bool, 1<<14), root: make(map[string]int32, 1<<14)}
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
	for i, t := range toks {
		next, ok := m.edges[edge{cur, t}]
		if !ok {
			next = int32(len(m.nodes))
			m.nodes = append(m.nodes, node{})
			m.edges[edge{cur, t}] = next
			if cur == 0 {
				m.root[t] = next
			}
			if i == 0 && strings.HasPrefix(t, "ال") && len(t) > len("ال") {
				m.rootDef[t[len("ال"):]] = next
			}
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

// step follows the edge from n labelled with token t.
func (m *Matcher) step(n int32, t *token.Token) (int32, bool) {
	if n == 0 {
		next, ok := m.root[t.Text]
		if !ok && t.Kind == token.Latin {
			next, ok = m.root[strings.ToLower(t.Text)]
		}
		return next, ok
	}
	next, ok := m.edges[edge{n, t.Text}]
	if !ok && t.Kind == token.Latin {
		next, ok = m.edges[edge{n, strings.ToLower(t.Text)}]
	}
	return next, ok
}

// At appends to dst every phrase that starts at token i, shortest first
// for each reading of the first token, and returns the extended slice.
// A phrase never crosses a sentence boundary.
func (m *Matcher) At(toks []token.Token, i int, dst []Hit) []Hit {
	if i < 0 || i >= len(toks) {
		return dst
	}
	t := &toks[i]
	if n, ok := m.step(0, t); ok {
		dst = m.walk(toks, i, n, 0, dst)
	}
	if len(t.Analyses) > 1 {
		for k := 1; k < len(t.Analyses); k++ {
			a := &t.Analyses[k]
			if a.Prefix == "" || a.Suffix != "" {
				continue
			}
			var n int32
			var ok bool
			if a.Article {
				n, ok = m.rootDef[a.Stem]
			} else {
				n, ok = m.root[a.Stem]
			}
			if ok {
				dst = m.walk(toks, i, n, k, dst)
			}
		}
	}
	return dst
}

func (m *Matcher) walk(toks []token.Token, i int, n int32, reading int, dst []Hit) []Hit {
	sent := toks[i].Sentence
	for j := i; ; {
		if vals := m.nodes[n].vals; len(vals) > 0 {
			dst = append(dst, Hit{Start: i, End: j + 1, Values: vals, Clitic: reading > 0, Reading: reading})
		}
		j++
		if j >= len(toks) || j-i >= m.maxLen || toks[j].Sentence != sent {
			return dst
		}
		next, ok := m.step(n, &toks[j])
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
