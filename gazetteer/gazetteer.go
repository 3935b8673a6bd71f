// Package gazetteer holds newsx's curated lists of places, organisations,
// people, person names, titles and rule words: embedded TSV files (see
// data/README.md), their loading and validation, user gazetteers that add
// or override entries, and the Matcher that finds every name in a token
// stream.
package gazetteer

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/newsx/newsx/extract/token"
	"github.com/newsx/newsx/normalize"
)

//go:embed data/*.tsv
var embedded embed.FS

// Entity types, as written in the type column.
const (
	Location     = "LOCATION"
	Organization = "ORGANIZATION"
	Person       = "PERSON"
)

// Entry is one entity record of countries.tsv, places.tsv, orgs.tsv,
// people.tsv or a user gazetteer.
type Entry struct {
	ID      string
	Type    string
	Subtype string
	// Name is the canonical Arabic name (from CLDR for a country whose row
	// leaves it empty).
	Name      string
	NameEn    string
	AliasesAr []string
	AliasesEn []string
	// Adjectives are the masculine singular nisba forms as written; the
	// Matcher derives their inflected forms (see AdjectiveForms).
	Adjectives []string
	Nominals   []string
	Country    string
	Attrs      map[string]string
	Ambiguous  bool
	// Pos is where the record was read.
	Pos Position
}

// PersonName is a given or family name from names.tsv.
type PersonName struct {
	Name      string
	NameEn    string
	Given     bool
	Family    bool
	Ambiguous bool
	// Gender is m, f or u.
	Gender   string
	Variants []string
	Pos      Position
}

// Title is a title or role phrase from titles.tsv.
type Title struct {
	Phrase   string
	PhraseEn string
	// IsTitle: an honorific or rank that precedes a name (السفير).
	IsTitle bool
	// IsRole: an office noun that may take a genitive complement (وزير).
	IsRole   bool
	Variants []string
	Pos      Position
}

// RuleWord is a word of a rule lexicon (rules_*.tsv): a class the entity
// rules look up (org_head, place_head, speech, stop …) and the word.
type RuleWord struct {
	Class string
	Word  string
	Pos   Position
}

// Position is a file and line.
type Position struct {
	File string
	Line int
}

func (p Position) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// Gazetteer is a loaded, validated set of entries, names, titles and rule
// words. Build it with Default, Load or (*Gazetteer).AddFiles; it is
// read-only and safe for concurrent use once built.
type Gazetteer struct {
	Entries []*Entry
	Names   []PersonName
	Titles  []Title
	Rules   []RuleWord

	// byID indexes Entries by kb_id. A gazetteer decoded from the
	// snapshot builds it on first use (ids): extraction never looks an
	// entry up by id, so start-up need not pay for it.
	byID   map[string]int
	idOnce sync.Once

	once    sync.Once
	matcher *Matcher
	// lexicon has a bit for each word of the matcher's vocabulary (bit
	// id&7 of byte id>>3) that is a lexicon word.
	lexicon string
	// ruleSet indexes the rule words by class; it is built on first use
	// (Class, InClass), as the entity stage reads RuleKeys instead.
	ruleSet  map[string]map[string]bool
	ruleOnce sync.Once
	// compoundEnds is built on first use (CompoundEnds).
	compoundEnds map[string]bool
	compoundOnce sync.Once
	// entryKeys, nameKeys, titleKeys and ruleKeys are the matching forms
	// of Entries[i].Name, Names[i].Name, Titles[i].Phrase (normalize.Word)
	// and Rules[i].Word (key): the snapshot stores them, so start-up does
	// not normalise every name again.
	entryKeys, nameKeys, titleKeys, ruleKeys []string
}

// Lookup returns the entry with kb_id id.
func (g *Gazetteer) Lookup(id string) (*Entry, bool) {
	i, ok := g.ids()[id]
	if !ok {
		return nil, false
	}
	return g.Entries[i], true
}

// ids returns byID, building it on first use when g was decoded from the
// snapshot.
func (g *Gazetteer) ids() map[string]int {
	g.idOnce.Do(func() {
		if g.byID == nil {
			g.byID = make(map[string]int, len(g.Entries))
			for i, e := range g.Entries {
				g.byID[e.ID] = i
			}
		}
	})
	return g.byID
}

// Len returns the number of entity entries.
func (g *Gazetteer) Len() int { return len(g.Entries) }

// fileOrder is the order the embedded files load in; any other .tsv file
// loads after them in name order.
var fileOrder = []string{"countries.tsv", "places.tsv", "orgs.tsv", "people.tsv", "supplement.tsv", "names.tsv", "titles.tsv", "rules.tsv", "names_en.tsv"}

