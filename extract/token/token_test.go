package token

import (
	"fmt"
	"github.com/newsx/newsx/internal/benchutil"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsx/newsx/normalize"
)

// cliticCases: a word (as written), and a reading that must be among its
// analyses ("prefix+stem+suffix", in matching form), or "=" for a word that
// must not be split at all.
var cliticCases = []struct{ word, want string }{
	// Protected words whose first letters look like proclitics.
	{"بغداد", "="}, {"لبنان", "="}, {"كندا", "="}, {"فلسطين", "="}, {"ليبيا", "="}, {"بوريس", "="},
	{"بيروت", "="}, {"برلين", "="}, {"باريس", "="}, {"كوريا", "="}, {"فرنسا", "="}, {"واشنطن", "="},
	{"بريطانيا", "="}, {"لندن", "="}, {"وزير", "="}, {"كابول", "="}, {"بنغازي", "="}, {"فيينا", "="},
	{"سويسرا", "="}, {"لاهاي", "="}, {"بلجيكا", "="}, {"كينيا", "="}, {"بولندا", "="}, {"بوتين", "="},
	// Prepositions.
	{"بجنيف", "ب+جنيف+"}, {"لجنيف", "ل+جنيف+"}, {"كجنيف", "ك+جنيف+"}, {"بدمشق", "ب+دمشق+"},
	{"لموسكو", "ل+موسكو+"}, {"بطهران", "ب+طهران+"}, {"لروجه", "ل+روجه+"}, {"بالقاهرة", "بال+قاهره+"},
	// Conjunctions.
	{"وجنيف", "و+جنيف+"}, {"فجنيف", "ف+جنيف+"}, {"وأشار", "و+اشار+"}, {"وأكد", "و+اكد+"}, {"فقال", "ف+قال+"},
	{"وزار", "و+زار+"}, {"واستقبل", "و+استقبل+"}, {"وبحث", "و+بحث+"}, {"وأعلن", "و+اعلن+"}, {"فأجاب", "ف+اجاب+"},
	// Article.
	{"الناتو", "ال+ناتو+"}, {"السويسرية", "ال+سويسريه+"}, {"الحلف", "ال+حلف+"}, {"الرياض", "ال+رياض+"},
	{"القاهرة", "ال+قاهره+"}, {"الهادئ", "ال+هادء+"}, {"الأمم", "ال+امم+"}, {"الخارجية", "ال+خارجيه+"},
	// ل + ال fused.
	{"للناتو", "لل+ناتو+"}, {"للصليب", "لل+صليب+"}, {"للسياسات", "لل+سياسات+"}, {"للشئون", "لل+شءون+"},
	{"للأمم", "لل+امم+"}, {"للدول", "لل+دول+"}, {"للرئيس", "لل+رءيس+"}, {"للجنة", "لل+جنه+"},
	// Conjunction + article, conjunction + preposition + article.
	{"والسويسرية", "وال+سويسريه+"}, {"والهادئ", "وال+هادء+"}, {"والمنظمات", "وال+منظمات+"}, {"فالحكومة", "فال+حكومه+"},
	{"وبالناتو", "وبال+ناتو+"}, {"وبالتالي", "وبال+تالي+"}, {"فبالرغم", "فبال+رغم+"}, {"وكالعادة", "وكال+عاده+"},
	{"وللناتو", "ولل+ناتو+"}, {"فللحكومة", "فلل+حكومه+"}, {"وللأمم", "ولل+امم+"}, {"فللرئيس", "فلل+رءيس+"},
	{"وبجنيف", "وب+جنيف+"}, {"ولجنيف", "ول+جنيف+"}, {"فبجنيف", "فب+جنيف+"}, {"وكذلك", "وك+ذلك+"},
	// Future marker, alone and after a conjunction.
	{"سيزور", "س+يزور+"}, {"ستعقد", "س+تعقد+"}, {"سنواصل", "س+نواصل+"}, {"سأزور", "س+ازور+"},
	{"وسيزور", "وس+يزور+"}, {"فسيعقد", "فس+يعقد+"}, {"وستستضيف", "وس+تستضيف+"}, {"وسنعمل", "وس+نعمل+"},
	// Enclitic pronouns.
	{"زيارته", "+زيارت+ه"}, {"زيارته", "+زياره+ه"}, {"التقاهم", "+التقا+هم"}, {"معهم", "+مع+هم"},
	{"بلادنا", "+بلاد+نا"}, {"حكومتها", "+حكومه+ها"}, {"رئيسها", "+رءيس+ها"}, {"كتابكم", "+كتاب+كم"},
	{"بينهما", "+بين+هما"}, {"أعضاؤه", "+اعضاء+ه"}, {"شعبكما", "+شعب+كما"}, {"أخبرني", "+اخبر+ني"},
	{"نساؤهن", "+نساء+هن"}, {"كتابي", "+كتاب+ي"},
	// Proclitic and enclitic together.
	{"وزيارته", "و+زياره+ه"}, {"بزيارتها", "ب+زياره+ها"}, {"لبلادنا", "ل+بلاد+نا"}, {"وحكومته", "و+حكومه+ه"},
	{"فيهم", "+في+هم"}, {"وبلادهم", "و+بلاد+هم"}, {"لرئيسها", "ل+رءيس+ها"}, {"بحضورهم", "ب+حضور+هم"},
	// Words that start or end with clitic-like letters but keep them in
	// their other readings: the whole word is always the first analysis.
	{"بيان", "+بيان+"}, {"كتاب", "+كتاب+"}, {"فريق", "+فريق+"}, {"ولاية", "+ولايه+"}, {"سلاح", "+سلاح+"},
	{"لقاء", "+لقاء+"}, {"وطن", "+وطن+"}, {"بحث", "+بحث+"}, {"سياسة", "+سياسه+"}, {"كلمة", "+كلمه+"},
	// Feminine nouns with pronouns recover their ta marbuta.
	{"حكومته", "+حكومه+ه"}, {"منظمتهم", "+منظمه+هم"}, {"وزارتها", "+وزاره+ها"}, {"بعثتنا", "+بعثه+نا"},
}

