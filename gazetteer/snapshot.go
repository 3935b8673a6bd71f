package gazetteer

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:generate go run gen_snapshot.go

// snapshot is the embedded gazetteer already parsed, validated and
// indexed (entries, names, titles, rule words, the matcher's trie and the
// lexicon), written by `go generate` (gen_snapshot.go). Start-up decodes
// it instead of parsing the TSV files, as long as its fingerprint of the
// TSV files still matches; otherwise Default falls back to parsing them,
// and TestSnapshotIsFresh fails until the snapshot is regenerated.
//
//go:embed snapshot.bin
var snapshot string

const snapshotMagic = "newsx-gazetteer-snapshot-3\n"

var errStale = errors.New("gazetteer snapshot is stale: run go generate ./gazetteer")

// crc32c is the Castagnoli table: hardware-accelerated on amd64 and
// arm64.
var crc32c = crc32.MakeTable(crc32.Castagnoli)

// dataHash fingerprints the embedded data files in load order: their
// names, their lengths and two independent CRC-32s (Castagnoli and IEEE,
// both hardware-accelerated) of names and contents. It guards against a
// data file edited without regenerating the snapshot (an accident, not an
// adversary), which 64 bits of CRC plus the exact lengths catch; a
// cryptographic hash cost start-up a few milliseconds for nothing more.
// TestSnapshotIsFresh also compares the decoded snapshot with the parsed
// files, entry by entry.
func dataHash(fsys fs.FS, dir string) ([32]byte, error) {
	names, err := dataFiles(fsys, dir)
	if err != nil {
		return [32]byte{}, err
	}
	var c, ieee uint32
	var total uint64
	sep := []byte{0}
	buf := make([]byte, 32<<10)
	for _, n := range names {
		for _, part := range [][]byte{[]byte(n), sep} {
			c = crc32.Update(c, crc32c, part)
			ieee = crc32.Update(ieee, crc32.IEEETable, part)
		}
		// Stream the file through a small buffer: fs.ReadFile would copy
		// the whole of it to the heap.
		f, err := fsys.Open(path.Join(dir, n))
		if err != nil {
			return [32]byte{}, err
		}
		for {
			k, err := f.Read(buf)
			c = crc32.Update(c, crc32c, buf[:k])
			ieee = crc32.Update(ieee, crc32.IEEETable, buf[:k])
			total += uint64(k)
			if err == io.EOF {
				break
			}
			if err != nil {
				f.Close()
				return [32]byte{}, err
			}
		}
		f.Close()
		c = crc32.Update(c, crc32c, sep)
		ieee = crc32.Update(ieee, crc32.IEEETable, sep)
		total += uint64(len(n))
	}
	var out [32]byte
	binary.LittleEndian.PutUint32(out[0:], c)
	binary.LittleEndian.PutUint32(out[4:], ieee)
	binary.LittleEndian.PutUint64(out[8:], total)
	binary.LittleEndian.PutUint64(out[16:], uint64(len(names)))
	return out, nil
}

// WriteSnapshot loads, validates and indexes the embedded data files and
// writes the snapshot Default decodes at start-up. go generate runs it.
func WriteSnapshot(w io.Writer) error {
	g, err := LoadFS(embedded, "data")
	if err != nil {
		return err
	}
	g.build()
	sum, err := dataHash(embedded, "data")
	if err != nil {
		return err
	}
	_, err = w.Write(g.encode(sum))
	return err
}

type encoder struct{ b []byte }

func (e *encoder) uint(v int)   { e.b = binary.AppendUvarint(e.b, uint64(v)) }
func (e *encoder) str(s string) { e.uint(len(s)); e.b = append(e.b, s...) }
func (e *encoder) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}
func (e *encoder) strs(l []string) {
	e.uint(len(l))
	for _, s := range l {
		e.str(s)
	}
}
func (e *encoder) pos(p Position) { e.str(p.File); e.uint(p.Line) }

