package events

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/token"
	"github.com/newsx/newsx/normalize"
)

//go:embed triggers.tsv
var triggersTSV string

// noEvent is the type of lexicon phrases that are no event though they
// hold a trigger (وقف إطلاق النار is no shooting).
const noEvent = "NONE"

// maxWords is the most words a trigger phrase may have.
const maxWords = 4

// maxGap is how many words a "*" in a phrase trigger may stand for.
const maxGap = 6

// typeInfo is an event type's PLOVER category and CAMEO code.
type typeInfo struct{ plover, cameo string }

// wordSet is one word of a trigger: the matching forms it may take.
type wordSet struct {
	forms map[string]bool
	// verb: the word is a conjugated verb, so a reading with the
	// definite article is no match.
	verb bool
	// gap: up to maxGap words may stand before this word.
	gap bool
	// single: forms holds one form, one (compared without the map).
	single bool
	one    string
}

// has reports whether w is one of the forms of ws.
func (ws *wordSet) has(w string) bool {
	if ws.single {
		return w == ws.one
	}
	return ws.forms[w]
}

// entry is one trigger of the lexicon.
type entry struct {
	typ   string
	cameo string // more specific than the type's, or ""
	words []wordSet
	// head is the index of the word where the trigger span starts.
	head int
	// verbal: one of the words is a verb.
	verbal bool
	// needs: words one of which must follow within eight words.
	needs map[string]bool
	far   bool // needs looks 24 words ahead, not eight
	// not: words that, right after the trigger, show another sense
	// (يستهدف تعزيز … aims at, not attacks).
	not map[string]bool
	// place: the event needs a place among its arguments (وصل إلى الحد
	// is no arrival).
	place bool
	weak  bool
	// kind holds what the rules ask of the entry's type.
	kind *typeKind
	// needsBit, notBit: the bits of needs and not in wordInfo.sets, or 0
	// when the table has no bit left for them.
	needsBit, notBit uint64
}

// lightVerb makes a following event noun verbal.
type lightVerb struct {
	types map[string]bool // nil: any type
}

func (l *lightVerb) governs(typ string) bool { return l.types == nil || l.types[typ] }

// lexicon is the parsed trigger lexicon.
type lexicon struct {
	types map[string]typeInfo
	// first maps each form of an entry's first word to its entries.
	first map[string][]*entry
	light map[string]*lightVerb
	block map[string]bool
	// lightFilter holds the forms in light.
	lightFilter token.WordFilter
	// words holds, for each form a token's reading is looked up by,
	// its classes and its entries in first and light.
	words wordTable
	// blockBit is the bit of block in wordInfo.sets, or 0.
	blockBit uint64
	// sets counts the bits of wordInfo.sets given out.
	sets uint
}

// setBit gives set a bit in wordInfo.sets, marking the forms that
// hasStem finds in it, and returns the bit, or 0 when none is left.
func (lx *lexicon) setBit(set map[string]bool) uint64 {
	if set == nil || lx.sets == 64 {
		return 0
	}
	bit := uint64(1) << lx.sets
	lx.sets++
	for w := range set {
		lx.words.entry(w).sets |= bit
		lx.words.entry(w + "ا").sets |= bit // hasStem also reads the accusative
	}
	return bit
}

// hasStem is hasStem(&x.toks[k], set), set having bit (when not 0) in
// the table.
func (x *document) hasStem(k int, set map[string]bool, bit uint64) bool {
	t := &x.toks[k]
	if bit == 0 {
		return hasStem(t, set)
	}
	for i := range t.Analyses {
		if wi := x.lx.words.get(t.Analyses[i].Stem); wi != nil && wi.sets&bit != 0 {
			return true
		}
	}
	return false
}

var norm = normalize.Default()

// form returns the matching form of a lexicon word.
func form(w string) string { return normalize.Word(w) }

// parseLexicon reads the TSV lexicon.
func parseLexicon(src string) (*lexicon, error) {
	lx := &lexicon{types: map[string]typeInfo{}, first: map[string][]*entry{},
		light: map[string]*lightVerb{}, block: map[string]bool{}}
	// The word table ends with some 2,600 forms; sized for 4,096 up front
	// it never grows, which at start-up saved copying it four times.
	lx.words.reserve(4096)
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if err := lx.parseLine(f); err != nil {
			return nil, fmt.Errorf("triggers.tsv:%d: %w", n+1, err)
		}
	}
	lx.index()
	return lx, nil
}

