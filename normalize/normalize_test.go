package normalize

import (
	"github.com/newsx/newsx/internal/benchutil"
	"strings"
	"testing"
	"unicode/utf8"
)

// ruleCases hold one case per rule and letter, each with the rule on and
// off, so that switching a rule off is shown to change exactly its letters.
var ruleCases = []struct {
	name string
	off  func(*Options)
	in   string
	want string // default options
	kept string // with the rule off
}{
	{"nfkc lam-alef ligature", func(o *Options) { o.NFKC = false }, "ﻻ", "لا", "ﻻ"},
	{"nfkc allah ligature", func(o *Options) { o.NFKC = false }, "ﷲ", "الله", "ﷲ"},
	{"nfkc isolated beh", func(o *Options) { o.NFKC = false }, "ﺏ", "ب", "ﺏ"},
	{"nfkc final teh marbuta", func(o *Options) { o.NFKC = false }, "ﺔ", "ه", "ﺔ"},
	{"nfkc fullwidth latin", func(o *Options) { o.NFKC = false }, "ＮＡＴＯ", "NATO", "ＮＡＴＯ"},
	{"nfkc salla ligature", func(o *Options) { o.NFKC = false }, "ﷺ", "صلي الله عليه وسلم", "ﷺ"},
	{"tatweel", func(o *Options) { o.Tatweel = false }, "جنـــيف", "جنيف", "جنـــيف"},
	{"tatweel single", func(o *Options) { o.Tatweel = false }, "الـناتو", "الناتو", "الـناتو"},
	{"fatha", func(o *Options) { o.Diacritics = false }, "كَتب", "كتب", "كَتب"},
	{"damma", func(o *Options) { o.Diacritics = false }, "كُتب", "كتب", "كُتب"},
	{"kasra", func(o *Options) { o.Diacritics = false }, "مِن", "من", "مِن"},
	{"sukun", func(o *Options) { o.Diacritics = false }, "مِنْ", "من", "مِنْ"},
	{"shadda", func(o *Options) { o.Diacritics = false }, "عمّان", "عمان", "عمّان"},
	{"tanween fath", func(o *Options) { o.Diacritics = false }, "شكراً", "شكرا", "شكراً"},
	{"tanween damm", func(o *Options) { o.Diacritics = false }, "كتابٌ", "كتاب", "كتابٌ"},
	{"tanween kasr", func(o *Options) { o.Diacritics = false }, "كتابٍ", "كتاب", "كتابٍ"},
	{"superscript alef", func(o *Options) { o.Diacritics = false }, "هٰذا", "هذا", "هٰذا"},
	{"quranic small high seen", func(o *Options) { o.Diacritics = false }, "اللهۜ", "الله", "اللهۜ"},
	{"quranic small waw", func(o *Options) { o.Diacritics = false }, "هۥ", "ه", "هۥ"},
	{"honorific sign", func(o *Options) { o.Diacritics = false }, "محمد\u0610", "محمد", "محمد\u0610"},
	{"full vocalisation", func(o *Options) { o.Diacritics = false }, "السَّفِيرُ", "السفير", "السَّفِيرُ"},
	{"alef hamza above", func(o *Options) { o.Alef = false }, "أكتوبر", "اكتوبر", "أكتوبر"},
	{"alef hamza below", func(o *Options) { o.Alef = false }, "إبريل", "ابريل", "إبريل"},
	{"alef madda", func(o *Options) { o.Alef = false }, "آذار", "اذار", "آذار"},
	{"alef wasla", func(o *Options) { o.Alef = false }, "ٱلله", "الله", "ٱلله"},
	{"alef maqsura", func(o *Options) { o.AlefMaqsura = false }, "إلى", "الي", "الى"},
	{"alef maqsura name", func(o *Options) { o.AlefMaqsura = false }, "مصطفى", "مصطفي", "مصطفى"},
	{"ta marbuta", func(o *Options) { o.TaMarbuta = false }, "زيارة", "زياره", "زيارة"},
	{"ta marbuta in phrase", func(o *Options) { o.TaMarbuta = false }, "اللجنة الدولية", "اللجنه الدوليه", "اللجنة الدولية"},
	{"hamza on waw", func(o *Options) { o.Hamza = false }, "شؤون", "شءون", "شؤون"},
	{"hamza on ya", func(o *Options) { o.Hamza = false }, "شئون", "شءون", "شئون"},
	{"mas'ul egyptian", func(o *Options) { o.Hamza = false }, "مسئول", "مسءول", "مسئول"},
	{"mas'ul levantine", func(o *Options) { o.Hamza = false }, "مسؤول", "مسءول", "مسؤول"},
	{"hamza alone kept", func(o *Options) { o.Hamza = false }, "سماء", "سماء", "سماء"},
	{"keheh", func(o *Options) { o.Persian = false }, "کابل", "كابل", "کابل"},
	{"farsi yeh", func(o *Options) { o.Persian = false }, "ایران", "ايران", "ایران"},
	{"farsi yeh final", func(o *Options) { o.Persian = false; o.AlefMaqsura = false }, "موسی", "موسي", "موسی"},
	{"ae", func(o *Options) { o.Persian = false }, "هەولێر", "ههولێر", "هەولێر"},
	{"heh with yeh", func(o *Options) { o.Persian = false }, "خانۀ", "خانه", "خانۀ"},
	{"peh", func(o *Options) { o.Persian = false }, "سپتمبر", "سبتمبر", "سپتمبر"},
	{"veh", func(o *Options) { o.Persian = false }, "جنيڤ", "جنيف", "جنيڤ"},
	{"tcheh", func(o *Options) { o.Persian = false }, "چاد", "جاد", "چاد"},
	{"gaf", func(o *Options) { o.Persian = false }, "گوگل", "كوكل", "گوگل"},
	{"arabic-indic digits", func(o *Options) { o.Digits = false }, "٢٠٢٥", "2025", "٢٠٢٥"},
	{"persian digits", func(o *Options) { o.Digits = false }, "۱۴۰۴", "1404", "۱۴۰۴"},
	{"decimal separator", func(o *Options) { o.Digits = false }, "٣٫٥", "3.5", "٣٫٥"},
	{"thousands separator", func(o *Options) { o.Digits = false }, "١٬٥٠٠", "1,500", "١٬٥٠٠"},
	{"ascii digits kept", func(o *Options) { o.Digits = false }, "23/10", "23/10", "23/10"},
	{"zwnj", func(o *Options) { o.Controls = false }, "می\u200cخواهم", "ميخواهم", "مي\u200cخواهم"},
	{"zwj", func(o *Options) { o.Controls = false }, "ب\u200dا", "با", "ب\u200dا"},
	{"lrm", func(o *Options) { o.Controls = false }, "NATO\u200e", "NATO", "NATO\u200e"},
	{"rlm", func(o *Options) { o.Controls = false }, "\u200fجنيف", "جنيف", "\u200fجنيف"},
	{"alm", func(o *Options) { o.Controls = false }, "\u061c23", "23", "\u061c23"},
	{"bom", func(o *Options) { o.Controls = false }, "\ufeffخبر", "خبر", "\ufeffخبر"},
	{"bidi isolate", func(o *Options) { o.Controls = false }, "\u2067ICRC\u2069", "ICRC", "\u2067ICRC\u2069"},
	{"bidi embedding", func(o *Options) { o.Controls = false }, "\u202bنص\u202c", "نص", "\u202bنص\u202c"},
	{"spaces folded", func(o *Options) { o.Whitespace = false }, "في   جنيف", "في جنيف", "في   جنيف"},
	{"nbsp folded", func(o *Options) { o.Whitespace = false }, "في\u00a0جنيف", "في جنيف", "في جنيف"}, // NFKC still maps NBSP to a space,
	{"tab folded", func(o *Options) { o.Whitespace = false }, "في\tجنيف", "في جنيف", "في\tجنيف"},
	{"line break kept", func(o *Options) { o.Whitespace = false }, "عنوان \n نص", "عنوان\nنص", "عنوان \n نص"},
	{"blank line kept as paragraph", func(o *Options) { o.Whitespace = false }, "أ\n\n\n\nب", "ا\n\nب", "ا\n\n\n\nب"},
	{"crlf", func(o *Options) { o.Whitespace = false }, "أ\r\nب", "ا\nب", "ا\r\nب"},
}

