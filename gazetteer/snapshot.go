package gazetteer

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"math"
	"path"
	"sort"
	"strings"
)

//go:generate go run gen_cldr.go
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

const snapshotMagic = "newsx-gazetteer-snapshot-7\n"

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

// The snapshot is the magic line, the data files' fingerprint, the
// lengths of its three sections (uint32s) and the sections: the records
// (entries, names, titles, rule words and their matching forms, in
// uvarints and length-prefixed strings), the matcher's tables (read in
// place, see loadTables) and the lexicon (a bit per vocabulary word).
func (g *Gazetteer) encode(sum [32]byte) []byte {
	e := &encoder{}
	// Entries with the same attributes share one map (most name only a
	// parent): the distinct sets come first, and each entry names its
	// own by number (0: none).
	var attrSets []string
	attrSet := map[string]int{}
	attrOf := make([]int, len(g.Entries))
	for i, x := range g.Entries {
		if len(x.Attrs) == 0 {
			continue
		}
		keys := make([]string, 0, len(x.Attrs))
		for k := range x.Attrs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		a := &encoder{}
		a.uint(len(keys))
		for _, k := range keys {
			a.str(k)
			a.str(x.Attrs[k])
		}
		id, ok := attrSet[string(a.b)]
		if !ok {
			attrSets = append(attrSets, string(a.b))
			id = len(attrSets)
			attrSet[string(a.b)] = id
		}
		attrOf[i] = id
	}
	// The records are three parts, decoded side by side: the attribute
	// sets, the entries, and the rest (names, titles, rule words and the
	// matching forms). Each part starts with the number of strings in
	// its lists, so decoding allocates them together.
	ea, ee, er := &encoder{}, &encoder{}, &encoder{}
	ea.uint(len(attrSets))
	for _, a := range attrSets {
		ea.b = append(ea.b, a...)
	}
	lists := 0
	for _, x := range g.Entries {
		lists += len(x.AliasesAr) + len(x.AliasesEn) + len(x.Adjectives) + len(x.Nominals)
	}
	ee.uint(lists)
	ee.uint(len(g.Entries))
	for i, x := range g.Entries {
		ee.str(x.ID)
		ee.str(x.Type)
		ee.str(x.Subtype)
		ee.str(x.Name)
		ee.str(x.NameEn)
		ee.strs(x.AliasesAr)
		ee.strs(x.AliasesEn)
		ee.strs(x.Adjectives)
		ee.strs(x.Nominals)
		ee.str(x.Country)
		ee.uint(attrOf[i])
		ee.bool(x.Ambiguous)
		ee.pos(x.Pos)
	}
	lists = 0
	for _, n := range g.Names {
		lists += len(n.Variants)
	}
	for _, t := range g.Titles {
		lists += len(t.Variants)
	}
	er.uint(lists)
	er.uint(len(g.Names))
	for _, n := range g.Names {
		er.str(n.Name)
		er.str(n.NameEn)
		er.bool(n.Given)
		er.bool(n.Family)
		er.bool(n.Ambiguous)
		er.str(n.Gender)
		er.strs(n.Variants)
		er.pos(n.Pos)
	}
	er.uint(len(g.Titles))
	for _, t := range g.Titles {
		er.str(t.Phrase)
		er.str(t.PhraseEn)
		er.bool(t.IsTitle)
		er.bool(t.IsRole)
		er.strs(t.Variants)
		er.pos(t.Pos)
	}
	er.uint(len(g.Rules))
	for _, r := range g.Rules {
		er.str(r.Class)
		er.str(r.Word)
		er.pos(r.Pos)
	}
	er.uint(len(g.entryKeys))
	for _, keys := range [][]string{g.entryKeys, g.nameKeys, g.titleKeys, g.ruleKeys} {
		for _, k := range keys {
			er.str(k)
		}
	}
	e.b = binary.LittleEndian.AppendUint32(e.b, uint32(len(ea.b)))
	e.b = binary.LittleEndian.AppendUint32(e.b, uint32(len(ee.b)))
	e.b = append(append(append(e.b, ea.b...), ee.b...), er.b...)
	out := make([]byte, 0, len(snapshotMagic)+32+12+len(e.b)+len(g.matcher.tab)+len(g.lexicon))
	out = append(out, snapshotMagic...)
	out = append(out, sum[:]...)
	for _, sec := range []int{len(e.b), len(g.matcher.tab), len(g.lexicon)} {
		out = binary.LittleEndian.AppendUint32(out, uint32(sec))
	}
	out = append(out, e.b...)
	out = append(out, g.matcher.tab...)
	return append(out, g.lexicon...)
}

