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
		بنغازي بيت بين بعد بعض بل بلد بلاد بيان بيانا بطوله بنك باب بحر بحث برنامج بلدان بدايه بعيد
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
	return analyze(dst, w, lex, false)
}

// analyze is Analyze; known reports that the caller has found w in its
// lexicon already (it then passes a nil lex, so none is asked again).
func analyze(dst []Analysis, w string, lex Lexicon, known bool) []Analysis {
	dst = append(dst, Analysis{Stem: w, ID: -1})
	if !atLeastRunes(w, minStem+1) {
		return dst
	}
	// Only the proclitics that start with w's first letter and the
	// enclitics that end with its last can match: most words have none
	// of either, and need neither the lists nor the lexicon.
	first, _ := decodeRune(w, 0)
	last := decodeLastRune(w)
	procs := procliticsFor(first)
	encs := encliticsFor(last)
	if len(procs) == 0 && len(encs) == 0 {
		return dst
	}
	if known || isProtected(w, lex) {
		return dst
	}
	for _, p := range procs {
		if !strings.HasPrefix(w, p.text) {
			continue
		}
		rest := w[len(p.text):]
		if !atLeastRunes(rest, minStem) {
			continue
		}
		if p.future && !startsImperfect(rest) {
			continue
		}
		dst = append(dst, Analysis{Prefix: p.text, Stem: rest, Article: p.article, ID: -1})
		if !p.article {
			// A definite noun takes no pronoun suffix, so none is
			// tried after ال.
			dst = appendEnclitic(dst, encs, p.text, rest)
		}
	}
	return appendEnclitic(dst, encs, "", w)
}

// appendEnclitic adds the readings of stem with an attached pronoun, trying
// encs (the enclitics that end with stem's last letter).
func appendEnclitic(dst []Analysis, encs []string, prefix, stem string) []Analysis {
	for _, e := range encs {
		if !strings.HasSuffix(stem, e) {
			continue
		}
		s := stem[:len(stem)-len(e)]
		if !atLeastRunes(s, minStem) {
			continue
		}
		dst = append(dst, Analysis{Prefix: prefix, Stem: s, Suffix: e, ID: -1})
		// A feminine noun keeps its ta marbuta as ت before a pronoun
		// (زيارته = زيارة + ه): offer the dictionary form too.
		if strings.HasSuffix(s, "ت") {
			dst = append(dst, Analysis{Prefix: prefix, Stem: s[:len(s)-len("ت")] + "ه", Suffix: e, ID: -1})
		}
	}
	return dst
}

// atLeastRunes reports whether s has at least n code points, as
// utf8.RuneCountInString(s) >= n but stopping as soon as it knows: it
// counts the bytes that start a code point (any but 10xxxxxx), which for
// valid UTF-8 is the same thing.
func atLeastRunes(s string, n int) bool {
	if n <= 0 {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			if n--; n == 0 {
				return true
			}
		}
	}
	return false
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
