package gazetteer

import (
	"fmt"
	"slices"
	"strings"
)

// Error is a problem in a gazetteer file, with its position.
type Error struct {
	Pos Position
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// ErrorList is every problem found in a load, in file order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i == 10 {
			fmt.Fprintf(&b, "\n(and %d more)", len(l)-10)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Headers of the file kinds, as documented in data/README.md.
const (
	entityHeader = "kb_id\ttype\tsubtype\tname_ar\tname_en\taliases_ar\taliases_en\tadjectives\tnominals\tcountry\tattrs\tflags"
	namesHeader  = "name_ar\tname_en\tkind\tgender\tvariants_ar"
	titlesHeader = "phrase_ar\tphrase_en\tkind\tvariants_ar"
	rulesHeader  = "class\tword_ar\tnote"
	shortHeader  = "kb_id\tname_en\tnote"
)

var (
	subtypes = map[string]map[string]bool{
		Location:     set("country territory continent region province city district village sea ocean gulf strait river lake mountain island desert site"),
		Organization: set("international government ministry military security party movement armed_group news_agency media company ngo court think_tank university sport religious"),
		Person:       set("politician diplomat military religious official business sport other"),
	}
	prefixType = map[string]string{"loc": Location, "org": Organization, "per": Person}
	// ruleClasses are the rule-word classes the entity stage knows.
	ruleClasses = set("org_head place_head speech stop person_particle month_context brand_context common_word regnal chain_stop sport_context proper_head month generic_head place_epithet direction place_descriptor name_stop club_prefix org_descriptor surname_stop")
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// parse reads one file; user reports a user gazetteer, whose entries
// replace same-id entries instead of clashing with them.
func (g *Gazetteer) parse(file string, data []byte, user bool) ErrorList {
	var errs ErrorList
	lines := strings.Split(string(data), "\n")
	header := ""
	for n, line := range lines {
		pos := Position{File: file, Line: n + 1}
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header == "" {
			header = line
			switch header {
			case entityHeader, namesHeader, titlesHeader, rulesHeader, shortHeader:
			default:
				return append(errs, &Error{pos, "unknown header: want one of the headers in gazetteer/data/README.md (entity, names, titles or rules file)"})
			}
			continue
		}
		cols := strings.Split(line, "\t")
		want := strings.Count(header, "\t") + 1
		if len(cols) != want {
			errs = append(errs, &Error{pos, fmt.Sprintf("%d columns, want %d (tab-separated)", len(cols), want)})
			continue
		}
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		var err *Error
		switch header {
		case entityHeader:
			err = g.parseEntry(cols, pos, user)
		case namesHeader:
			err = g.parseName(cols, pos)
		case titlesHeader:
			err = g.parseTitle(cols, pos)
		case rulesHeader:
			err = g.parseRule(cols, pos)
		case shortHeader:
			err = g.parseShort(cols, pos)
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	if header == "" && !user {
		errs = append(errs, &Error{Position{file, 1}, "no header line"})
	}
	return errs
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// cldrName returns CLDR's Arabic name of the region with ISO code cc
// (see gen_cldr.go).
func cldrName(cc string) string {
	i, ok := slices.BinarySearchFunc(cldrArabic[:], cc, func(e struct{ code, name string }, cc string) int {
		return strings.Compare(e.code, cc)
	})
	if !ok {
		return ""
	}
	return cldrArabic[i].name
}

func (g *Gazetteer) parseEntry(c []string, pos Position, user bool) *Error {
	e := &Entry{ID: c[0], Type: c[1], Subtype: c[2], Name: c[3], NameEn: c[4],
		AliasesAr: list(c[5]), AliasesEn: list(c[6]), Adjectives: list(c[7]), Nominals: list(c[8]),
		Country: c[9], Pos: pos}
	m := splitID(e.ID)
	if m == nil {
		return &Error{pos, fmt.Sprintf("bad kb_id %q: want loc:XX, loc:slug, org:slug or per:slug (slug: a-z 0-9 -)", e.ID)}
	}
	if prefixType[m[1]] != e.Type {
		return &Error{pos, fmt.Sprintf("kb_id %q does not fit type %q", e.ID, e.Type)}
	}
	if !subtypes[e.Type][e.Subtype] {
		return &Error{pos, fmt.Sprintf("bad subtype %q for %s", e.Subtype, e.Type)}
	}
	if isCountryCode(m[2]) && e.Subtype != "country" && e.Subtype != "territory" {
		return &Error{pos, fmt.Sprintf("kb_id %q is a country code but subtype is %q", e.ID, e.Subtype)}
	}
	if e.Country != "" && !isCountryCode(e.Country) {
		return &Error{pos, fmt.Sprintf("bad country %q: want ISO 3166-1 alpha-2", e.Country)}
	}
	if cldr := ""; isCountryCode(m[2]) {
		cldr = cldrName(m[2])
		if e.Name == "" {
			e.Name = cldr
		} else if cldr != "" && key(cldr) != key(e.Name) {
			e.AliasesAr = append(e.AliasesAr, cldr)
		}
		if e.Country == "" {
			e.Country = m[2]
		}
	}
	if e.Name == "" {
		return &Error{pos, "empty name_ar"}
	}
	if len(e.Adjectives) > 0 && e.Type == Person {
		return &Error{pos, "adjectives are for places and organisations only"}
	}
	if c[10] != "" {
		e.Attrs = map[string]string{}
		for _, kv := range strings.Split(c[10], ";") {
			k, v, ok := strings.Cut(kv, "=")
			if !ok || strings.TrimSpace(k) == "" {
				return &Error{pos, fmt.Sprintf("bad attrs item %q: want key=value", kv)}
			}
			e.Attrs[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	switch c[11] {
	case "":
	case "ambiguous":
		e.Ambiguous = true
	default:
		return &Error{pos, fmt.Sprintf("bad flags %q: want ambiguous or empty", c[11])}
	}
	for _, a := range e.AliasesAr {
		if key(a) == "" {
			return &Error{pos, "empty alias"}
		}
	}
	if i, ok := g.byID[e.ID]; ok {
		if !user {
			return &Error{pos, fmt.Sprintf("duplicate kb_id %s (first at %s)", e.ID, g.Entries[i].Pos)}
		}
		g.Entries[i] = e
		return nil
	}
	g.byID[e.ID] = len(g.Entries)
	g.Entries = append(g.Entries, e)
	return nil
}

func (g *Gazetteer) parseName(c []string, pos Position) *Error {
	n := PersonName{Name: c[0], NameEn: c[1], Gender: c[3], Variants: list(c[4]), Pos: pos}
	if key(n.Name) == "" {
		return &Error{pos, "empty name_ar"}
	}
	for _, k := range strings.Split(c[2], ",") {
		switch strings.TrimSpace(k) {
		case "given":
			n.Given = true
		case "family":
			n.Family = true
		case "both":
			n.Given, n.Family = true, true
		case "ambiguous":
			n.Ambiguous = true
		default:
			return &Error{pos, fmt.Sprintf("bad kind %q: want given, family or both, optionally ,ambiguous", c[2])}
		}
	}
	if !n.Given && !n.Family {
		return &Error{pos, fmt.Sprintf("bad kind %q: want given, family or both", c[2])}
	}
	switch n.Gender {
	case "m", "f", "u":
	default:
		return &Error{pos, fmt.Sprintf("bad gender %q: want m, f or u", n.Gender)}
	}
	g.Names = append(g.Names, n)
	return nil
}

func (g *Gazetteer) parseTitle(c []string, pos Position) *Error {
	t := Title{Phrase: c[0], PhraseEn: c[1], Variants: list(c[3]), Pos: pos}
	if key(t.Phrase) == "" {
		return &Error{pos, "empty phrase_ar"}
	}
	for _, k := range strings.Split(c[2], ",") {
		switch strings.TrimSpace(k) {
		case "title":
			t.IsTitle = true
		case "role":
			t.IsRole = true
		default:
			return &Error{pos, fmt.Sprintf("bad kind %q: want title, role or title,role", c[2])}
		}
	}
	g.Titles = append(g.Titles, t)
	return nil
}

func (g *Gazetteer) parseRule(c []string, pos Position) *Error {
	if !ruleClasses[c[0]] {
		return &Error{pos, fmt.Sprintf("unknown rule class %q", c[0])}
	}
	if key(c[1]) == "" {
		return &Error{pos, "empty word_ar"}
	}
	g.Rules = append(g.Rules, RuleWord{Class: c[0], Word: c[1], Pos: pos})
	return nil
}

// validate checks what only the whole can show: names that collide across
// entity types without an ambiguous flag, and duplicate names in the
// names and titles lists.
func (g *Gazetteer) validate() ErrorList {
	var errs ErrorList
	type owner struct {
		e   *Entry
		pos Position
	}
	seen := map[string]owner{}
	for _, e := range g.Entries {
		keys := map[string]bool{}
		for _, n := range append([]string{e.Name}, e.AliasesAr...) {
			keys[key(n)] = true
		}
		for k := range keys {
			// Entries of one slug under two types (org:kremlin, loc:kremlin)
			// declare a metonymy: the place and the institution it names.
			if o, ok := seen[k]; ok && o.e.Type != e.Type && !o.e.Ambiguous && !e.Ambiguous && slug(o.e.ID) != slug(e.ID) {
				errs = append(errs, &Error{e.Pos, fmt.Sprintf("name %q of %s collides with %s (%s, %s); flag one of them ambiguous", k, e.ID, o.e.ID, o.e.Type, o.pos)})
				continue
			}
			if _, ok := seen[k]; !ok {
				seen[k] = owner{e, e.Pos}
			}
		}
	}
	// A person name listed twice (as a given name in one row and a family
	// name in another) is merged rather than rejected: both readings hold.
	names := map[string]int{}
	merged := g.Names[:0]
	for _, n := range g.Names {
		k := key(n.Name)
		if i, ok := names[k]; ok {
			m := &merged[i]
			m.Given, m.Family = m.Given || n.Given, m.Family || n.Family
			m.Ambiguous = m.Ambiguous || n.Ambiguous
			m.Variants = append(m.Variants, n.Variants...)
			continue
		}
		names[k] = len(merged)
		merged = append(merged, n)
	}
	g.Names = merged
	titles := map[string]Position{}
	for _, t := range g.Titles {
		k := key(t.Phrase)
		if p, ok := titles[k]; ok {
			errs = append(errs, &Error{t.Pos, fmt.Sprintf("duplicate title %q (first at %s)", t.Phrase, p)})
			continue
		}
		titles[k] = t.Pos
	}
	rules := map[string]Position{}
	for _, r := range g.Rules {
		k := r.Class + "\t" + key(r.Word)
		if p, ok := rules[k]; ok {
			errs = append(errs, &Error{r.Pos, fmt.Sprintf("duplicate %s word %q (first at %s)", r.Class, r.Word, p)})
			continue
		}
		rules[k] = r.Pos
	}
	return errs
}

// slug returns the part of a kb_id after its type prefix.
func slug(id string) string {
	_, s, _ := strings.Cut(id, ":")
	return s
}

// splitID checks a kb_id (loc|org|per ":" XX or slug) and returns the
// whole id, its prefix and its rest, or nil when it is malformed.
func splitID(id string) []string {
	p, rest, ok := strings.Cut(id, ":")
	if !ok || (p != "loc" && p != "org" && p != "per") || rest == "" {
		return nil
	}
	if isCountryCode(rest) {
		return []string{id, p, rest}
	}
	prevDash := true
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			prevDash = false
		case c == '-' && !prevDash:
			prevDash = true
		default:
			return nil
		}
	}
	if prevDash {
		return nil
	}
	return []string{id, p, rest}
}

// isCountryCode reports two upper-case ASCII letters.
func isCountryCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// parseShort reads a row of names_en.tsv: the English name the press
// uses for an entity whose name_en is its formal name (NATO for the North
// Atlantic Treaty Organization). The formal name stays as an alias.
func (g *Gazetteer) parseShort(c []string, pos Position) *Error {
	i, ok := g.byID[c[0]]
	if !ok {
		return &Error{pos, fmt.Sprintf("unknown kb_id %q", c[0])}
	}
	if c[1] == "" {
		return &Error{pos, "empty name_en"}
	}
	e := *g.Entries[i]
	if e.NameEn != "" && e.NameEn != c[1] {
		e.AliasesEn = append(slices.Clone(e.AliasesEn), e.NameEn)
	}
	e.NameEn = c[1]
	g.Entries[i] = &e
	return nil
}
