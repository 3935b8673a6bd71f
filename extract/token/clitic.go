package token

import (
	"strings"
	"unicode/utf8"
)

// Analysis is one way to read an Arabic word as proclitics + stem +
// enclitics. All strings are substrings of the word's matching form, so an
// analysis costs no allocation.
//
// Proclitics are the conjunctions و and ف, the prepositions ب ك ل, the
// future marker س and the definite article ال (inside لل the article's
// alef is not written). Enclitics are the attached pronouns (ه ها هم هما
// هن كم كما كن نا ني ي).
type Analysis struct {
	// Prefix is the proclitic letters as written (وبال, لل, فس).
	Prefix string
	// Stem is the word without its clitics and without the article.
	Stem string
	// Suffix is the enclitic pronoun as written, if any.
	Suffix string
	// Article reports that the prefix ends in the definite article
	// (ال, or the لل that fuses ل with ال).
	Article bool
	// ID is the stem's id in the vocabulary of the tokenizer that made
	// the analysis (see Vocabulary and Tokens.Vocabulary), -1 for a stem
	// it does not hold. It means nothing when Tokens.Vocabulary is nil.
	ID int32
}

// Split reports whether the analysis removes anything from the word.
func (a Analysis) Split() bool { return a.Prefix != "" || a.Suffix != "" }

// Definite returns the stem with the article when the analysis found one
// (بالناتو → الناتو), else the stem. It allocates only in the first case.
func (a Analysis) Definite() string {
	if a.Article {
		return "ال" + a.Stem
	}
	return a.Stem
}

// Lexicon tells the analyser which whole words are known, so it never
// splits a word whose first letters merely look like a proclitic (بغداد,
// لبنان, كندا, فلسطين, بوريس).
type Lexicon interface {
	Known(word string) bool
}

// LexiconFunc adapts a function to the Lexicon interface.
type LexiconFunc func(string) bool

// Known implements Lexicon.
func (f LexiconFunc) Known(w string) bool { return f(w) }

// protected holds frequent news words whose leading letters look like a
// proclitic but belong to the word. Matching forms (ة → ه, أ → ا).
var protected = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`بغداد بيروت برلين باريس بكين بروكسل بريطانيا بلجيكا بولندا بوتين بايدن بوريس
		بلغاريا بنغلاديش بنما بيرو بوليفيا بورما بوروندي بنين بوتان بروناي بلاروسيا باكستان البحرين بورسعيد
		بنغازي بيت بين بعد بعض بل بلد بلاد بيان بيانا بطوله بنك بنوك باب بحر بحث برنامج بلدان بدايه بعيد
		لبنان ليبيا لندن لاهاي لاتفيا ليتوانيا لوكسمبورغ ليختنشتاين ليسوتو ليبيريا لاوس لشبونه لوس ليون
		لافروف لجنه لقاء لكن لدي لذلك لان لم لن لا له لها لهم ليس لعب لاعب لواء
		كندا كوبا كوريا كينيا كولومبيا كرواتيا كمبوديا كازاخستان كوسوفو كابول كراتشي كييف كيبيك كاليفورنيا
		كان كانت كل كما كلمه كبير كبيره كلا كيف كثير كتاب كرس
		فلسطين فرنسا فنلندا فنزويلا فيتنام فيجي فيينا فرانكفورت فلوريدا فاس فيلق
		في فيه فيها فقط فوق فريق فتره فرصه فعل فكره
		وزير وزيره وزاره واشنطن وارسو ولايه وكاله وقت وضع وطن وفد وفاه وسط ولي وجود وصول وقف وحده
		سوريا سويسرا السودان سيول سنغافوره سلوفاكيا سلوفينيا صربيا سيناء سرت سوتشي سبتمبر سنه سنوات ساعه ساعات سياسه سلام سلاح سعر سوق سفير
		الله ال`) {
		protected[w] = true
		protectedFilter.Add(w)
	}
}

func isProtected(w string, lex Lexicon) bool {
	if protectedFilter.May(w) && protected[w] {
		return true
	}
	return lex != nil && lex.Known(w)
}

var protectedFilter WordFilter

// enclitics, longest first, so هما is tried before ها and ه.
var enclitics = []string{"هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ي"}