func (g *Gazetteer) encode(sum [32]byte) []byte {
	e := &encoder{b: make([]byte, 0, 1<<20)}
	e.b = append(e.b, snapshotMagic...)
	e.b = append(e.b, sum[:]...)
	e.uint(len(g.Entries))
	for _, x := range g.Entries {
		e.str(x.ID)
		e.str(x.Type)
		e.str(x.Subtype)
		e.str(x.Name)
		e.str(x.NameEn)
		e.strs(x.AliasesAr)
		e.strs(x.AliasesEn)
		e.strs(x.Adjectives)
		e.strs(x.Nominals)
		e.str(x.Country)
		keys := make([]string, 0, len(x.Attrs))
		for k := range x.Attrs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		e.uint(len(keys))
		for _, k := range keys {
			e.str(k)
			e.str(x.Attrs[k])
		}
		e.bool(x.Ambiguous)
		e.pos(x.Pos)
	}
	e.uint(len(g.Names))
	for _, n := range g.Names {
		e.str(n.Name)
		e.str(n.NameEn)
		e.bool(n.Given)
		e.bool(n.Family)
		e.bool(n.Ambiguous)
		e.str(n.Gender)
		e.strs(n.Variants)
		e.pos(n.Pos)
	}
	e.uint(len(g.Titles))
	for _, t := range g.Titles {
		e.str(t.Phrase)
		e.str(t.PhraseEn)
		e.bool(t.IsTitle)
		e.bool(t.IsRole)
		e.strs(t.Variants)
		e.pos(t.Pos)
	}
	e.uint(len(g.Rules))
	for _, r := range g.Rules {
		e.str(r.Class)
		e.str(r.Word)
		e.pos(r.Pos)
	}
	// The trie in its lookup form, so start-up neither interns nor sorts:
	// its transitions re-indexed in a stable order (the node they reach),
	// which makes the word ids, and so the snapshot, reproducible.
	es, defs := g.matcher.edgeList()
	m := &Matcher{nodes: g.matcher.nodes, maxLen: g.matcher.maxLen}
	m.index(es, defs)
	e.uint(m.maxLen)
	e.uint(len(m.nodes))
	for _, n := range m.nodes {
		e.uint(len(n.vals))
		for _, v := range n.vals {
			e.uint(int(v.Kind))
			e.uint(int(v.Ref))
		}
	}
	e.strs(m.vocabWords)
	for _, byWord := range [][]int32{m.rootOf, m.rootDefOf} {
		n := 0
		for _, to := range byWord {
			if to != 0 {
				n++
			}
		}
		e.uint(n)
		for w, to := range byWord {
			if to != 0 {
				e.uint(w)
				e.uint(int(to))
			}
		}
	}
	for n := range m.nodes {
		e.uint(int(m.kidStart[n+1] - m.kidStart[n]))
	}
	for _, k := range m.kids {
		e.uint(int(k.word))
		e.uint(int(k.to))
	}
	lex := make([]string, 0, len(g.lexicon))
	for w := range g.lexicon {
		lex = append(lex, w)
	}
	sort.Strings(lex)
	e.strs(lex)
	e.strs(g.entryKeys)
	e.strs(g.nameKeys)
	e.strs(g.titleKeys)
	return e.b
}

// decoder reads a snapshot held in a string; the strings it returns are
// substrings of it, so decoding copies no text.
type decoder struct {
	s   string
	i   int
	err error
}

func (d *decoder) uint() int {
	if d.err != nil {
		return 0
	}
	var v uint64
	var shift uint
	for {
		if d.i >= len(d.s) {
			d.err = io.ErrUnexpectedEOF
			return 0
		}
		c := d.s[d.i]
		d.i++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			break
		}
		shift += 7
	}
	return int(v)
}

func (d *decoder) str() string {
	n := d.uint()
	if d.err != nil || d.i+n > len(d.s) {
		d.err = io.ErrUnexpectedEOF
		return ""
	}
	s := d.s[d.i : d.i+n]
	d.i += n
	return s
}

func (d *decoder) bool() bool {
	if d.i >= len(d.s) {
		d.err = io.ErrUnexpectedEOF
		return false
	}
	d.i++
	return d.s[d.i-1] == 1
}