// notReadings: readings that must NOT be offered.
var notReadings = []struct{ word, reading string }{
	{"سوريا", "س+وريا+"},     // س is the future marker only before ي ت ن ا
	{"الناتو", "+الناتو+ه"},  // no suffix present
	{"الحكومة", "ال+حكوم+ه"}, // a definite noun takes no pronoun
	{"بك", "ب+ك+"},           // stems keep at least two letters
	{"لي", "ل+ي+"},
	{"بغداد", "ب+غداد+"}, {"لبنان", "ل+بنان+"}, {"كندا", "ك+ندا+"}, {"فلسطين", "ف+لسطين+"},
	{"ليبيا", "ل+يبيا+"}, {"بوريس", "ب+وريس+"},
}

func readings(w string, lex Lexicon) []string {
	var out []string
	for _, a := range Analyze(nil, normalize.Word(w), lex) {
		out = append(out, a.Prefix+"+"+a.Stem+"+"+a.Suffix)
	}
	return out
}

func TestClitics(t *testing.T) {
	for _, c := range cliticCases {
		t.Run(c.word+"/"+c.want, func(t *testing.T) {
			rs := readings(c.word, nil)
			if rs[0] != "+"+normalize.Word(c.word)+"+" {
				t.Fatalf("first analysis of %s is %s, want the whole word", c.word, rs[0])
			}
			if c.want == "=" {
				if len(rs) != 1 {
					t.Errorf("%s must not be split, got %v", c.word, rs)
				}
				return
			}
			for _, r := range rs {
				if r == c.want {
					return
				}
			}
			t.Errorf("%s: want reading %s among %v", c.word, c.want, rs)
		})
	}
}

func TestCliticNegatives(t *testing.T) {
	for _, c := range notReadings {
		for _, r := range readings(c.word, nil) {
			if r == c.reading {
				t.Errorf("%s: reading %s must not be offered", c.word, c.reading)
			}
		}
	}
}

func TestLexiconProtects(t *testing.T) {
	lex := LexiconFunc(func(w string) bool { return w == "بنزرت" })
	if rs := readings("بنزرت", lex); len(rs) != 1 {
		t.Errorf("a lexicon word must not be split: %v", rs)
	}
	if rs := readings("بنزرت", nil); len(rs) < 2 {
		t.Errorf("without the lexicon بنزرت offers ب+نزرت: %v", rs)
	}
}

func TestDefinite(t *testing.T) {
	for _, a := range Analyze(nil, normalize.Word("للناتو"), nil) {
		if a.Prefix == "لل" && a.Definite() != "الناتو" {
			t.Errorf("Definite() = %q, want الناتو", a.Definite())
		}
	}
}

func tokenize(s string) *Tokens {
	var tz Tokenizer
	return tz.Tokenize(normalize.Word(s))
}

