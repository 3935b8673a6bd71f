package timex

import (
	"strings"
	"sync"

	"github.com/newsx/newsx/normalize"
)

// cls is the lexical class of a temporal word.
type cls uint8

const (
	cNone     cls = iota
	cMonth        // Gregorian month name; v = 1..12
	cMonHead      // كانون / تشرين: month number depends on the next word
	cHMonth       // Hijri month name; v = 1..12
	cHMonHead     // ربيع / جمادى / ذو: Hijri month number depends on the next word
	cWeekday      // v = ISO weekday 1 (Monday) .. 7 (Sunday)
	cCard         // cardinal number word; v = value
	cOrd          // ordinal number word; v = value
	cUnit         // time unit; v = unit
	cRelDay       // اليوم أمس غدا …; v = day offset
	cShift        // الماضي المقبل الجاري …; v = -1, 0, +1
	cPart         // day part; v = part
	cMod          // مطلع منتصف أواخر …; v = mod
	cSetAdv       // سنويا شهريا …; v = unit
	cSetAdj       // السنوية الشهرية …; v = unit
	cSeason       // الصيف الشتاء …; v = season
	cDecade       // الثمانينيات; v = decade digit (8)
	cFunc         // a function word the grammar looks at; v = fn id
	cFrac         // نصف ربع ثلث; v = minutes of an hour (30, 15, 20)
)

// flags on an entry.
const (
	fAmb    = 1 << iota // month name that is also a common word (آب, نيسان, مارس)
	fPlural             // plural unit (أيام)
	fDual               // dual unit (يومين)
	fFem                // feminine form
	fBare               // weekday without the article (ثلاثاء)
	fTeen               // عشر / عشرة, the teen marker
	fTens               // 20, 30 … 90
	fHund               // hundreds
)

// units
const (
	uNone = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uMonth
	uYear
	uDecade
	uCentury
	uQuarter
)

// day parts
const (
	pNone = iota
	pMorning
	pNoon
	pAfternoon
	pEvening
	pNight
	pDawn
	pForenoon // قبل الظهر
	pMidnight
)

// mods
const (
	mStart = iota + 1
	mMid
	mEnd
)

// function words
const (
	fnNone       = iota
	fnMin        // من
	fnIla        // إلى
	fnHatta      // حتى
	fnBayn       // بين
	fnWa         // و (bare)
	fnMundh      // منذ
	fnQabl       // قبل
	fnBad        // بعد
	fnKhilal     // خلال
	fnLimudda    // لمدة / مدة / طوال / طيلة
	fnKull       // كل
	fnSaa        // الساعة (clock)
	fnYawmay     // يومي
	fnMuwafiq    // الموافق
	fnFi         // في
	fnHadha      // هذا / هذه
	fnIlla       // إلا
	fnHijriMark  // هـ / ه / هجري
	fnMiladiMark // م / ميلادي
	fnTawqit     // توقيت
	fnSalat      // صلاة
	fnEid        // عيد
	fnRas        // رأس
	fnMawlid     // المولد
	fnFatra      // الفترة
	fnAkhir      // آخر / الأخير
	fnInd        // عند
	fnGhad       // غد (bare, after يوم/بعد)
	fnLayla      // ليلة
	fnMarra      // مرة / مرتين / مرات
	fnLighaya    // لغاية / ولغاية
	fnAla        // على
	fnMada       // مدى / مدار
	fnGhudun     // غضون
	fnBid        // بضع / بضعة / عدة
	fnAllati     // الذي / التي
	fnTamam      // تمام / حوالي (في تمام الساعة)
	fnBihulul    // بحلول
	fnGhurra     // غرة: the first day of a month
	fnHalf       // النصف (الأول من العام)
	fnUtla       // عطلة (نهاية الأسبوع)
	fnFrac       // ربع ثلث أرباع
	fnNamedDay   // عاشوراء, الكريسماس
)

type entry struct {
	c cls
	v int16
	f uint16
}

// lex is keyed by matching forms; defLex holds words whose definite form
// means something else than the bare stem (اليوم vs يوم), keyed by the
// stem after the article.
var lex = map[string]entry{}
var defLex = map[string]entry{}

