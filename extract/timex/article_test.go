package timex

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/internal/benchutil"
	"github.com/newsx/newsx/internal/newsgen"
	"github.com/newsx/newsx/normalize"
)

func dateRef(y, m, d int) *analysis.Reference {
	return &analysis.Reference{Time: time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)}
}

// checkSpans asserts that every date's text is the original text at its
// offsets.
func checkSpans(t *testing.T, text string, ds []doc.Timex) {
	t.Helper()
	rs := []rune(text)
	for _, d := range ds {
		if d.Start < 0 || d.End > len(rs) || d.Start >= d.End {
			t.Errorf("%s: span [%d,%d) out of range", d.ID, d.Start, d.End)
			continue
		}
		if got := string(rs[d.Start:d.End]); got != d.Text {
			t.Errorf("%s: text %q, original has %q", d.ID, d.Text, got)
		}
	}
}

func find(ds []doc.Timex, text string) (doc.Timex, bool) {
	for _, d := range ds {
		if d.Text == text {
			return d, true
		}
	}
	return doc.Timex{}, false
}

func TestExampleArticle(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "timex", "gulf-water-conference.ar.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	ds := Tag(text, dateRef(2025, 10, 26))
	checkSpans(t, text, ds)
	want := []struct{ text, typ, value string }{
		{"الأسبوع المقبل", "DATE", "2025-W44"},
		{"الأحد 26 أكتوبر 2025", "DATE", "2025-10-26"},
		{"صباح اليوم", "TIME", "2025-10-26TMO"},
		{"3 إلى 5 نوفمبر المقبل", "DATE", "2025-11-03/2025-11-05"},
		{"أمس", "DATE", "2025-10-25"},
		{"مطلع الشهر الجاري", "DATE", "2025-10"},
		{"يوم الاثنين المقبل الساعة العاشرة صباحا بتوقيت الدوحة", "TIME", "2025-10-27T10:00+03:00"},
		{"12 آذار/مارس 2024", "DATE", "2024-03-12"},
		{"ثلاثة أيام", "DURATION", "P3D"},
		{"ديسمبر 2022 إلى شباط 2023", "DATE", "2022-12/2023-02"},
		{"سنويا", "SET", "P1Y"},
		{"عام 2021", "DATE", "2021"},
		{"كل أسبوع", "SET", "P1W"},
		{"بعد أسبوعين", "DURATION", "P2W"},
		{"هذا العام", "DATE", "2025"},
		{"المولد النبوي", "DATE", "2025-09-04"},
		{"12 ربيع الأول 1447 هـ", "DATE", "2025-09-04"},
		{"يوم الخميس 4 سبتمبر الماضي", "DATE", "2025-09-04"},
		{"قبل يومين", "DATE", "2025-10-24"},
		{"1 و2 نوفمبر", "DATE", "2025-11-01/2025-11-02"},
	}
	for _, w := range want {
		d, ok := find(ds, w.text)
		if !ok {
			t.Errorf("no date %q", w.text)
			continue
		}
		if d.Type != w.typ || d.Value != w.value {
			t.Errorf("%q: got %s %s, want %s %s", w.text, d.Type, d.Value, w.typ, w.value)
		}
	}
	if len(ds) != len(want) {
		for _, d := range ds {
			t.Logf("found %q = %s", d.Text, d.Value)
		}
		t.Errorf("found %d dates, want %d", len(ds), len(want))
	}
	if d, _ := find(ds, "12 ربيع الأول 1447 هـ"); d.Attributes["hijri"] != "1447-03-12" {
		t.Errorf("hijri attribute %q", d.Attributes["hijri"])
	}
	if d, _ := find(ds, "مطلع الشهر الجاري"); d.Attributes["mod"] != "START" {
		t.Errorf("mod attribute %q", d.Attributes["mod"])
	}
	// Ids in text order.
	for k, d := range ds {
		if d.ID != "t"+itoa(k+1) || k > 0 && d.Start < ds[k-1].End {
			t.Errorf("date %d: id %s at %d", k, d.ID, d.Start)
		}
	}
}