func TestTokenKinds(t *testing.T) {
	cases := []struct{ in, want string }{
		{"قام السفير بزيارة", "word:قام word:السفير word:بزياره"},
		{"عام 2025.", "word:عام number:2025 punct:."},
		{"بلغ ١٬٥٠٠ دولار و٣٫٥ مليون", "word:بلغ number:1,500 word:دولار word:و number:3.5 word:مليون"},
		{"اللجنة الدولية (ICRC)،", "word:اللجنه word:الدوليه punct:( latin:ICRC punct:) punct:،"},
		{"قالت «نعم» ؛ ثم؟", "word:قالت punct:« word:نعم punct:» punct:؛ word:ثم punct:؟"},
		{"زوروا https://example.org/a?b=1.", "word:زوروا url:https://example.org/a?b=1 punct:."},
		{"www.nato.int، ثم", "url:www.nato.int punct:، word:ثم"},
		{"راسلوا info@example.com اليوم", "word:راسلوا url:info@example.com word:اليوم"},
		{"U.S. و COVID-19", "latin:U.S. word:و latin:COVID-19"},
		{"الساعة 15:30", "word:الساعه number:15 punct:: number:30"},
		{"23/10/2025", "number:23 punct:/ number:10 punct:/ number:2025"},
		{"انتهى...", "word:انتهي punct:..."},
		{"انتهى…", "word:انتهي punct:..."}, // NFKC spells the ellipsis out
		{"نسبة 5%", "word:نسبه number:5 punct:%"},
		{"شارك4026", "word:شارك number:4026"},
		{"O'Brien قال", "latin:O'Brien word:قال"},
	}
	for _, c := range cases {
		var got []string
		for _, tk := range tokenize(c.in).List {
			got = append(got, tk.Kind.String()+":"+tk.Text)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("Tokenize(%q)\n got %s\nwant %s", c.in, g, c.want)
		}
	}
}

func TestSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string // sentences as space-joined tokens
	}{
		{"زار جنيف. ثم عاد.", []string{"زار جنيف .", "ثم عاد ."}},
		{"هل زار؟ نعم! وانتهى", []string{"هل زار ؟", "نعم !", "وانتهي"}},
		{"العنوان هنا\nنص الخبر يبدأ. ويستمر", []string{"العنوان هنا", "نص الخبر يبدا .", "ويستمر"}},
		{"قال: «انتهى.» ثم غادر", []string{"قال : « انتهي . »", "ثم غادر"}},
		{"التقى د. محمد بالوزير.", []string{"التقي د . محمد بالوزير ."}},
		{"بلغ 3.5 مليون.", []string{"بلغ 3.5 مليون ."}},
		{"أولا؛ ثانيا", []string{"اولا ؛", "ثانيا"}},
		{"فقرة أولى\n\nفقرة ثانية", []string{"فقره اولي", "فقره ثانيه"}},
	}
	for _, c := range cases {
		ts := tokenize(c.in)
		var got []string
		for _, s := range ts.Sentences {
			var ws []string
			for _, tk := range ts.List[s.First:s.Last] {
				ws = append(ws, tk.Text)
			}
			got = append(got, strings.Join(ws, " "))
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("sentences of %q\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestHeadline(t *testing.T) {
	ts := tokenize("زيارة تاريخية إلى جنيف\nقام السفير بزيارة.")
	if len(ts.Sentences) != 2 || !ts.Sentences[0].Headline || ts.Sentences[1].Headline {
		t.Fatalf("want a headline then a sentence, got %+v", ts.Sentences)
	}
	if !ts.List[0].LineStart || ts.List[1].LineStart || !ts.List[ts.Sentences[1].First].LineStart {
		t.Errorf("LineStart marks wrong")
	}
}

// checkTokens asserts the tokeniser's invariants on any matching form.
func checkTokens(t *testing.T, form string) {
	t.Helper()
	var tz Tokenizer
	ts := tz.Tokenize(form)
	runes := []rune(form)
	prevEnd := 0
	for i, tk := range ts.List {
		if tk.Start < prevEnd || tk.End <= tk.Start || tk.End > len(runes) {
			t.Fatalf("token %d %q has bad span %d-%d (prev end %d, len %d)", i, tk.Text, tk.Start, tk.End, prevEnd, len(runes))
		}
		if string(runes[tk.Start:tk.End]) != tk.Text {
			t.Fatalf("token %d: span text %q != %q", i, string(runes[tk.Start:tk.End]), tk.Text)
		}
		if tk.Kind == Word && (len(tk.Analyses) == 0 || tk.Analyses[0].Stem != tk.Text) {
			t.Fatalf("word %q lacks its whole-word analysis", tk.Text)
		}
		for _, a := range tk.Analyses[min(1, len(tk.Analyses)):] {
			if !strings.HasPrefix(tk.Text, a.Prefix) || !strings.HasSuffix(tk.Text, a.Suffix) || a.Stem == "" {
				t.Fatalf("bad analysis %+v of %q", a, tk.Text)
			}
		}
		prevEnd = tk.End
	}
	prev := 0
	for i, s := range ts.Sentences {
		if s.First < prev || s.Last <= s.First || s.Last > len(ts.List) {
			t.Fatalf("sentence %d has bad token range %d-%d", i, s.First, s.Last)
		}
		for k := s.First; k < s.Last; k++ {
			if ts.List[k].Sentence != i {
				t.Fatalf("token %d in sentence %d says %d", k, i, ts.List[k].Sentence)
			}
		}
		prev = s.Last
	}
}

func FuzzTokenize(f *testing.F) {
	f.Add("قام السفير بوريس روجه بزيارة إلى جنيف يومي 23 و24 من أكتوبر. ثم عاد!")
	f.Add("U.S. www.x.org a@b.c 3.5 ١٬٥٠٠ «نعم» ...\n\nfoo")
	f.Add("\xff\x00 ..")
	f.Add("ةﺏ\xd8")
	f.Fuzz(func(t *testing.T, s string) {
		// Invalid text is no matching form, but Tokenize must take it
		// without a panic and keep every token inside it.
		var tz Tokenizer
		for _, tk := range tz.Tokenize(s).List {
			if tk.Byte < 0 || tk.Byte+len(tk.Text) > len(s) || s[tk.Byte:tk.Byte+len(tk.Text)] != tk.Text {
				t.Fatalf("token %q at byte %d is not in the text", tk.Text, tk.Byte)
			}
		}
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		checkTokens(t, s)
		checkTokens(t, normalize.Normalize(s).Form)
	})
}

func benchForm() string {
	para := "قام السفير بوريس روجه بزيارة رسمية إلى مدينة جنيف السويسرية يومي 23 و24 من أكتوبر الجاري، " +
		"وأكد المسئولون في شؤون الأمن أن الاجتماعات تناولت سبل تعزيز التعاون مع اللجنة الدولية للصليب الأحمر (ICRC).\n" +
		"وقال وزير الخارجية إن الحوار السياسي مستمر منذ عام 2024 وإن الجولة المقبلة ستعقد في آذار بالعاصمة.\n\n"
	var b strings.Builder
	for b.Len() < 1<<20 {
		b.WriteString(para)
	}
	return normalize.Word(b.String())
}

func BenchmarkTokenize(b *testing.B) {
	form := benchForm()
	var tz Tokenizer
	b.SetBytes(int64(len(form)))
	b.ReportAllocs()
	cpu := benchutil.StartCPU()
	for b.Loop() {
		tz.Tokenize(form)
	}
	cpu.Report(b, len(form))
}

func TestLongRunIsCut(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 1000; i++ {
		b.WriteString("كلمة ")
		if i%150 == 149 {
			b.WriteString("، ")
		}
	}
	ts := tokenize(b.String())
	if len(ts.Sentences) < 4 {
		t.Fatalf("1,000 words without a full stop gave %d sentences, want them cut", len(ts.Sentences))
	}
	for _, s := range ts.Sentences {
		if n := s.Last - s.First; n > 2*MaxSentence {
			t.Errorf("sentence of %d tokens, over the cap %d", n, 2*MaxSentence)
		}
	}
}

// TestWordAnalyses checks that no word has more analyses than the room
// Tokenize keeps for one word, trying every proclitic sequence with every
// enclitic on stems that end in ت (which doubles the enclitic readings).
func TestWordAnalyses(t *testing.T) {
	most := 0
	for _, p := range proclitics {
		for _, e := range append([]string{""}, enclitics...) {
			for _, stem := range []string{"يكتبت", "تمت", "كتاب", "ييي"} {
				w := p.text + stem + e
				if n := len(Analyze(nil, w, nil)); n > most {
					most = n
				}
			}
		}
	}
	if most > wordAnalyses {
		t.Fatalf("a word has %d analyses, more than wordAnalyses = %d", most, wordAnalyses)
	}
	t.Logf("most analyses of a word: %d", most)
}