func TestRules(t *testing.T) {
	for _, c := range ruleCases {
		t.Run(c.name, func(t *testing.T) {
			if got := Normalize(c.in).Form; got != c.want {
				t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
			}
			o := Default()
			c.off(&o)
			if got := o.Normalize(c.in).Form; got != c.kept {
				t.Errorf("with rule off: Normalize(%q) = %q, want %q", c.in, got, c.kept)
			}
		})
	}
}

func TestZeroOptionsIsIdentity(t *testing.T) {
	for _, c := range ruleCases {
		if got := (Options{}).Normalize(c.in).Form; got != c.in {
			t.Errorf("zero Options changed %q to %q", c.in, got)
		}
	}
}

func TestSpellingsMeet(t *testing.T) {
	pairs := [][2]string{
		{"شئون", "شؤون"}, {"مسئول", "مسؤول"}, {"أمريكا", "امريكا"}, {"إبريل", "أبريل"},
		{"الولايات المتحدة الأمريكية", "الولايات  المتحدة الامريكيه"}, {"مصطفى", "مصطفي"},
		{"جنيڤ", "جنيف"}, {"سپتمبر", "سبتمبر"}, {"٢٣ أكتوبر", "23 اكتوبر"},
	}
	for _, p := range pairs {
		if a, b := Word(p[0]), Word(p[1]); a != b {
			t.Errorf("%q → %q and %q → %q should meet", p[0], a, p[1], b)
		}
	}
}