// TestSharedArticle reads the NATO Geneva article of the shared corpus.
func TestSharedArticle(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "articles", "nato-geneva-visit.ar.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("shared article not available: %v", err)
	}
	text := string(b)
	for _, ref := range []*analysis.Reference{
		dateRef(2025, 10, 26),
		{Time: time.Date(2025, 10, 26, 9, 0, 0, 0, time.FixedZone("", 3*3600)), HasClock: true},
	} {
		ds := Tag(text, ref)
		checkSpans(t, text, ds)
		for _, w := range []struct{ text, value string }{
			{"23 و24 من أكتوبر الجاري", "2025-10-23/2025-10-24"},
			{"أغسطس 2024", "2024-08"},
			{"عام 2025", "2025"},
			{"يونيو الماضي", "2025-06"},
		} {
			d, ok := find(ds, w.text)
			if !ok || d.Value != w.value {
				t.Errorf("%q: got %q (found %v), want %s", w.text, d.Value, ok, w.value)
			}
		}
		d, ok := find(ds, "منذ 3 ساعات")
		want := "2025-10-26"
		if ref.HasClock {
			want = "2025-10-26T06:00"
		}
		if !ok || d.Value != want {
			t.Errorf("منذ 3 ساعات: got %q, want %s", d.Value, want)
		}
		if d, ok := find(ds, "السنوية"); !ok || d.Type != "SET" || d.Value != "P1Y" {
			t.Errorf("yearly talks: %+v", d)
		}
	}
}

// TestStage runs the stage on an analysis and checks the token ranges.
func TestStage(t *testing.T) {
	text := "وصل الوفد أمس، وسيغادر يوم الخميس المقبل بعد محادثات استمرت يومين."
	a := analyze(text, dateRef(2025, 10, 26))
	st := New()
	if st.Name() != "timex" {
		t.Fatalf("name %q", st.Name())
	}
	st.Process(a)
	if len(a.Doc.Dates) != 3 || len(a.Timexes) != 3 {
		t.Fatalf("dates %+v timexes %+v", a.Doc.Dates, a.Timexes)
	}
	for k, r := range a.Timexes {
		sp := a.SpanOf(r.First, r.Last)
		d := a.Doc.Dates[k]
		if sp.End != d.End || sp.Start > d.Start {
			t.Errorf("timex %d: tokens give %+v, date %+v", k, sp, d)
		}
	}
	want := []string{"2025-10-25", "2025-10-30", "P2D"}
	for k, w := range want {
		if a.Doc.Dates[k].Value != w {
			t.Errorf("date %d = %s, want %s", k, a.Doc.Dates[k].Value, w)
		}
	}
}