// decoder reads a snapshot held in a string; the strings it returns are
// substrings of it, so decoding copies no text.
type decoder struct {
	s   string
	i   int
	err error
	// pool is the backing store strs slices its lists from.
	pool []string
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
	if v > math.MaxInt32 {
		// No count or length of a snapshot comes near: corrupt.
		d.err = io.ErrUnexpectedEOF
		return 0
	}
	return int(v)
}

func (d *decoder) str() string {
	n := d.uint()
	if d.err != nil || n > len(d.s)-d.i {
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

// strs reads a list into the next elements of pool, capped so that
// appending to one list copies it rather than overwriting the next.
func (d *decoder) strs() []string {
	n := d.uint()
	if n == 0 || d.err != nil {
		return nil
	}
	if n > len(d.pool) {
		d.err = errors.New("gazetteer snapshot: lists overrun their count")
		return nil
	}
	out := d.pool[:n:n]
	d.pool = d.pool[n:]
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *decoder) pos() Position { return Position{File: d.str(), Line: d.uint()} }

// count reads a count of items each taking at least min bytes, failing
// on one the rest of the snapshot cannot hold (so a corrupt count does
// not allocate without bound).
func (d *decoder) count(min int) int {
	n := d.uint()
	if d.err == nil && n > (len(d.s)-d.i)/min {
		d.err = io.ErrUnexpectedEOF
		return 0
	}
	return n
}

// snapshotSum returns the data files' fingerprint that snapshot s was
// written from (zero when s is too short to hold one).
func snapshotSum(s string) [32]byte {
	var sum [32]byte
	if len(s) >= len(snapshotMagic)+32 {
		copy(sum[:], s[len(snapshotMagic):])
	}
	return sum
}

// decodeSnapshot rebuilds the gazetteer from a snapshot whose hash is
// sum. The matcher and the lexicon are the snapshot's own bytes; only
// the records are decoded.
func decodeSnapshot(s string, sum [32]byte) (*Gazetteer, error) {
	head := len(snapshotMagic) + 32
	if !strings.HasPrefix(s, snapshotMagic) || len(s) < head+12 || s[len(snapshotMagic):head] != string(sum[:]) {
		return nil, errStale
	}
	secs := u32s(s[head : head+12])
	recLen, tabLen, lexLen := int(secs.at(0)), int(secs.at(1)), int(secs.at(2))
	if recLen+tabLen+lexLen != len(s)-head-12 {
		return nil, io.ErrUnexpectedEOF
	}
	rec := s[head+12 : head+12+recLen]
	tab := s[head+12+recLen : head+12+recLen+tabLen]
	m, err := loadTables(tab)
	if err != nil {
		return nil, err
	}
	g := &Gazetteer{matcher: m, lexicon: s[len(s)-lexLen:]}
	if len(g.lexicon) != (m.VocabularySize()+7)/8 {
		return nil, errors.New("gazetteer snapshot: lexicon does not fit the vocabulary")
	}
	if err := g.decodeRecords(rec); err != nil {
		return nil, err
	}
	if len(g.entryKeys) != len(g.Entries) {
		return nil, errors.New("gazetteer snapshot: matching forms do not fit the entries")
	}
	g.once.Do(func() {})
	return g, nil
}

// decodeRecords decodes the records section of a snapshot into g: the
// entries and the attribute sets on this goroutine, the other records on
// another (start-up is mostly writing fresh memory, which two cores do
// faster than one; the other core also builds the event stage then).
func (g *Gazetteer) decodeRecords(rec string) error {
	if len(rec) < 8 {
		return io.ErrUnexpectedEOF
	}
	na, ne := int(u32s(rec).at(0)), int(u32s(rec).at(1))
	rec = rec[8:]
	if na > len(rec) || ne > len(rec)-na {
		return io.ErrUnexpectedEOF
	}
	var restErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		restErr = g.decodeRest(rec[na+ne:])
	}()
	attrOf, err := g.decodeEntries(rec[na : na+ne])
	var attrs []map[string]string
	if err == nil {
		attrs, err = decodeAttrs(rec[:na])
	}
	<-done
	if err != nil {
		return err
	}
	if restErr != nil {
		return restErr
	}
	for i, a := range attrOf {
		if a > 0 {
			if int(a) > len(attrs) {
				return errors.New("gazetteer snapshot: attributes out of range")
			}
			g.Entries[i].Attrs = attrs[a-1]
		}
	}
	return nil
}

// decodeAttrs decodes the attribute sets.
func decodeAttrs(s string) ([]map[string]string, error) {
	d := &decoder{s: s}
	attrs := make([]map[string]string, d.count(1))
	for i := range attrs {
		n := d.count(2)
		attrs[i] = make(map[string]string, n)
		for range n {
			k := d.str()
			attrs[i][k] = d.str()
		}
	}
	if d.err == nil && d.i != len(d.s) {
		d.err = errors.New("gazetteer snapshot: attributes do not fill their part")
	}
	return attrs, d.err
}

// decodeEntries decodes the entries into g and returns the number of
// each one's attribute set (0: none).
func (g *Gazetteer) decodeEntries(s string) ([]uint32, error) {
	d := &decoder{s: s}
	d.pool = make([]string, d.count(1))
	ne := d.count(16)
	g.Entries = make([]*Entry, ne)
	store := make([]Entry, ne)
	attrOf := make([]uint32, ne)
	for i := range store {
		x := &store[i]
		x.ID, x.Type, x.Subtype, x.Name, x.NameEn = d.str(), d.str(), d.str(), d.str(), d.str()
		x.AliasesAr, x.AliasesEn, x.Adjectives, x.Nominals = d.strs(), d.strs(), d.strs(), d.strs()
		x.Country = d.str()
		attrOf[i] = uint32(d.uint())
		x.Ambiguous = d.bool()
		x.Pos = d.pos()
		g.Entries[i] = x
	}
	if d.err == nil && (d.i != len(d.s) || len(d.pool) != 0) {
		d.err = errors.New("gazetteer snapshot: entries do not fill their part")
	}
	return attrOf, d.err
}

// decodeRest decodes the names, titles, rule words and matching forms
// into g; the entries' matching forms need only their number, which the
// part before them gives.
func (g *Gazetteer) decodeRest(s string) error {
	d := &decoder{s: s}
	d.pool = make([]string, d.count(1))
	g.Names = make([]PersonName, d.count(9))
	for i := range g.Names {
		n := &g.Names[i]
		n.Name, n.NameEn = d.str(), d.str()
		n.Given, n.Family, n.Ambiguous = d.bool(), d.bool(), d.bool()
		n.Gender = d.str()
		n.Variants = d.strs()
		n.Pos = d.pos()
	}
	g.Titles = make([]Title, d.count(7))
	for i := range g.Titles {
		t := &g.Titles[i]
		t.Phrase, t.PhraseEn = d.str(), d.str()
		t.IsTitle, t.IsRole = d.bool(), d.bool()
		t.Variants = d.strs()
		t.Pos = d.pos()
	}
	g.Rules = make([]RuleWord, d.count(4))
	for i := range g.Rules {
		g.Rules[i] = RuleWord{Class: d.str(), Word: d.str(), Pos: d.pos()}
	}
	if d.err != nil {
		return d.err
	}
	// The matching forms: one allocation for the four lists.
	ne := d.count(1)
	keys := make([]string, ne+len(g.Names)+len(g.Titles)+len(g.Rules))
	for i := range keys {
		keys[i] = d.str()
	}
	if d.err != nil {
		return d.err
	}
	if d.i != len(d.s) || len(d.pool) != 0 {
		return errors.New("gazetteer snapshot: records do not fill their part")
	}
	keys, g.entryKeys = keys[ne:], keys[:ne:ne]
	keys, g.nameKeys = keys[len(g.Names):], keys[:len(g.Names):len(g.Names)]
	g.ruleKeys, g.titleKeys = keys[len(g.Titles):], keys[:len(g.Titles):len(g.Titles)]
	return nil
}
