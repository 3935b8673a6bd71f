package gazetteer

import (
	"encoding/binary"
	"errors"
	"slices"
	"strings"

	"github.com/newsx/newsx/extract/token"
)

// u32s is a table of little-endian uint32s held in a string: a section
// of the embedded snapshot read where it lies, which start-up neither
// decodes nor copies (its pages are the executable's, mapped from the
// page cache on first touch, several times cheaper than fresh heap) and
// the garbage collector never scans (no pointers).
type u32s string

// at returns element i.
func (t u32s) at(i int) uint32 {
	s := t[i*4 : i*4+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// len returns the number of elements.
func (t u32s) len() int { return len(t) / 4 }

// hashString is the hash of the vocabulary's hash table: token.Hash,
// the one word hash of the project's tables. It must not change between
// writing a snapshot and reading it (snapshotMagic names the version).
func hashString(s string) uint64 { return token.Hash(s) }

// The tables' header: seven uint32s.
const (
	tabMaxLen = iota
	tabNodes
	tabWords
	tabKids
	tabVals
	tabSlots
	tabText
	tabHeader
)

// tables flattens the trie into the Matcher's tables (see loadTables for
// the layout). Word ids are given in the order of the nodes the
// transitions reach, then the stems of definite first words, so the
// tables, like the snapshot, are reproducible.
func (m *trieBuilder) tables() string {
	type edgeTo struct {
		from int32
		tok  string
		to   int32
	}
	es := make([]edgeTo, 0, len(m.edges))
	for k, v := range m.edges {
		es = append(es, edgeTo{k.from, k.tok, v})
	}
	// Every node but the root is reached by exactly one transition.
	slices.SortFunc(es, func(a, b edgeTo) int { return int(a.to - b.to) })
	var rootDef []edgeTo
	for _, e := range es {
		if stem, ok := strings.CutPrefix(e.tok, "ال"); ok && e.from == 0 && stem != "" {
			rootDef = append(rootDef, edgeTo{tok: stem, to: e.to})
		}
	}
	slices.SortFunc(rootDef, func(a, b edgeTo) int { return strings.Compare(a.tok, b.tok) })
	vocab := make(map[string]int32, len(es))
	var words []string
	intern := func(w string) int32 {
		id, ok := vocab[w]
		if !ok {
			id = int32(len(words))
			vocab[w] = id
			words = append(words, w)
		}
		return id
	}
	ids := make([]int32, len(es))
	for i, e := range es {
		ids[i] = intern(e.tok)
	}
	defIDs := make([]int32, len(rootDef))
	for i, e := range rootDef {
		defIDs[i] = intern(e.tok)
	}
	nn, nv := len(m.vals), len(words)
	rootOf, rootDefOf := make([]uint32, nv), make([]uint32, nv)
	for i, e := range rootDef {
		rootDefOf[defIDs[i]] = uint32(e.to)
	}
	// Count the transitions of each node, then place them (counting sort
	// by node), then sort each node's by word.
	kidStart := make([]uint32, nn+1)
	for i, e := range es {
		if e.from == 0 {
			rootOf[ids[i]] = uint32(e.to)
			continue
		}
		kidStart[e.from+1]++
	}
	for n := 1; n <= nn; n++ {
		kidStart[n] += kidStart[n-1]
	}
	type kid struct{ word, to uint32 }
	kids := make([]kid, kidStart[nn])
	fill := slices.Clone(kidStart[:nn])
	for i, e := range es {
		if e.from != 0 {
			kids[fill[e.from]] = kid{uint32(ids[i]), uint32(e.to)}
			fill[e.from]++
		}
	}
	for n := range nn {
		slices.SortFunc(kids[kidStart[n]:kidStart[n+1]], func(a, b kid) int { return int(a.word) - int(b.word) })
	}
	nslots := 8
	for nslots < 2*nv {
		nslots *= 2
	}
	slots := make([]uint64, nslots)
	mask := uint64(nslots - 1)
	text := 0
	for id, w := range words {
		text += len(w)
		h := hashString(w)
		i := h & mask
		for slots[i] != 0 {
			i = (i + 1) & mask
		}
		slots[i] = h>>32<<32 | uint64(id+1)
	}
	nvals := 0
	for _, vs := range m.vals {
		nvals += len(vs)
	}

	b := make([]byte, 0, 4*tabHeader+4*(nv+1)+8*nslots+16*nv+8*(nn+1)+8*len(kids)+4*nvals+text)
	u32 := func(v uint32) { b = binary.LittleEndian.AppendUint32(b, v) }
	for _, v := range [tabHeader]int{m.maxLen, nn, nv, len(kids), nvals, nslots, text} {
		u32(uint32(v))
	}
	off := 0
	u32(0)
	for _, w := range words {
		off += len(w)
		u32(uint32(off))
	}
	for _, s := range slots {
		b = binary.LittleEndian.AppendUint64(b, s)
	}
	// The article links between words: ال+w and w without ال, by id
	// (plus one; 0: not a word of the vocabulary).
	defOf, bareOf := make([]uint32, nv), make([]uint32, nv)
	for id, w := range words {
		if d, ok := vocab["ال"+w]; ok {
			defOf[id] = uint32(d) + 1
		}
		if rest, ok := strings.CutPrefix(w, "ال"); ok {
			if b, ok := vocab[rest]; ok {
				bareOf[id] = uint32(b) + 1
			}
		}
	}
	for _, t := range [][]uint32{rootOf, rootDefOf, defOf, bareOf, kidStart} {
		for _, v := range t {
			u32(v)
		}
	}
	for _, k := range kids {
		u32(k.word)
		u32(k.to)
	}
	n := 0
	u32(0)
	for _, vs := range m.vals {
		n += len(vs)
		u32(uint32(n))
	}
	for _, vs := range m.vals {
		for _, v := range vs {
			// Refs index the gazetteer's lists: far fewer than 1<<24.
			u32(uint32(v.Kind)<<24 | uint32(v.Ref))
		}
	}
	for _, w := range words {
		b = append(b, w...)
	}
	return string(b)
}

var errTables = errors.New("gazetteer: matcher tables are corrupt")

// loadTables returns the Matcher whose tables are tab, as written by
// tables: a header (maxLen, nodes, words, transitions, values, hash
// slots, text length) and the sections wordOff, slots, rootOf,
// rootDefOf, defOf, bareOf, kidStart, kids, valStart, vals and text. Only the values
// are copied out (a Hit hands them out as a slice).
func loadTables(tab string) (*Matcher, error) {
	if len(tab) < 4*tabHeader {
		return nil, errTables
	}
	var h [tabHeader]int
	for i := range h {
		h[i] = int(u32s(tab).at(i))
	}
	nn, nv, nk, nvals, nslots := h[tabNodes], h[tabWords], h[tabKids], h[tabVals], h[tabSlots]
	if nn < 1 || nslots < 8 || nslots&(nslots-1) != 0 || nslots < 2*nv {
		return nil, errTables
	}
	m := &Matcher{tab: tab, maxLen: h[tabMaxLen], mask: uint64(nslots - 1)}
	rest := tab[4*tabHeader:]
	cut := func(n int) string {
		if n < 0 || n > len(rest) {
			n = len(rest) + 1 // fails below
		}
		if n > len(rest) {
			rest = ""
			return ""
		}
		s := rest[:n]
		rest = rest[n:]
		return s
	}
	m.wordOff = u32s(cut(4 * (nv + 1)))
	m.slots = cut(8 * nslots)
	m.rootOf = u32s(cut(4 * nv))
	m.rootDefOf = u32s(cut(4 * nv))
	m.defOf = u32s(cut(4 * nv))
	m.bareOf = u32s(cut(4 * nv))
	m.kidStart = u32s(cut(4 * (nn + 1)))
	m.kids = u32s(cut(8 * nk))
	m.valStart = u32s(cut(4 * (nn + 1)))
	vals := u32s(cut(4 * nvals))
	m.text = cut(h[tabText])
	if len(rest) != 0 || vals.len() != nvals || len(m.text) != h[tabText] || m.valStart.len() != nn+1 ||
		int(m.wordOff.at(nv)) != len(m.text) || int(m.valStart.at(nn)) != nvals || int(m.kidStart.at(nn)) != nk {
		return nil, errTables
	}
	m.vals = make([]Value, nvals)
	for i := range m.vals {
		v := vals.at(i)
		m.vals[i] = Value{Kind: FormKind(v >> 24), Ref: int32(v & (1<<24 - 1))}
	}
	return m, nil
}