var (
	baseOnce sync.Once
	base     *Gazetteer
	baseErr  error
)

// Default returns the embedded gazetteer, loaded and validated once per
// process.
func Default() (*Gazetteer, error) {
	baseOnce.Do(func() {
		// The snapshot when it matches the data files; else parse them.
		// The files are fingerprinted on another core while the snapshot
		// decodes, and the snapshot is kept if it was written from the
		// same fingerprint (it was, unless a data file was edited
		// without go generate).
		type hashed struct {
			sum [32]byte
			err error
		}
		hc := make(chan hashed, 1)
		go func() {
			sum, err := dataHash(embedded, "data")
			hc <- hashed{sum, err}
		}()
		g, err := decodeSnapshot(snapshot, snapshotSum(snapshot))
		if h := <-hc; err == nil && h.err == nil && h.sum == snapshotSum(snapshot) {
			base = g
			return
		}
		base, baseErr = LoadFS(embedded, "data")
		if baseErr == nil {
			base.build()
		}
	})
	return base, baseErr
}

// dataFiles lists the .tsv files of dir in load order.
func dataFiles(fsys fs.FS, dir string) ([]string, error) {
	ents, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	var names []string
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".tsv") {
			names = append(names, e.Name())
		}
	}
	rank := func(n string) int {
		if i := slices.Index(fileOrder, n); i >= 0 {
			return i
		}
		return len(fileOrder)
	}
	sort.SliceStable(names, func(i, j int) bool {
		ri, rj := rank(names[i]), rank(names[j])
		if ri != rj {
			return ri < rj
		}
		return names[i] < names[j]
	})
	return names, nil
}

// LoadFS loads every .tsv file in dir of fsys, in the documented order,
// and validates the whole.
func LoadFS(fsys fs.FS, dir string) (*Gazetteer, error) {
	names, err := dataFiles(fsys, dir)
	if err != nil {
		return nil, err
	}
	g := &Gazetteer{byID: map[string]int{}}
	var errs ErrorList
	for _, n := range names {
		data, err := fs.ReadFile(fsys, path.Join(dir, n))
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		errs = append(errs, g.parse(n, data, false)...)
	}
	errs = append(errs, g.validate()...)
	if len(errs) > 0 {
		return nil, errs
	}
	return g, nil
}

// WithFiles returns a gazetteer made of g plus the user gazetteer files at
// paths (same formats as the embedded ones), whose entries add to g or
// replace g's entry with the same kb_id. g itself is not changed.
func (g *Gazetteer) WithFiles(paths ...string) (*Gazetteer, error) {
	if len(paths) == 0 {
		return g, nil
	}
	out := g.clone()
	var errs ErrorList
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		errs = append(errs, out.parse(p, data, true)...)
	}
	errs = append(errs, out.validate()...)
	if len(errs) > 0 {
		return nil, errs
	}
	out.build()
	return out, nil
}

// Check parses and validates the gazetteer file at p on top of the
// embedded data, the way --gazetteer would use it.
func Check(p string) error {
	g, err := Default()
	if err != nil {
		return err
	}
	_, err = g.WithFiles(p)
	return err
}

func (g *Gazetteer) clone() *Gazetteer {
	out := &Gazetteer{
		Entries: slices.Clone(g.Entries),
		Names:   slices.Clone(g.Names),
		Titles:  slices.Clone(g.Titles),
		Rules:   slices.Clone(g.Rules),
	}
	ids := g.ids()
	out.byID = make(map[string]int, len(ids))
	for k, v := range ids {
		out.byID[k] = v
	}
	return out
}

// CompoundEnds returns the matching forms of the words that end compound
// names (العزيز of عبد العزيز, الدين, الإسلام): everyday words that are no
// surname alone. The map is shared: callers must not change it.
func (g *Gazetteer) CompoundEnds() map[string]bool {
	g.compoundOnce.Do(func() { g.compoundEnds = compoundEnds(g.Names) })
	return g.compoundEnds
}

// compoundEnds collects the divine names of the عبد- given names, and
// الدين and الإسلام.
func compoundEnds(names []PersonName) map[string]bool {
	ends := map[string]bool{key("الدين"): true, key("الإسلام"): true}
	for _, n := range names {
		// Only a name with an ع can start with عبد: the others (most)
		// are not normalised and split, which start-up paid for.
		if !n.Given || !strings.Contains(n.Name, "ع") {
			continue
		}
		if f := strings.Fields(key(n.Name)); len(f) == 2 && f[0] == "عبد" {
			ends[f[1]] = true
		}
	}
	return ends
}