// TestOffsets checks that spans found on the matching form map back to the
// original text they came from.
func TestOffsets(t *testing.T) {
	cases := []struct {
		in, find, orig string
	}{
		{"قام السَّفِيرُ بوريس", "السفير", "السَّفِيرُ"},
		{"في جنـــيف اليوم", "جنيف", "جنـــيف"},
		{"رحب \u200fالمسئولون", "المسءولون", "المسئولون"},
		{"عام ٢٠٢٥ م", "2025", "٢٠٢٥"},
		{"ﷲ أكبر", "الله", "ﷲ"},
		{"نص   طويل", "نص طويل", "نص   طويل"},
		{"\ufeffخبر عاجل", "خبر", "خبر"},
		{"اللجنة الدولية للصليب الأحمر (ICRC)", "ICRC", "ICRC"},
	}
	for _, c := range cases {
		tx := Normalize(c.in)
		form := []rune(tx.Form)
		i := strings.Index(tx.Form, c.find)
		if i < 0 {
			t.Fatalf("%q not in form %q", c.find, tx.Form)
		}
		start := utf8.RuneCountInString(tx.Form[:i])
		end := start + utf8.RuneCountInString(c.find)
		s, e := tx.Map.Span(start, end)
		if got := string([]rune(c.in)[s:e]); got != c.orig {
			t.Errorf("span of %q in %q maps to %q, want %q (form %q)", c.find, c.in, got, c.orig, string(form))
		}
	}
}

func TestOffsetMapEdges(t *testing.T) {
	tx := Normalize("")
	if tx.Map.Len() != 0 || tx.Map.OriginalLen() != 0 {
		t.Fatalf("empty text: len %d/%d", tx.Map.Len(), tx.Map.OriginalLen())
	}
	if s, e := tx.Map.Span(0, 0); s != 0 || e != 0 {
		t.Errorf("empty span = %d,%d", s, e)
	}
	tx = Normalize("ًً") // only marks: the form is empty, the original is not
	if tx.Form != "" || tx.Map.OriginalLen() != 2 {
		t.Errorf("marks only: form %q, orig len %d", tx.Form, tx.Map.OriginalLen())
	}
	if p := tx.Map.Pos(5); p != 2 {
		t.Errorf("Pos past end = %d, want 2", p)
	}
}