// lexTable holds lex and defLex in one open-addressed table, for the
// lookup of every word of a text: nearly all words are misses, which the
// table answers from its slot array, cheaper than two map lookups.
type lexTable struct {
	slots []int32 // 1 + an index into ents; 0 is empty
	mask  uint32  // len(slots) - 1, len(slots) a power of two
	ents  []lexEnt
	// tails has bit (last byte & 63) of row (length & 31, third byte
	// from the end & 63) set for every key of three bytes or more: the
	// length and the last two letters of an Arabic word turn most misses
	// away before hashing.
	tails [32 << 6]uint64
}

type lexEnt struct {
	key          string
	h            uint32
	lex, def     entry
	inLex, inDef bool
}

// lexTab is built on first use, once init has filled the maps.
var lexTab = sync.OnceValue(func() *lexTable {
	n := 64
	for n < 4*(len(lex)+len(defLex)) {
		n *= 2
	}
	t := &lexTable{slots: make([]int32, n), mask: uint32(n - 1)}
	for w, e := range lex {
		x := t.add(w)
		x.lex, x.inLex = e, true
	}
	for w, e := range defLex {
		x := t.add(w)
		x.def, x.inDef = e, true
	}
	return t
})

// lexHash hashes the length and a few bytes of w: the last letters tell
// Arabic words apart better than the first, which are often the article.
func lexHash(w string) uint32 {
	n := len(w)
	var x uint64
	if n >= 6 {
		x = uint64(n) | uint64(w[n-1])<<8 | uint64(w[n-3])<<16 | uint64(w[n-5])<<24 | uint64(w[1])<<32
	} else {
		x = uint64(n)
		for k := 0; k < n; k++ {
			x = x<<8 | uint64(w[k])
		}
		x |= 1 << 63
	}
	return uint32((x * 0x9E3779B97F4A7C15) >> 32)
}

// find returns the entry of w, or nil.
func (t *lexTable) find(w string) *lexEnt {
	if n := len(w); n >= 3 && t.tails[(n&31)<<6|int(w[n-3]&63)]&(1<<(w[n-1]&63)) == 0 {
		return nil
	}
	h := lexHash(w)
	for s := h & t.mask; ; s = (s + 1) & t.mask {
		k := t.slots[s]
		if k == 0 {
			return nil
		}
		if e := &t.ents[k-1]; e.h == h && e.key == w {
			return e
		}
	}
}

// add returns the entry of w, made if need be.
func (t *lexTable) add(w string) *lexEnt {
	if e := t.find(w); e != nil {
		return e
	}
	h := lexHash(w)
	s := h & t.mask
	for t.slots[s] != 0 {
		s = (s + 1) & t.mask
	}
	if n := len(w); n >= 3 {
		t.tails[(n&31)<<6|int(w[n-3]&63)] |= 1 << (w[n-1] & 63)
	}
	t.ents = append(t.ents, lexEnt{key: w, h: h})
	t.slots[s] = int32(len(t.ents))
	return &t.ents[len(t.ents)-1]
}

// bareWd holds weekdays without the article (ثلاثاء), read only after
// يوم, كل or an ordinal: احد and اثنين are numbers elsewhere.
var bareWd = map[string]int{}
var bareLater []string

func add(words string, e entry) {
	for _, w := range strings.Fields(words) {
		w = normalize.Word(w)
		lex[w] = e
		if st, ok := strings.CutPrefix(w, "ال"); ok && len([]rune(st)) >= 2 {
			if _, dup := defLex[st]; !dup {
				defLex[st] = e
			}
		}
	}
}

func addDef(words string, e entry) {
	for _, w := range strings.Fields(words) {
		w = normalize.Word(w)
		lex[w] = e
		if strings.HasPrefix(w, "ال") {
			defLex[strings.TrimPrefix(w, "ال")] = e
		}
	}
}