// proclitic is one candidate proclitic sequence.
type proclitic struct {
	text    string
	article bool
	future  bool // س: only before an imperfect-verb prefix
	// bits and mask are text as first8 reads it and the bytes it covers,
	// so that matching the start of a word is one comparison.
	bits, mask uint64
}

// proclitics, longest first. The combinations follow Arabic morphotactics:
// conjunction (و ف) + preposition (ب ك ل) or future (س) + article (ال).
var proclitics = func() []proclitic {
	var ps []proclitic
	for _, conj := range []string{"", "و", "ف"} {
		for _, prep := range []string{"", "ب", "ك", "ل"} {
			ps = append(ps, proclitic{text: conj + prep + "ال", article: true})
			if prep == "" && conj == "" {
				continue
			}
			ps = append(ps, proclitic{text: conj + prep})
		}
		ps = append(ps, proclitic{text: conj + "لل", article: true})
		ps = append(ps, proclitic{text: conj + "س", future: true})
	}
	// Longest first, stable within a length so ال-readings come first.
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && len(ps[j].text) > len(ps[j-1].text); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
	return ps
}()

// minStem is the fewest code points a stem may keep. Two-letter stems are
// too often false splits (ومن is not و + من in most contexts, but it can
// be; a two-letter stem is still allowed: see stemOK).
const minStem = 2

// Analyze appends to dst the clitic analyses of the Arabic word w (matching
// form) and returns the extended slice. The first analysis is always the
// whole word; when lex knows the whole word, it is the only one.
func Analyze(dst []Analysis, w string, lex Lexicon) []Analysis {
	return analyze(dst, w, startBytes(w), lex, false)
}

// analyze is Analyze for a word of n code points (as startBytes counts
// them), which Tokenize knows from scanning the word. Every part of w
// the analyses cut off is whole Arabic letters, two bytes each, so the
// stem lengths the rules check follow from n without counting again.
// known reports that the caller has found w in its lexicon already (it
// then passes a nil lex, so none is asked again).
func analyze(dst []Analysis, w string, n int, lex Lexicon, known bool) []Analysis {
	dst = push(dst, "", w, "", false)
	if n < minStem+1 {
		return dst
	}
	// Only the proclitics that start with w's first letter and the
	// enclitics that end with its last can match: most words have none
	// of either, and need neither the lists nor the lexicon.
	procs := procliticsFor(firstLetter(w))
	encs := encliticsFor(lastLetter(w))
	if len(procs) == 0 && len(encs) == 0 {
		return dst
	}
	// The enclitics that end w end every stem taken from it: try them
	// against w once rather than against each stem.
	var em encMatch
	for k, e := range encs {
		if strings.HasSuffix(w, e) {
			em.on |= 1 << k
			if strings.HasSuffix(w[:len(w)-len(e)], "ت") {
				em.ta |= 1 << k
			}
		}
	}
	whole := len(dst)
	if len(procs) > 0 {
		head := first8(w)
		for i := range procs {
			p := &procs[i]
			if len(w) < len(p.text) || head&p.mask != p.bits {
				continue
			}
			rn := n - len(p.text)/2 // code points of rest
			if rn < minStem {
				continue
			}
			rest := w[len(p.text):]
			if p.future && !startsImperfect(rest) {
				continue
			}
			dst = push(dst, p.text, rest, "", p.article)
			if !p.article && em.on != 0 {
				// A definite noun takes no pronoun suffix, so none is
				// tried after ال.
				dst = appendEnclitic(dst, encs, em, p.text, rest, rn)
			}
		}
	}
	if em.on != 0 {
		dst = appendEnclitic(dst, encs, em, "", w, n)
	}
	// The lexicon is asked only when the rules split the word: a word
	// they leave whole has its one analysis either way. Readings already
	// written are cleared, as the analysis blocks are kept zero past
	// their length.
	if len(dst) > whole && (known || isProtected(w, lex)) {
		clear(dst[whole:])
		dst = dst[:whole]
	}
	return dst
}

// push appends an analysis to dst, field by field: appending a composite
// literal builds it aside and copies it, for every analysis of every
// word.
func push(dst []Analysis, prefix, stem, suffix string, article bool) []Analysis {
	if len(dst) < cap(dst) {
		dst = dst[:len(dst)+1]
	} else {
		dst = append(dst, Analysis{})
	}
	a := &dst[len(dst)-1]
	a.Prefix, a.Stem, a.Suffix, a.Article = prefix, stem, suffix, article
	return dst
}