// checkMap asserts the offset-map invariants on any input.
func checkMap(t *testing.T, in string) {
	t.Helper()
	tx := Normalize(in)
	orig := []rune(in)
	n := tx.Map.Len()
	if n != utf8.RuneCountInString(tx.Form) {
		t.Fatalf("map has %d entries, form %d runes", n, utf8.RuneCountInString(tx.Form))
	}
	if tx.Map.OriginalLen() != len(orig) {
		t.Fatalf("original length %d, want %d", tx.Map.OriginalLen(), len(orig))
	}
	prevS, prevE := 0, 0
	for i := 0; i < n; i++ {
		s, e := tx.Map.Span(i, i+1)
		if s < 0 || e > len(orig) || s >= e {
			t.Fatalf("rune %d maps to bad range %d-%d (orig %d)", i, s, e, len(orig))
		}
		if s < prevS || e < prevE {
			t.Fatalf("rune %d maps to %d-%d, before %d-%d: not monotonic", i, s, e, prevS, prevE)
		}
		prevS, prevE = s, e
		// Mapping back gives the original substring the rune came from:
		// normalising that substring yields the rune again.
		if r := []rune(tx.Form)[i]; !strings.ContainsRune(Normalize(string(orig[s:e])).Form, r) && r != ' ' {
			t.Fatalf("rune %d %q maps to %q, which does not normalise to it", i, r, string(orig[s:e]))
		}
	}
	if n > 0 {
		s, e := tx.Map.Span(0, n)
		if s < 0 || e > len(orig) || s > e {
			t.Fatalf("whole span %d-%d out of range", s, e)
		}
		// Mapping the whole form back covers what it was made from.
		_ = string(orig[s:e])
	}
	// Normalising is idempotent: the matching form is its own form.
	if again := Normalize(tx.Form).Form; again != tx.Form {
		t.Fatalf("not idempotent: %q → %q → %q", in, tx.Form, again)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, c := range ruleCases {
		f.Add(c.in)
	}
	f.Add("\xff\xfe invalid \xc3")
	f.Add("مساعد الأمين العام لحلف شمال الأطلسي (الناتو) للشئون السياسية")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		checkMap(t, s)
	})
}

// benchText builds about n bytes of Arabic news-style text with the
// features the rules handle (diacritics, hamza seats, digits, tatweel).
func benchText(n int) string {
	para := "قام السفيرُ بزيارة رسمية إلى مدينة جنيف السويسرية يومي ٢٣ و٢٤ من أكتوبر الجاري، " +
		"وأكد المسئولون في شؤون الأمن أن الاجتماعات تناولت سبل تعزيز التعاون مع اللجنة الدولية للصليب الأحمر (ICRC).\n" +
		"وقال وزير الخارجيـة إن الحوار السياسي مستمر منذ عام 2024 وإن الجولة المقبلة ستُعقد في آذار.\n\n"
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(para)
	}
	return b.String()
}

func BenchmarkNormalize(b *testing.B) {
	text := benchText(1 << 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu := benchutil.StartCPU()
	for b.Loop() {
		Normalize(text)
	}
	cpu.Report(b, len(text))
}

// FuzzWord checks Word's fast path against the general one.
func FuzzWord(f *testing.F) {
	for _, s := range []string{"الأمم", "وزارةُ", "NATO", "ـجنيف", "ٱلقدس", "ﻻ", "a b", "a  b", "ًا ب", "مجلس  الأمن الدولي", "ۺ", "\x01", "إِلَى"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := Default().Normalize(strings.TrimSpace(s)).Form
		if got := Word(s); got != want {
			t.Fatalf("Word(%q) = %q, want %q", s, got, want)
		}
	})
}