func init() {
	// Gregorian months: Egyptian/Gulf, Maghrebi (Algeria, Tunisia),
	// Moroccan, and the single-word Levantine/Iraqi names.
	months := [13]string{"",
		"يناير يناير جانفي جانفييه كانون_",
		"فبراير فبرایر فيفري فبرير",
		"مارس مارث",
		"أبريل إبريل ابريل أبريل أفريل افريل ابرايل",
		"مايو ماي",
		"يونيو يونيه جوان يونية",
		"يوليو يوليه جويلية جويليه يوليوز يوليوه",
		"أغسطس اغسطس أغسطوس أوت اوت غشت",
		"سبتمبر سپتمبر شتنبر سيبتمبر",
		"أكتوبر اكتوبر أكتوبر أوكتوبر",
		"نوفمبر نونبر نوڤمبر",
		"ديسمبر دجنبر دیسمبر ديسمبير",
	}
	for m := 1; m <= 12; m++ {
		for _, w := range strings.Fields(months[m]) {
			if strings.HasSuffix(w, "_") {
				continue
			}
			add(w, entry{c: cMonth, v: int16(m)})
		}
	}
	lev := [13]string{"", "", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "", "", ""}
	for m, w := range lev {
		if w != "" {
			add(w, entry{c: cMonth, v: int16(m)})
		}
	}
	// Month names that are also ordinary words or names need context.
	for _, w := range []string{"مارس", "آب", "نيسان", "ماي", "جوان", "أوت", "تموز", "غشت", "أيار"} {
		e := lex[normalize.Word(w)]
		e.f |= fAmb
		lex[normalize.Word(w)] = e
	}
	add("كانون تشرين", entry{c: cMonHead})

	// Hijri months.
	hijri := [13]string{"", "محرم المحرم", "صفر", "", "", "", "", "رجب", "شعبان", "رمضان", "شوال", "", ""}
	for m, ws := range hijri {
		for _, w := range strings.Fields(ws) {
			add(w, entry{c: cHMonth, v: int16(m), f: fAmb})
		}
	}
	add("ربيع جمادى جمادي ذو ذي", entry{c: cHMonHead})

	// Weekdays (ISO numbering).
	wd := [8]string{"", "الاثنين الإثنين الاتنين", "الثلاثاء الثلاثا", "الأربعاء الاربعا",
		"الخميس", "الجمعة", "السبت", "الأحد الاحد"}
	for d := 1; d <= 7; d++ {
		for _, w := range strings.Fields(wd[d]) {
			add(w, entry{c: cWeekday, v: int16(d)})
			bw := strings.TrimPrefix(normalize.Word(w), "ال")
			bareWd[bw] = d
			bareLater = append(bareLater, bw)
		}
	}

	// Bare weekdays get an entry unless the word is a number (احد).
	defer func() {
		for _, bw := range bareLater {
			if _, taken := lex[bw]; !taken {
				lex[bw] = entry{c: cWeekday, v: int16(bareWd[bw]), f: fBare}
			}
		}
	}()
	// Cardinals.
	cards := []struct {
		v int
		w string
		f uint16
	}{
		{1, "واحد واحدة احد إحدى احدى", 0},
		{2, "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي", 0},
		{3, "ثلاث ثلاثة", 0}, {4, "أربع أربعة", 0}, {5, "خمس خمسة", 0}, {6, "ست ستة", 0},
		{7, "سبع سبعة", 0}, {8, "ثمان ثماني ثمانية", 0}, {9, "تسع تسعة", 0}, {10, "عشر عشرة", fTeen},
		{20, "عشرون عشرين", fTens}, {30, "ثلاثون ثلاثين", fTens}, {40, "أربعون أربعين", fTens},
		{50, "خمسون خمسين", fTens}, {60, "ستون ستين", fTens}, {70, "سبعون سبعين", fTens},
		{80, "ثمانون ثمانين", fTens}, {90, "تسعون تسعين", fTens},
		{100, "مائة مئة مية", fHund}, {200, "مائتان مائتين مئتان مئتين", fHund},
		{300, "ثلاثمائة ثلاثمئة", fHund}, {400, "أربعمائة أربعمئة", fHund}, {500, "خمسمائة خمسمئة", fHund},
		{1000, "ألف", fHund}, {2000, "ألفان ألفين", fHund},
	}
	for _, c := range cards {
		add(c.w, entry{c: cCard, v: int16(c.v), f: c.f})
	}
	// Ordinals (the article is handled by the analyser).
	ords := []struct {
		v int
		w string
	}{
		{1, "أول أولى اول الأولى"}, {2, "ثاني ثانية"}, {3, "ثالث ثالثة"}, {4, "رابع رابعة"},
		{5, "خامس خامسة"}, {6, "سادس سادسة"}, {7, "سابع سابعة"}, {8, "ثامن ثامنة"},
		{9, "تاسع تاسعة"}, {10, "عاشر عاشرة"}, {11, "حادي حادية"},
	}
	for _, o := range ords {
		for _, w := range strings.Fields(o.w) {
			var f uint16
			if strings.HasSuffix(w, "ة") || strings.HasSuffix(w, "ى") {
				f = fFem
			}
			add(w, entry{c: cOrd, v: int16(o.v), f: f})
		}
	}
	// Units.
	units := []struct {
		u        int
		sg, pl   string
		du       string
		extraSg  string
		extraPl  string
		extraDul string
	}{
		{uSecond, "ثانية", "ثوان ثواني ثوانٍ", "ثانيتين ثانيتان", "", "", ""},
		{uMinute, "دقيقة", "دقائق", "دقيقتين دقيقتان", "", "", ""},
		{uHour, "ساعة", "ساعات", "ساعتين ساعتان", "", "", ""},
		{uDay, "يوم", "أيام ايام", "يومين يومان", "", "", ""},
		{uWeek, "أسبوع", "أسابيع", "أسبوعين أسبوعان", "", "", ""},
		{uMonth, "شهر", "أشهر شهور", "شهرين شهران", "", "", ""},
		{uYear, "عام سنة", "أعوام سنوات سنين", "عامين عامان سنتين سنتان", "", "", ""},
		{uDecade, "عقد", "عقود", "عقدين عقدان", "", "", ""},
		{uCentury, "قرن", "قرون", "قرنين قرنان", "", "", ""},
	}
	for _, u := range units {
		add(u.sg, entry{c: cUnit, v: int16(u.u)})
		add(u.pl, entry{c: cUnit, v: int16(u.u), f: fPlural})
		add(u.du, entry{c: cUnit, v: int16(u.u), f: fDual})
	}
	add("الربع", entry{c: cUnit, v: uQuarter})
	// Accusative singulars after 11–99 (15 عاما, 20 يوما).
	for u, w := range map[int]string{uDay: "يوما", uWeek: "أسبوعا", uMonth: "شهرا", uYear: "عاما",
		uDecade: "عقدا", uCentury: "قرنا"} {
		add(w, entry{c: cUnit, v: int16(u)})
	}

	// Relative days. Their definite forms differ from the stems.
	addDef("اليوم", entry{c: cRelDay, v: 0})
	addDef("أمس امس الأمس البارحة امبارح مبارح إمبارح", entry{c: cRelDay, v: -1})
	addDef("غدا غداً بكرة بكرا بكره الغد", entry{c: cRelDay, v: 1})
	addDef("الليلة", entry{c: cRelDay, v: 100}) // tonight
	addDef("الآن الان حالا حاليا", entry{c: cRelDay, v: 200})

	// Shift words.
	add("الماضي الماضية الماضيه السابق السابقة الفائت الفائتة المنصرم المنصرمة الفارط الفارطة المنقضي الماضيين الماضيتين المنصرمين السابقين", entry{c: cShift, v: -1})
	add("المقبل المقبلة القادم القادمة التالي التالية الجاي الجاية الآتي الآتية المقبلين القادمين المقبلتين القادمتين", entry{c: cShift, v: 1})
	add("الجاري الجارية الحالي الحالية", entry{c: cShift, v: 0})

	// Day parts.
	add("صباحا صباح الصباح الصبح صبحا", entry{c: cPart, v: pMorning})
	add("ظهرا الظهر ظهر الظهيرة ظهيرة", entry{c: cPart, v: pNoon})
	add("عصرا العصر عصر", entry{c: cPart, v: pAfternoon})
	add("مساء مساءا المساء مسا", entry{c: cPart, v: pEvening})
	add("ليلا الليل ليل", entry{c: cPart, v: pNight})
	add("فجرا الفجر فجر", entry{c: cPart, v: pDawn})
	add("ضحى الضحى", entry{c: cPart, v: pForenoon})
	add("المغرب", entry{c: cPart, v: pEvening})
	add("العشاء", entry{c: cPart, v: pNight})

	// Mods.
	add("مطلع أوائل بداية بدايات مستهل مطالع", entry{c: cMod, v: mStart})
	add("منتصف أواسط نصف نص", entry{c: cMod, v: mMid})
	add("أواخر نهاية نهايات ختام أخر آخر أواخر", entry{c: cMod, v: mEnd})

	// Sets.
	add("سنويا", entry{c: cSetAdv, v: uYear})
	add("شهريا", entry{c: cSetAdv, v: uMonth})
	add("أسبوعيا", entry{c: cSetAdv, v: uWeek})
	add("يوميا", entry{c: cSetAdv, v: uDay})
	add("ساعيا", entry{c: cSetAdv, v: uHour})
	add("السنوي السنوية السنويه", entry{c: cSetAdj, v: uYear})
	add("الشهري الشهرية", entry{c: cSetAdj, v: uMonth})
	add("الأسبوعي الأسبوعية", entry{c: cSetAdj, v: uWeek})

	// Seasons.
	add("الربيع ربيع", entry{c: cSeason, v: 1})
	add("الصيف صيف", entry{c: cSeason, v: 2})
	add("الخريف خريف", entry{c: cSeason, v: 3})
	add("الشتاء شتاء", entry{c: cSeason, v: 4})

	// Decades: الثمانينيات, الثمانينات, ثمانينيات.
	for d, w := range []string{"", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"} {
		if w == "" {
			continue
		}
		add(w+"يات "+w+"ات "+"ال"+w+"يات "+"ال"+w+"ات", entry{c: cDecade, v: int16(d)})
	}

	fn := func(words string, id int) { add(words, entry{c: cFunc, v: int16(id)}) }
	fn("من", fnMin)
	fn("إلى الى", fnIla)
	fn("حتى", fnHatta)
	fn("بين", fnBayn)
	fn("و", fnWa)
	fn("منذ مذ", fnMundh)
	fn("قبل", fnQabl)
	fn("بعد", fnBad)
	fn("خلال", fnKhilal)
	fn("لمدة مدة طوال طيلة", fnLimudda)
	fn("كل", fnKull)
	fn("الساعة", fnSaa)
	fn("يومي", fnYawmay)
	fn("الموافق", fnMuwafiq)
	fn("في", fnFi)
	fn("هذا هذه", fnHadha)
	fn("إلا الا", fnIlla)
	fn("هـ ه هجري هجرية للهجرة الهجري", fnHijriMark)
	fn("م ميلادي ميلادية للميلاد الميلادي", fnMiladiMark)
	fn("توقيت التوقيت", fnTawqit)
	fn("صلاة", fnSalat)
	fn("عيد", fnEid)
	fn("رأس", fnRas)
	fn("المولد", fnMawlid)
	fn("الفترة", fnFatra)
	fn("الأخير الأخيرة الأخيرين الأخيرتين", fnAkhir)
	fn("عند", fnInd)
	fn("غد", fnGhad)
	fn("ليلة", fnLayla)
	fn("مرة مرتين مرات", fnMarra)
	fn("لغاية", fnLighaya)
	fn("على", fnAla)
	fn("مدى مدار", fnMada)
	fn("غضون", fnGhudun)
	fn("بضع بضعة عدة", fnBid)
	fn("الذي التي اللي", fnAllati)
	fn("تمام حوالي نحو قرابة", fnTamam)
	fn("بحلول", fnBihulul)
	fn("غرة", fnGhurra)
	fn("النصف", fnHalf)
	fn("عطلة", fnUtla)
	fn("عاشوراء كريسماس الكريسماس الإسراء", fnNamedDay)
	fn("ربع ثلث أرباع", fnFrac)
}