// TestConcurrentTag runs the tagger from several goroutines at once: the
// parsers are pooled and the rendered values and attribute maps shared,
// and every run must still give what a run alone gives (go test -race).
func TestConcurrentTag(t *testing.T) {
	texts := []string{benchText(1 << 13), newsgen.Article(1), newsgen.Article(2), "في 14 رمضان 1446 هـ من 9:30 حتى 11:00 يوم الخميس"}
	ref := dateRef(2025, 10, 26)
	want := make([][]doc.Timex, len(texts))
	for k, s := range texts {
		want[k] = Tag(s, ref)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 5; r++ {
				for k, s := range texts {
					if got := Tag(s, ref); !reflect.DeepEqual(got, want[k]) {
						t.Errorf("text %d: concurrent run differs", k)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

// TestItemsOutliveParser: tagItems' intervals stay intact when the parser
// goes on to other documents (it reuses the slab their ends came from).
func TestItemsOutliveParser(t *testing.T) {
	ref := dateRef(2025, 10, 26)
	a := analyze("بين 23 و25 نوفمبر، ومن 2020 إلى 2024، وخلال رمضان 1446 هـ", ref)
	its := tagItems(a.Tokens, ref, false)
	var want []string
	for _, it := range its {
		want = append(want, it.v.value())
	}
	for k := 0; k < 3; k++ {
		Tag("من 3 إلى 5 ديسمبر ومن 1 حتى 9 يناير، رمضان 1447 هـ", ref)
	}
	for k, it := range its {
		if got := it.v.value(); got != want[k] {
			t.Errorf("item %d: %s, was %s", k, got, want[k])
		}
	}
	if len(want) == 0 || !strings.Contains(strings.Join(want, " "), "/") {
		t.Errorf("no interval among %v", want)
	}
}

// TestSpans checks tight spans: clitics left out, the article kept.
func TestSpans(t *testing.T) {
	for _, c := range []struct{ text, span string }{
		{"افتتح بيونيو 2024 مكتبا", "يونيو 2024"},
		{"قمة لاهاي لعام 2025.", "عام 2025"},
		{"وأكتوبر الجاري شهد", "أكتوبر الجاري"},
		{"عاد بالأمس من جنيف", "الأمس"},
		{"في الشهر الماضي", "الشهر الماضي"},
		{"يومي 23 و24 من أكتوبر الجاري", "23 و24 من أكتوبر الجاري"},
		{"منذ 3 ساعات", "منذ 3 ساعات"},
		{"في ١٤ رمضان ١٤٣٢ هـ", "١٤ رمضان ١٤٣٢ هـ"},
		{"الساعة الثالثة عصراً بتوقيت غرينتش.", "الساعة الثالثة عصراً بتوقيت غرينتش"},
		{"في أَغُسْطُسَ 2024", "أَغُسْطُسَ 2024"},
		{"وللعام الماضي", "للعام الماضي"},
		{"خلال الفترة من 1 حتى 5 نوفمبر", "1 حتى 5 نوفمبر"},
		{"الاربعاء،   13 شباط", "الاربعاء،   13 شباط"},
	} {
		ds := Tag(c.text, dateRef(2025, 10, 26))
		checkSpans(t, c.text, ds)
		if len(ds) != 1 || ds[0].Text != c.span {
			t.Errorf("%q: got %+v, want span %q", c.text, ds, c.span)
		}
	}
}

// TestHijriConversion checks the Umm al-Qura conversion against dates
// published in the Saudi calendar.
func TestHijriConversion(t *testing.T) {
	for _, c := range []struct {
		y, m, d int
		want    string
	}{
		{1446, 9, 1, "2025-03-01"},
		{1446, 10, 1, "2025-03-30"},
		{1446, 12, 10, "2025-06-06"},
		{1447, 1, 1, "2025-06-26"},
		{1445, 9, 1, "2024-03-11"},
		{1445, 10, 1, "2024-04-10"},
		{1445, 12, 10, "2024-06-16"},
		{1440, 9, 1, "2019-05-06"},
		{1435, 1, 1, "2013-11-04"},
		{1434, 10, 1, "2013-08-08"},
		{1432, 9, 14, "2011-08-14"},
	} {
		got, ok := hijriToGregorian(c.y, c.m, c.d)
		if !ok || got.Format("2006-01-02") != c.want {
			t.Errorf("%d-%02d-%02d AH = %v (%v), want %s", c.y, c.m, c.d, got.Format("2006-01-02"), ok, c.want)
		}
	}
	// Outside the table: no panic, no value.
	for _, y := range []int{1, 1300, 1356, 1500, 1600} {
		if _, ok := hijriToGregorian(y, 1, 1); ok && (y < minHijriYear || y > maxHijriYear) {
			t.Errorf("year %d converted", y)
		}
	}
	if ds := Tag("في 14 رمضان 1200 هـ", nil); len(ds) != 0 && ds[0].Value != "" {
		for _, d := range ds {
			if strings.Contains(d.Value, "1200") {
				t.Errorf("out-of-table Hijri date gave %+v", d)
			}
		}
	}
}

// TestAttributes checks anchors, mods and zones.
func TestAttributes(t *testing.T) {
	r := dateRef(2025, 10, 26)
	for _, c := range []struct{ text, key, want string }{
		{"منذ 3 ساعات", "anchor", "REF-PT3H"},
		{"أمس", "anchor", "REF-P1D"},
		{"الأسبوع المقبل", "anchor", "REF+P1W"},
		{"أواخر العام", "mod", "END"},
		{"منتصف الشهر", "mod", "MID"},
		{"مطلع مارس", "mod", "START"},
		{"الساعة التاسعة بالتوقيت المحلي", "zone", "local"},
		{"14-09-1432 هـ", "hijri", "1432-09-14"},
		{"رمضان 1446", "hijri", "1446-09"},
		{"مرتين في الأسبوع", "freq", "2X"},
	} {
		ds := Tag(c.text, r)
		if len(ds) != 1 || ds[0].Attributes[c.key] != c.want {
			t.Errorf("%q: %+v, want %s=%s", c.text, ds, c.key, c.want)
		}
	}
}

// TestNoReferenceNeverUsesClock: without a reference, nothing is taken
// from the current time.
func TestNoReferenceNeverUsesClock(t *testing.T) {
	year := itoa(time.Now().Year())
	for _, s := range []string{"أمس", "اليوم", "الشهر الماضي", "العام المقبل", "يوم الخميس", "أكتوبر الجاري",
		"منذ 3 ساعات", "الساعة الثالثة", "عيد الفطر", "الأيام الثلاثة المقبلة", "23 أكتوبر", "الليلة"} {
		for _, d := range Tag(s, nil) {
			if strings.Contains(d.Value, year) {
				t.Errorf("%q without reference gave %s", s, d.Value)
			}
		}
	}
}

func TestEvalShared(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "eval", "duckling-ar-time.dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("shared eval file not available: %v", err)
	}
	defer f.Close()
	rows, err := ReadRows(f)
	if err != nil {
		t.Fatal(err)
	}
	ref, _ := time.Parse(time.RFC3339, EvalRef)
	res := Eval(rows, &analysis.Reference{Time: ref, HasClock: true})
	for _, m := range res.Misses {
		t.Logf("miss %q: span %q got %s", m.Row.Text, m.Span, m.Got)
	}
	t.Logf("accuracy %.2f%% (%d/%d)", 100*res.Accuracy(), res.Correct, res.Total)
	if res.Accuracy() < 0.97 {
		t.Errorf("accuracy %.4f below the floor 0.97", res.Accuracy())
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{"يومي 23 و24 من أكتوبر الجاري", "منذ 3 ساعات", "14-09-1432 هـ", "الساعة الثالثة إلا ربعا",
		"من 2020 إلى 2024", "بين 23 و", "كل", "الـ24 ساعة الماضية", "٢٣/١٠/٢٠٢٥", "ﻻ", "تشرين الأول/", "أكتوبر (", "1.2.3",
		"الخميس من الساعة", "13-15", "قبل", "9:30 - 11:00", "ربيع الأول 99999"} {
		f.Add(s)
	}
	refs := []*analysis.Reference{nil, dateRef(2025, 10, 26),
		{Time: time.Date(2013, 2, 12, 4, 30, 0, 0, time.UTC), HasClock: true}}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, ref := range refs {
			a := analyze(s, ref)
			Stage{}.Process(a)
			n := utf8.RuneCountInString(s)
			rs := []rune(s)
			for _, d := range a.Doc.Dates {
				if d.Start < 0 || d.End > n || d.Start > d.End {
					t.Fatalf("%q: span [%d,%d) of %d", s, d.Start, d.End, n)
				}
				if string(rs[d.Start:d.End]) != d.Text {
					t.Fatalf("%q: text %q at [%d,%d)", s, d.Text, d.Start, d.End)
				}
				if d.Value == "" || d.Type == "" {
					t.Fatalf("%q: empty value %+v", s, d)
				}
			}
			if len(a.Timexes) != len(a.Doc.Dates) {
				t.Fatalf("%q: %d timexes for %d dates", s, len(a.Timexes), len(a.Doc.Dates))
			}
		}
	})
}

// benchSentences are news sentences, mixed with and without dates.
var benchSentences = []string{
	"أعلنت وزارة الخارجية، صباح اليوم، أن الوزير سيتوجه إلى جنيف يوم الخميس المقبل في زيارة تستمر ثلاثة أيام.",
	"وكان الرئيس قد استقبل أمس وفدا برلمانيا أوروبيا لبحث سبل تعزيز التعاون الاقتصادي بين البلدين.",
	"وقالت مصادر مطلعة إن المفاوضات التي انطلقت في 12 آذار/مارس 2024 ستستأنف مطلع الشهر المقبل في الدوحة.",
	"ارتفعت أسعار النفط بنسبة 3 في المئة خلال تعاملات الأسبوع الماضي وسط مخاوف من تراجع الإمدادات.",
	"وأوضح البيان أن اللجنة تجتمع سنويا منذ عام 2011، وأن الدورة المقبلة ستعقد بين 23 و25 نوفمبر.",
	"وأكد المتحدث أن الحكومة ماضية في تنفيذ برنامجها الإصلاحي رغم التحديات الاقتصادية التي تواجهها المنطقة.",
	"وتوافق هذه المناسبة الرابع عشر من رمضان 1446 هـ، فيما يحل عيد الفطر بعد أسبوعين تقريبا.",
	"وشارك في الاجتماع ممثلون عن المنظمات الدولية والإقليمية ومؤسسات المجتمع المدني من عدة دول عربية.",
	"وأفادت وكالة الأنباء الرسمية بأن الانفجار وقع قرابة الساعة الثالثة والنصف عصرا بالتوقيت المحلي.",
	"ومن المقرر أن يصدر التقرير الختامي للجنة التحقيق خلال الأيام الثلاثة المقبلة بحسب مصادر مطلعة.",
}

func benchText(size int) string {
	var b strings.Builder
	for k := 0; b.Len() < size; k++ {
		b.WriteString(benchSentences[k%len(benchSentences)])
		if k%5 == 4 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// BenchmarkTimex measures the stage on about 1 MB of news text, already
// normalised and tokenised (those are other stages' costs).
func BenchmarkTimex(b *testing.B) {
	text := benchText(1 << 20)
	a := analyze(text, dateRef(2025, 10, 26))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	// Throughput per CPU second (GC included), steadier than wall time
	// when the machine is shared.
	cpu := benchutil.StartCPU()
	for b.Loop() {
		a.Doc.Dates = a.Doc.Dates[:0]
		a.Timexes = a.Timexes[:0]
		Stage{}.Process(a)
	}
	cpu.Report(b, len(text))
	if len(a.Doc.Dates) == 0 {
		b.Fatal("no dates")
	}
}

// BenchmarkTimexArticles measures the stage on about 8 MB of generated
// articles, each a document of its own as in the pipeline, so that
// per-document costs (parser set-up, result slices) count as they do in
// extract.BenchmarkStages; it is quicker to profile than that benchmark,
// which runs every earlier stage before each iteration.
func BenchmarkTimexArticles(b *testing.B) {
	var as []*analysis.Analysis
	n := 0
	for i := uint64(0); n < 8<<20; i++ {
		text := newsgen.Article(i)
		as = append(as, analyze(text, &analysis.Reference{}))
		n += len(text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := benchutil.StartCPU()
	dates := 0
	for b.Loop() {
		dates = 0
		for _, a := range as {
			a.Doc.Dates, a.Timexes = nil, nil
			Stage{}.Process(a)
			dates += len(a.Doc.Dates)
		}
	}
	cpu.Report(b, n)
	b.ReportMetric(float64(dates), "dates/op")
}

// BenchmarkTimexPipeline includes normalisation and tokenisation.
func BenchmarkTimexPipeline(b *testing.B) {
	text := benchText(1 << 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		a := analyze(text, dateRef(2025, 10, 26))
		Stage{}.Process(a)
	}
}

var _ = normalize.Word