// encMatch records which of a word's candidate enclitics end it (bit k
// for encs[k]) and which of those follow a ت.
type encMatch struct{ on, ta uint16 }

// appendEnclitic adds the readings of stem (sn code points, a suffix of
// the word em was made for) with an attached pronoun, trying the
// enclitics em found at the end of the word.
func appendEnclitic(dst []Analysis, encs []string, em encMatch, prefix, stem string, sn int) []Analysis {
	for k, e := range encs {
		if em.on&(1<<k) == 0 || len(stem) < len(e) || sn-len(e)/2 < minStem {
			continue
		}
		s := stem[:len(stem)-len(e)]
		dst = push(dst, prefix, s, e, false)
		// A feminine noun keeps its ta marbuta as ت before a pronoun
		// (زيارته = زيارة + ه): offer the dictionary form too.
		if em.ta&(1<<k) != 0 {
			dst = push(dst, prefix, s[:len(s)-len("ت")]+"ه", e, false)
		}
	}
	return dst
}

// startBytes counts the bytes of s that start a code point (any but
// 10xxxxxx), which for valid UTF-8 is its number of code points.
func startBytes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// first8 returns the first eight bytes of s (fewer, zero-padded, when s
// is shorter) as a little-endian number, for matching proclitics.
func first8(s string) uint64 {
	if len(s) >= 8 {
		return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	}
	var x uint64
	for i := len(s) - 1; i >= 0; i-- {
		x = x<<8 | uint64(s[i])
	}
	return x
}

// firstLetter and lastLetter return the first and last code points of w
// when they are in U+0600–U+067F (two bytes, lead D8 or D9), which holds
// every letter a clitic starts or ends with, and 0 otherwise.
func firstLetter(w string) rune {
	if len(w) >= 2 && w[0]&^1 == 0xD8 && w[1]&0xC0 == 0x80 {
		return rune(w[0]&0x1F)<<6 | rune(w[1]&0x3F)
	}
	return 0
}

func lastLetter(w string) rune {
	if n := len(w); n >= 2 && w[n-2]&^1 == 0xD8 && w[n-1]&0xC0 == 0x80 {
		return rune(w[n-2]&0x1F)<<6 | rune(w[n-1]&0x3F)
	}
	return 0
}

// procliticsByFirst and encliticsByLast split the candidate lists by the
// letter a word must start or end with, each keeping the order of the
// full list (longest first), so the analyses come out in the same order.
var (
	procliticsByFirst [7][]proclitic // و ف ب ك ل س ا
	encliticsByLast   [5][]string    // ا م ن ي ه
)

func init() {
	for _, p := range proclitics {
		r, _ := utf8.DecodeRuneInString(p.text)
		k := procliticIndex(r)
		p.bits, p.mask = first8(p.text), 1<<(8*len(p.text))-1
		procliticsByFirst[k] = append(procliticsByFirst[k], p)
	}
	for _, e := range enclitics {
		r, _ := utf8.DecodeLastRuneInString(e)
		k := encliticIndex(r)
		encliticsByLast[k] = append(encliticsByLast[k], e)
	}
}

func procliticIndex(r rune) int {
	switch r {
	case 'و':
		return 0
	case 'ف':
		return 1
	case 'ب':
		return 2
	case 'ك':
		return 3
	case 'ل':
		return 4
	case 'س':
		return 5
	case 'ا':
		return 6
	}
	return -1
}

func encliticIndex(r rune) int {
	switch r {
	case 'ا':
		return 0
	case 'م':
		return 1
	case 'ن':
		return 2
	case 'ي':
		return 3
	case 'ه':
		return 4
	}
	return -1
}

func procliticsFor(r rune) []proclitic {
	if k := procliticIndex(r); k >= 0 {
		return procliticsByFirst[k]
	}
	return nil
}

func encliticsFor(r rune) []string {
	if k := encliticIndex(r); k >= 0 {
		return encliticsByLast[k]
	}
	return nil
}

// startsImperfect reports whether s starts with an imperfect-verb prefix
// (ي ت ن ا), the only context where a leading س is the future marker.
func startsImperfect(s string) bool {
	return strings.HasPrefix(s, "ي") || strings.HasPrefix(s, "ت") || strings.HasPrefix(s, "ن") || strings.HasPrefix(s, "ا")
}

func runeCount(s string) int { return utf8.RuneCountInString(s) }