// words used by the grammar, in matching form.
var (
	wAwwal   = normalize.Word("أول")
	wAwwal2  = normalize.Word("الأول")
	wAwwal3  = normalize.Word("الأولى")
	wThani   = normalize.Word("الثاني")
	wThani2  = normalize.Word("ثاني")
	wThani3  = normalize.Word("الثانية")
	wAkhir   = normalize.Word("الآخر")
	wAkhira  = normalize.Word("الآخرة")
	wAkhir2  = normalize.Word("آخر")
	wQida    = normalize.Word("القعدة")
	wHijja   = normalize.Word("الحجة")
	wFitr    = normalize.Word("الفطر")
	wAdha    = normalize.Word("الأضحى")
	wMilad   = normalize.Word("الميلاد")
	wSana    = normalize.Word("السنة")
	wHijriya = normalize.Word("الهجرية")
	wMiladiy = normalize.Word("الميلادية")
	wNabawi  = normalize.Word("النبوي")
	wYawm    = normalize.Word("يوم")
	wNisf    = normalize.Word("نصف")
	wRub     = normalize.Word("ربع")
	wRuba    = normalize.Word("ربعا")
	wThulth  = normalize.Word("ثلث")
	wAshr    = normalize.Word("عشر")
	wAshra   = normalize.Word("عشرة")
	wQarn    = normalize.Word("القرن")
	wArafa   = normalize.Word("عرفة")
	wQadr    = normalize.Word("القدر")
	wAshura  = normalize.Word("عاشوراء")
	wIsra    = normalize.Word("الإسراء")
	wGreen   = map[string]bool{normalize.Word("غرينتش"): true, normalize.Word("غرينيتش"): true, normalize.Word("جرينتش"): true,
		normalize.Word("جرينيتش"): true, normalize.Word("غرينتش"): true, "GMT": true, "UTC": true, "gmt": true, "utc": true}
	wMahalli = normalize.Word("المحلي")
	wLahza   = normalize.Word("اللحظة")
	wUmal    = normalize.Word("العمال")
	wHubb    = normalize.Word("الحب")
	wUmm     = normalize.Word("الأم")
	wMukarr  = normalize.Word("المكرمة")
	wMuntasf = normalize.Word("منتصف")
	wFasl    = normalize.Word("فصل")
)

