package english

import (
	"embed"
	"fmt"
	"strings"
)

//go:embed data/*.tsv
var dataFS embed.FS

// eventType is an event type's PLOVER category and CAMEO code.
type eventType struct{ plover, cameo string }

// trigger is one English trigger form.
type trigger struct {
	typ   string
	cameo string // more specific than the type's, or ""
	words []string
	head  int
	noun  bool
	// either: the noun form is also a verb (visit, protest); the tag
	// decides which it is.
	either bool
	needs  map[string]bool
}

// lexicons holds the parsed data files of the package.
type lexicons struct {
	types    map[string]eventType
	triggers *phraseTrie[*trigger]
	titles   *phraseTrie[titleKind]
	// nominals maps an English noun to the Arabic nominal it stands for.
	nominals map[string]string
	// demonyms maps an English adjective of place to its kb_id.
	demonyms map[string]string
}

// titleKind says whether a phrase is an honorific, an office or both.
type titleKind struct{ title, role bool }

// rows returns the data rows of an embedded file: comment and blank lines
// dropped, the header dropped when header is true.
func rows(name string, header bool) ([][]string, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, err
	}
	var out [][]string
	seenHeader := !header
	for line := range strings.SplitSeq(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !seenHeader {
			seenHeader = true
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	return out, nil
}

func loadLexicons() (*lexicons, error) {
	lx := &lexicons{types: map[string]eventType{}, triggers: newTrie[*trigger](),
		titles: newTrie[titleKind](), nominals: map[string]string{}, demonyms: map[string]string{}}
	trs, err := rows("triggers.tsv", false)
	if err != nil {
		return nil, err
	}
	for n, f := range trs {
		if strings.HasPrefix(f[0], "@") {
			if len(f) < 3 {
				return nil, fmt.Errorf("triggers.tsv row %d: want @TYPE PLOVER CAMEO", n+1)
			}
			lx.types[f[0][1:]] = eventType{plover: f[1], cameo: f[2]}
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("triggers.tsv row %d: want TYPE and forms", n+1)
		}
		if _, ok := lx.types[f[0]]; !ok {
			return nil, fmt.Errorf("triggers.tsv row %d: undeclared type %q", n+1, f[0])
		}
		var opts []string
		if len(f) > 2 {
			opts = strings.Fields(f[2])
		}
		for _, form := range strings.Split(f[1], "|") {
			t := &trigger{typ: f[0]}
			for i, w := range strings.Fields(strings.ToLower(form)) {
				if strings.HasPrefix(w, "^") {
					w = w[1:]
					t.head = i
				}
				t.words = append(t.words, w)
			}
			for _, o := range opts {
				switch {
				case o == "noun":
					t.noun = true
				case o == "either":
					t.noun, t.either = true, true
				case strings.HasPrefix(o, "cameo="):
					t.cameo = o[len("cameo="):]
				case strings.HasPrefix(o, "needs="):
					t.needs = map[string]bool{}
					for _, w := range strings.Split(o[len("needs="):], "/") {
						t.needs[w] = true
					}
				default:
					return nil, fmt.Errorf("triggers.tsv row %d: unknown option %q", n+1, o)
				}
			}
			if len(t.words) > 0 && !lx.triggers.has(t.words) {
				lx.triggers.add(t.words, t)
			}
		}
	}
	ts, err := rows("titles.tsv", true)
	if err != nil {
		return nil, err
	}
	for _, f := range ts {
		if len(f) < 2 {
			continue
		}
		lx.addTitle(f[0], strings.Contains(f[1], "title"), strings.Contains(f[1], "role"))
	}
	ns, err := rows("nominals.tsv", true)
	if err != nil {
		return nil, err
	}
	for _, f := range ns {
		if len(f) >= 2 {
			lx.nominals[strings.ToLower(f[0])] = f[1]
		}
	}
	ds, err := rows("demonyms.tsv", true)
	if err != nil {
		return nil, err
	}
	for _, f := range ds {
		if len(f) >= 2 {
			lx.demonyms[f[0]] = f[1]
		}
	}
	return lx, nil
}

// addTitle adds a title phrase, merging kinds with an earlier entry.
func (lx *lexicons) addTitle(phrase string, title, role bool) {
	words := phraseWords(phrase)
	if len(words) == 0 {
		return
	}
	k, _ := lx.titles.get(words)
	k.title = k.title || title
	k.role = k.role || role
	lx.titles.set(words, k)
}

// phraseWords splits a lexicon phrase into lower-case words the way prose
// tokenises running text: a trailing period stays on abbreviations (Dr.),
// a hyphenated word stays whole.
func phraseWords(s string) []string {
	return strings.Fields(strings.ToLower(s))
}

// phraseTrie maps word sequences to values.
type phraseTrie[V any] struct {
	next   map[trieEdge]int32
	vals   map[int32]V
	nodes  int32
	maxLen int
}

type trieEdge struct {
	from int32
	word string
}

func newTrie[V any]() *phraseTrie[V] {
	return &phraseTrie[V]{next: map[trieEdge]int32{}, vals: map[int32]V{}, nodes: 1}
}

func (t *phraseTrie[V]) node(words []string, create bool) (int32, bool) {
	cur := int32(0)
	for _, w := range words {
		n, ok := t.next[trieEdge{cur, w}]
		if !ok {
			if !create {
				return 0, false
			}
			n = t.nodes
			t.nodes++
			t.next[trieEdge{cur, w}] = n
		}
		cur = n
	}
	return cur, true
}

func (t *phraseTrie[V]) add(words []string, v V) { t.set(words, v) }

func (t *phraseTrie[V]) set(words []string, v V) {
	n, _ := t.node(words, true)
	t.vals[n] = v
	t.maxLen = max(t.maxLen, len(words))
}

func (t *phraseTrie[V]) get(words []string) (V, bool) {
	var zero V
	n, ok := t.node(words, false)
	if !ok {
		return zero, false
	}
	v, ok := t.vals[n]
	return v, ok
}

func (t *phraseTrie[V]) has(words []string) bool { _, ok := t.get(words); return ok }

// longest returns the longest phrase of the trie starting at word i of
// the sequence given by word (which returns false past the end), its
// length and value.
func (t *phraseTrie[V]) longest(i int, word func(int) (string, bool)) (int, V, bool) {
	var best V
	bestLen, found := 0, false
	cur := int32(0)
	for j := i; j-i < t.maxLen; j++ {
		w, ok := word(j)
		if !ok {
			break
		}
		n, ok := t.next[trieEdge{cur, w}]
		if !ok {
			break
		}
		cur = n
		if v, ok := t.vals[cur]; ok {
			best, bestLen, found = v, j-i+1, true
		}
	}
	return bestLen, best, found
}