// index fills lx.words and gives each entry its type's facts.
func (lx *lexicon) index() {
	lx.words.addClasses()
	kinds := map[string]*typeKind{}
	for w, es := range lx.first {
		lx.words.entry(w).first = es
		lx.words.entry(w + "ا").acc = es
		for _, e := range es {
			k := kinds[e.typ]
			if k == nil {
				k = newTypeKind(e.typ, lx.types[e.typ])
				kinds[e.typ] = k
			}
			e.kind = k
			for i := range e.words {
				if ws := &e.words[i]; len(ws.forms) == 1 && !ws.single {
					ws.single = true
					for f := range ws.forms {
						ws.one = f
					}
				}
			}
		}
	}
	for w, lv := range lx.light {
		lx.words.entry(w).light = lv
	}
	lx.blockBit = lx.setBit(lx.block)
	done := map[*entry]bool{}
	for _, es := range lx.first {
		for _, e := range es {
			if !done[e] {
				done[e] = true
				e.needsBit, e.notBit = lx.setBit(e.needs), lx.setBit(e.not)
			}
		}
	}
}

func (lx *lexicon) parseLine(f []string) error {
	if strings.HasPrefix(f[0], "@") {
		if len(f) < 3 {
			return fmt.Errorf("type line wants @TYPE, PLOVER, CAMEO")
		}
		lx.types[f[0][1:]] = typeInfo{plover: f[1], cameo: f[2]}
		return nil
	}
	if len(f) < 3 {
		return fmt.Errorf("want at least three columns, got %d", len(f))
	}
	switch f[0] {
	case "LIGHT":
		lv := &lightVerb{}
		if f[1] != "*" {
			lv.types = map[string]bool{}
			for _, t := range strings.Split(f[1], ",") {
				if _, ok := lx.types[t]; !ok {
					return fmt.Errorf("light verb for unknown type %q", t)
				}
				lv.types[t] = true
			}
		}
		for _, w := range conjugate(f[2]) {
			lx.light[w] = lv
			lx.lightFilter.Add(w)
		}
		// the dual past (ثم عقدا مؤتمرا صحفيا), which for triggers reads
		// too often as a participle
		if p := strings.Split(f[2], "|")[0]; !strings.HasSuffix(p, "ى") && !strings.HasSuffix(p, "ا") {
			lx.light[form(p+"ا")] = lv
			lx.lightFilter.Add(form(p + "ا"))
		}
		return nil
	case "BLOCK":
		for _, w := range strings.Split(f[2], "/") {
			if strings.Contains(w, "|") {
				for _, v := range conjugate(w) {
					lx.block[v] = true
				}
				continue
			}
			lx.block[form(w)] = true
		}
		return nil
	}
	if _, ok := lx.types[f[0]]; !ok && f[0] != noEvent {
		return fmt.Errorf("unknown event type %q (declare it with @%s)", f[0], f[0])
	}
	e := &entry{typ: f[0]}
	switch f[1] {
	case "verb":
		e.words = []wordSet{verbSet(f[2])}
		e.verbal = true
	case "noun":
		ws := wordSet{forms: map[string]bool{}}
		for _, w := range strings.Split(f[2], "/") {
			ws.forms[form(w)] = true
		}
		e.words = []wordSet{ws}
	case "phrase":
		gap := false
		for _, w := range strings.Fields(f[2]) {
			if w == "*" {
				gap = true
				continue
			}
			if strings.HasPrefix(w, "^") {
				e.head = len(e.words)
				w = w[1:]
			}
			var ws wordSet
			if strings.Contains(w, "|") {
				ws = verbSet(w)
				e.verbal = true
			} else {
				ws = wordSet{forms: map[string]bool{form(w): true}}
			}
			ws.gap = gap
			gap = false
			e.words = append(e.words, ws)
		}
		if len(e.words) == 0 || e.words[0].gap || len(e.words) > maxWords {
			return fmt.Errorf("phrase empty, starting with *, or longer than %d words", maxWords)
		}
	default:
		return fmt.Errorf("unknown class %q (verb, noun, phrase)", f[1])
	}
	for _, opt := range f[3:] {
		switch {
		case opt == "":
		case opt == "weak":
			e.weak = true
		case opt == "far":
			e.far = true
		case opt == "place":
			e.place = true
		case strings.HasPrefix(opt, "not="):
			e.not = map[string]bool{}
			for _, w := range strings.Split(strings.TrimPrefix(opt, "not="), "/") {
				e.not[form(w)] = true
			}
		case strings.HasPrefix(opt, "cameo="):
			e.cameo = strings.TrimPrefix(opt, "cameo=")
		case strings.HasPrefix(opt, "needs="):
			e.needs = map[string]bool{}
			for _, w := range strings.Split(strings.TrimPrefix(opt, "needs="), "/") {
				e.needs[form(w)] = true
			}
		default:
			return fmt.Errorf("unknown option %q", opt)
		}
	}
	for w := range e.words[0].forms {
		lx.first[w] = append(lx.first[w], e)
	}
	return nil
}