// zones maps a city or region after توقيت to its UTC offset (standard
// time; zones with daylight saving are given as an attribute only).
var zones = map[string]string{}

// zoneNames maps the same cities to IANA zone names (the zone attribute).
var zoneNames = map[string]string{}

func init() {
	for _, z := range []struct{ w, off, name string }{
		{"مكة", "+03:00", "Asia/Riyadh"}, {"الرياض", "+03:00", "Asia/Riyadh"}, {"السعودية", "+03:00", "Asia/Riyadh"},
		{"بغداد", "+03:00", "Asia/Baghdad"}, {"الدوحة", "+03:00", "Asia/Qatar"}, {"الكويت", "+03:00", "Asia/Kuwait"},
		{"المنامة", "+03:00", "Asia/Bahrain"}, {"موسكو", "+03:00", "Europe/Moscow"}, {"عمان", "+03:00", "Asia/Amman"},
		{"دمشق", "+03:00", "Asia/Damascus"}, {"أبوظبي", "+04:00", "Asia/Dubai"}, {"دبي", "+04:00", "Asia/Dubai"},
		{"الإمارات", "+04:00", "Asia/Dubai"}, {"مسقط", "+04:00", "Asia/Muscat"}, {"طهران", "+03:30", "Asia/Tehran"},
		{"الجزائر", "+01:00", "Africa/Algiers"}, {"تونس", "+01:00", "Africa/Tunis"}, {"الخرطوم", "+02:00", "Africa/Khartoum"},
		{"طرابلس", "+02:00", "Africa/Tripoli"}, {"القاهرة", "", "Africa/Cairo"}, {"القدس", "", "Asia/Jerusalem"},
		{"بيروت", "", "Asia/Beirut"}, {"الرباط", "", "Africa/Casablanca"}, {"باريس", "", "Europe/Paris"},
		{"لندن", "", "Europe/London"}, {"واشنطن", "", "America/New_York"}, {"نيويورك", "", "America/New_York"},
		{"بروكسل", "", "Europe/Brussels"}, {"جنيف", "", "Europe/Zurich"},
	} {
		zoneNames[normalize.Word(z.w)] = z.name
		zones[normalize.Word(z.w)] = z.off
	}
}