// build makes the matcher, lexicon and matching forms once.
func (g *Gazetteer) build() {
	g.once.Do(func() {
		g.matcher = newMatcher(g)
		g.lexicon = lexiconBits(g.matcher, buildLexicon(g))
		// The name words served buildLexicon only.
		g.matcher.words = nil
		g.entryKeys, g.nameKeys, g.titleKeys = matchingKeys(g)
		g.ruleKeys = make([]string, len(g.Rules))
		for i, r := range g.Rules {
			g.ruleKeys[i] = key(r.Word)
		}
	})
}

// matchingKeys normalises the canonical names of g's entries, person names
// and titles (normalize.Word).
func matchingKeys(g *Gazetteer) (entries, names, titles []string) {
	entries = make([]string, len(g.Entries))
	for i, e := range g.Entries {
		entries[i] = normalize.Word(e.Name)
	}
	names = make([]string, len(g.Names))
	for i, n := range g.Names {
		names[i] = normalize.Word(n.Name)
	}
	titles = make([]string, len(g.Titles))
	for i, t := range g.Titles {
		titles[i] = normalize.Word(t.Phrase)
	}
	return entries, names, titles
}

// EntryKeys returns the matching form (normalize.Word) of each entry's
// canonical Name, by entry index. The slice is shared: callers must not
// change it.
func (g *Gazetteer) EntryKeys() []string {
	g.build()
	return g.entryKeys
}

// NameKeys returns the matching form (normalize.Word) of each person
// name (Names[i].Name). The slice is shared: callers must not change it.
func (g *Gazetteer) NameKeys() []string {
	g.build()
	return g.nameKeys
}

// TitleKeys returns the matching form (normalize.Word) of each title
// phrase (Titles[i].Phrase). The slice is shared: callers must not change
// it.
func (g *Gazetteer) TitleKeys() []string {
	g.build()
	return g.titleKeys
}

// RuleKeys returns the matching form of each rule word (Rules[i].Word),
// the form Class and InClass hold. The slice is shared: callers must not
// change it.
func (g *Gazetteer) RuleKeys() []string {
	g.build()
	return g.ruleKeys
}

// ruleSets indexes rule words by class, in matching form.
func ruleSets(rules []RuleWord, keys []string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for i, r := range rules {
		set := out[r.Class]
		if set == nil {
			set = map[string]bool{}
			out[r.Class] = set
		}
		set[keys[i]] = true
	}
	return out
}

// rules returns the rule sets, built on first use.
func (g *Gazetteer) rules() map[string]map[string]bool {
	g.build()
	g.ruleOnce.Do(func() { g.ruleSet = ruleSets(g.Rules, g.ruleKeys) })
	return g.ruleSet
}

// Matcher returns the gazetteer's matcher, built on first use.
func (g *Gazetteer) Matcher() *Matcher {
	g.build()
	return g.matcher
}

// Lexicon returns the known whole words (names of places, organisations,
// people and person names) that the tokenizer must not split into clitics.
func (g *Gazetteer) Lexicon() token.Lexicon {
	g.build()
	m, lex := g.matcher, g.lexicon
	return token.LexiconFunc(func(w string) bool { return inBits(lex, m.word(w)) })
}

// InLexicon reports whether the word whose matcher vocabulary id is id
// (see Matcher.WordID; -1: none) is one of Lexicon's words.
func (g *Gazetteer) InLexicon(id int32) bool {
	g.build()
	return inBits(g.lexicon, id)
}

// inBits reports bit id (-1: none) of the bit set lex.
func inBits(lex string, id int32) bool { return id >= 0 && lex[id>>3]&(1<<(id&7)) != 0 }

// lexiconBits returns the lexicon words of lex as a bit per word of m's
// vocabulary (every lexicon word is a word of a name, so one of m's).
func lexiconBits(m *Matcher, lex map[string]bool) string {
	b := make([]byte, (m.VocabularySize()+7)/8)
	for w := range lex {
		id := m.word(w)
		if id < 0 {
			panic("gazetteer: lexicon word " + w + " is not in the matcher's vocabulary")
		}
		b[id>>3] |= 1 << (id & 7)
	}
	return string(b)
}

// InClass reports whether the matching-form word w belongs to the rule
// class (org_head, place_head, speech, stop …).
func (g *Gazetteer) InClass(class, w string) bool {
	return g.rules()[class][w]
}

// Class returns the set of matching-form words of a rule class. The map
// is shared: callers must not change it.
func (g *Gazetteer) Class(class string) map[string]bool {
	return g.rules()[class]
}