func (d *decoder) strs() []string {
	n := d.uint()
	if n == 0 || d.err != nil {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *decoder) pos() Position { return Position{File: d.str(), Line: d.uint()} }

// decodeSnapshot rebuilds the gazetteer from a snapshot whose hash is
// sum.
func decodeSnapshot(s string, sum [32]byte) (*Gazetteer, error) {
	if !strings.HasPrefix(s, snapshotMagic) || len(s) < len(snapshotMagic)+32 || s[len(snapshotMagic):len(snapshotMagic)+32] != string(sum[:]) {
		return nil, errStale
	}
	d := &decoder{s: s, i: len(snapshotMagic) + 32}
	g := &Gazetteer{}
	ne := d.uint()
	g.Entries = make([]*Entry, ne)
	store := make([]Entry, ne)
	for i := range store {
		x := &store[i]
		x.ID, x.Type, x.Subtype, x.Name, x.NameEn = d.str(), d.str(), d.str(), d.str(), d.str()
		x.AliasesAr, x.AliasesEn, x.Adjectives, x.Nominals = d.strs(), d.strs(), d.strs(), d.strs()
		x.Country = d.str()
		if n := d.uint(); n > 0 {
			x.Attrs = make(map[string]string, n)
			for k := 0; k < n; k++ {
				key := d.str()
				x.Attrs[key] = d.str()
			}
		}
		x.Ambiguous = d.bool()
		x.Pos = d.pos()
		g.Entries[i] = x
	}
	g.Names = make([]PersonName, d.uint())
	for i := range g.Names {
		n := &g.Names[i]
		n.Name, n.NameEn = d.str(), d.str()
		n.Given, n.Family, n.Ambiguous = d.bool(), d.bool(), d.bool()
		n.Gender = d.str()
		n.Variants = d.strs()
		n.Pos = d.pos()
	}
	g.Titles = make([]Title, d.uint())
	for i := range g.Titles {
		t := &g.Titles[i]
		t.Phrase, t.PhraseEn = d.str(), d.str()
		t.IsTitle, t.IsRole = d.bool(), d.bool()
		t.Variants = d.strs()
		t.Pos = d.pos()
	}
	g.Rules = make([]RuleWord, d.uint())
	for i := range g.Rules {
		g.Rules[i] = RuleWord{Class: d.str(), Word: d.str(), Pos: d.pos()}
	}
	m := &Matcher{maxLen: d.uint()}
	m.nodes = make([]node, d.uint())
	vals := make([]Value, 0, len(m.nodes))
	for i := range m.nodes {
		n := d.uint()
		from := len(vals)
		for k := 0; k < n; k++ {
			kind := FormKind(d.uint())
			vals = append(vals, Value{Kind: kind, Ref: int32(d.uint())})
		}
		if n > 0 {
			m.nodes[i].vals = vals[from:len(vals):len(vals)]
		}
	}
	m.vocabWords = d.strs()
	if d.err != nil {
		return nil, d.err
	}
	nv, nn := len(m.vocabWords), len(m.nodes)
	m.vocab = make(map[string]int32, nv)
	for i, w := range m.vocabWords {
		m.vocab[w] = int32(i)
	}
	errRange := errors.New("gazetteer snapshot: transition out of range")
	m.rootOf, m.rootDefOf = make([]int32, nv), make([]int32, nv)
	for _, byWord := range [][]int32{m.rootOf, m.rootDefOf} {
		n := d.uint()
		for k := 0; k < n && d.err == nil; k++ {
			w, to := d.uint(), d.uint()
			if w >= nv || to <= 0 || to >= nn {
				return nil, errRange
			}
			byWord[w] = int32(to)
		}
	}
	m.kidStart = make([]int32, nn+1)
	for n := 0; n < nn; n++ {
		m.kidStart[n+1] = m.kidStart[n] + int32(d.uint())
	}
	if d.err != nil {
		return nil, d.err
	}
	if nk := int(m.kidStart[nn]); nk < 0 || nk > len(d.s)-d.i {
		return nil, errRange
	}
	m.kids = make([]kid, m.kidStart[nn])
	for i := range m.kids {
		w, to := d.uint(), d.uint()
		if w >= nv || to <= 0 || to >= nn {
			return nil, errRange
		}
		m.kids[i] = kid{int32(w), int32(to)}
	}
	lex := d.strs()
	if d.err != nil {
		return nil, d.err
	}
	g.lexicon = make(map[string]bool, len(lex))
	for _, w := range lex {
		g.lexicon[w] = true
	}
	g.entryKeys, g.nameKeys, g.titleKeys = d.strs(), d.strs(), d.strs()
	if d.err != nil {
		return nil, d.err
	}
	if len(g.entryKeys) != len(g.Entries) || len(g.nameKeys) != len(g.Names) || len(g.titleKeys) != len(g.Titles) {
		return nil, errors.New("gazetteer snapshot: keys do not match the entries")
	}
	g.matcher = m
	g.ruleSet = ruleSets(g.Rules)
	g.once.Do(func() {})
	return g, nil
}