func verbSet(spec string) wordSet {
	ws := wordSet{forms: map[string]bool{}, verb: true}
	for _, w := range conjugate(spec) {
		ws.forms[w] = true
	}
	return ws
}

// conjugate derives, from "past|present[|present…]" in ordinary spelling,
// the matching forms of the third-person past (singular, dual, plural,
// masculine and feminine) and of the present (all persons but the second
// plural feminine). Future سـ and attached pronouns are left to the
// clitic analyses of the tokeniser; a defective past gets its stem before
// pronouns (التقى → التقا، as in التقاهم).
func conjugate(spec string) []string {
	parts := strings.Split(spec, "|")
	var out []string
	add := func(ws ...string) {
		for _, w := range ws {
			out = append(out, form(w))
		}
	}
	p := strings.TrimSpace(parts[0])
	switch {
	case strings.HasSuffix(p, "ى"):
		b := strings.TrimSuffix(p, "ى")
		add(p, b+"ت", b+"وا", b+"يا", b+"ا", b+"تا")
	case strings.HasSuffix(p, "ا") && utf8.RuneCountInString(p) == 3:
		b := strings.TrimSuffix(p, "ا")
		add(p, b+"ت", b+"وا", b+"تا")
	default:
		// no dual in ـا: it reads far more often as an adverbial
		// participle (طالبا، مشيرا)
		add(p, p+"ت", p+"وا", p+"تا")
	}
	for _, pr := range parts[1:] {
		pr = strings.TrimSpace(pr)
		s := strings.TrimPrefix(pr, "ي")
		for _, pre := range []string{"ي", "ت", "ن", "أ"} {
			add(pre + s)
		}
		switch {
		case strings.HasSuffix(s, "ي"):
			b := strings.TrimSuffix(s, "ي")
			add("ي"+b+"ون", "ت"+b+"ون", "ي"+b+"وا", "ي"+s+"ان", "ت"+s+"ان")
		case strings.HasSuffix(s, "و"):
			b := strings.TrimSuffix(s, "و")
			add("ي"+b+"ون", "ي"+b+"وا", "ي"+s+"ان", "ت"+s+"ان")
		default:
			add("ي"+s+"ون", "ت"+s+"ون", "ي"+s+"وا", "ي"+s+"ان", "ت"+s+"ان")
		}
	}
	return out
}

// match is a trigger found in the tokens.
type match struct {
	e *entry
	// toks[:n] are the token indices of the entry's words.
	toks [maxWords]int
	n    int
	// an is the analysis of the first word that matched.
	an *token.Analysis
}

// matchWord reports whether token t is a form of ws, and with which
// clitic analysis (the one keeping the longest stem).
func matchWord(t *token.Token, ws *wordSet) (*token.Analysis, bool) {
	var best *token.Analysis
	ok := false
	for i := range t.Analyses {
		an := &t.Analyses[i]
		if ws.verb && an.Article {
			continue
		}
		hit := ws.has(an.Stem)
		if !hit && !ws.verb {
			// accusative tanween: اجتماعا، اتفاقا
			if s, cut := strings.CutSuffix(an.Stem, "ا"); cut && len(s) > 4 {
				hit = ws.has(s)
			}
		}
		if hit && (!ok || len(an.Stem) > len(best.Stem)) {
			best, ok = an, true
		}
	}
	return best, ok
}

// isLight returns the light verb token t is, if any, and its analysis.
func (lx *lexicon) isLight(t *token.Token) (*lightVerb, *token.Analysis) {
	for i := range t.Analyses {
		an := &t.Analyses[i]
		if an.Article {
			continue
		}
		if !lx.lightFilter.May(an.Stem) {
			continue
		}
		if lv := lx.light[an.Stem]; lv != nil {
			return lv, an
		}
	}
	return nil, nil
}

// hasStem reports whether one of t's readings is in set.
func hasStem(t *token.Token, set map[string]bool) bool {
	for i := range t.Analyses {
		an := &t.Analyses[i]
		if set[an.Stem] {
			return true
		}
		if s, cut := strings.CutSuffix(an.Stem, "ا"); cut && set[s] {
			return true
		}
	}
	return false
}
