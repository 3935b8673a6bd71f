package timex

import (
	"strings"

	"github.com/newsx/newsx/extract/token"
	"github.com/newsx/newsx/normalize"
)

var (
	wSawfa  = normalize.Word("سوف")
	wQabl   = normalize.Word("قبل")
	wBad    = normalize.Word("بعد")
	wDhuhr  = normalize.Word("الظهر")
	wLayl   = normalize.Word("الليل")
	wLayla  = normalize.Word("الليلة")
	wYawmAl = normalize.Word("اليوم")
)

// nouns that start like a future verb (سـ + imperfect prefix).
var notFuture = formSet(`سيارة سيارات سيطرة سيد سيدة سيدات سياسي سياسية سياسيون سياسيين سياسات سياحة سياحي سياحية
	سيول سيناء ستون ستين ستة ستمائة سينما سيناريو سيادة سير سيرة سيف ساعة ساعات سابق سابقة ساحة ساحات سنوات سنة
	سيئة سيء ستار ستارة سيجارة سيرين سيول سياق ستراتيجية سنوي سنوية سياج`)

// formSet returns the matching forms of the space-separated words.
func formSet(words string) map[string]bool {
	set := map[string]bool{}
	for w := range strings.FieldsSeq(words) {
		set[normalize.Word(w)] = true
	}
	return set
}

// futureVerb reports a verb with the future prefix سـ (سيزور, وستعقد).
func futureVerb(t *token.Token) bool {
	if len(t.Analyses) < 2 {
		return false
	}
	for _, an := range t.Analyses[1:] {
		p := an.Prefix
		if p == "" || an.Suffix != "" || an.Article {
			continue
		}
		if p[len(p)-1:] == "س"[1:] && strings.HasSuffix(p, "س") && len([]rune(an.Stem)) >= 3 && !notFuture[an.Stem] {
			// The word itself is asked last: few words get this far.
			return !notFuture[t.Text]
		}
	}
	return false
}

// ---- numbers ----

// cardAt reads a cardinal at i: digits or words (ثلاثة, ثلاثة عشر,
// خمسة وعشرين, مائة وخمسون).
func (p *parser) cardAt(i int) (int, int, bool) {
	if !p.ok(i) {
		return 0, i, false
	}
	t := &p.toks[i]
	if t.num >= 0 {
		return t.num, i + 1, true
	}
	if t.e.c != cCard || t.art {
		return 0, i, false
	}
	v := int(t.e.v)
	j := i + 1
	if v < 10 && p.isTeen(j) {
		v += 10
		j++
	}
	for k := 0; k < 2; k++ {
		// و as a proclitic (وعشرين) or as its own token (و عشرين).
		n := j
		if p.isWa(n) {
			n++
		} else if !p.hasWa(n) {
			break
		}
		if !p.ok(n) || p.toks[n].e.c != cCard || p.toks[n].art {
			if p.ok(n) && p.toks[n].num >= 0 && p.isWa(j) == false && p.hasWa(n) {
				break
			}
			break
		}
		w := int(p.toks[n].e.v)
		m := n + 1
		if w < 10 && p.isTeen(m) {
			w += 10
			m++
		}
		if w >= v && v < 100 {
			// ثلاثة وعشرين: units then tens.
			if p.toks[n].e.f&fTens == 0 {
				break
			}
		}
		v += w
		j = m
	}
	return v, j, true
}

func (p *parser) isTeen(i int) bool {
	if !p.ok(i) || p.toks[i].pre != "" || p.toks[i].art {
		return false
	}
	w := p.toks[i].stem
	return w == wAshr || w == wAshra
}

// ordAt reads an ordinal at i: الثالث, الثالثة عشرة, الحادي والعشرين,
// العشرين, أول.
func (p *parser) ordAt(i int) (int, int, bool) {
	if !p.ok(i) {
		return 0, i, false
	}
	t := &p.toks[i]
	v := 0
	switch {
	case t.e.c == cOrd:
		v = int(t.e.v)
	case t.e.c == cUnit && t.e.v == uSecond && t.e.f == 0:
		v = 2 // الثانية (the second) reads as a unit too
	case t.e.c == cCard && t.e.f&fTens != 0 && (t.art || t.stem != t.w):
		return int(t.e.v), i + 1, true
	default:
		return 0, i, false
	}
	j := i + 1
	if p.isTeen(j) {
		if v == 11 {
			v = 1
		}
		return v + 10, j + 1, true
	}
	n := j
	if p.isWa(n) {
		n++
	}
	if p.ok(n) && (p.hasWa(n) || n > j) && p.toks[n].e.c == cCard && p.toks[n].e.f&fTens != 0 {
		if v == 11 {
			v = 1
		}
		if v <= 9 {
			return v + int(p.toks[n].e.v), n + 1, true
		}
	}
	if v == 11 {
		return 0, i, false
	}
	return v, j, true
}

// dayAt reads a day of the month: 1..31 in digits or an ordinal.
func (p *parser) dayAt(i int) (int, int, bool) {
	if !p.ok(i) {
		return 0, i, false
	}
	t := &p.toks[i]
	if t.num >= 1 && t.num <= 31 && t.nd <= 2 {
		return t.num, i + 1, true
	}
	if t.e.f&fFem != 0 || t.e.c == cUnit {
		// Days agree with يوم: الثالث, not الثالثة (الدورة الثالثة).
		return 0, i, false
	}
	if v, j, ok := p.ordAt(i); ok && v >= 1 && v <= 31 {
		return v, j, true
	}
	return 0, i, false
}

// ---- months ----

type month struct {
	m      int
	hijri  bool
	strong bool // unambiguous, or made so by شهر or a pairing
	strict bool // آب: only a day or a year makes it a month
}

// monthAt reads a month name at i in any of the four systems, a Hijri
// month, a numbered month (شهر 10, الشهر العاشر), and paired forms
// (تشرين الأول/أكتوبر, أكتوبر (تشرين الأول)).
func (p *parser) monthAt(i int) (month, int, bool) {
	if !p.ok(i) {
		return month{}, i, false
	}
	t := &p.toks[i]
	if t.e.c == cUnit && t.e.v == uMonth && t.e.f == 0 {
		// شهر + name / number.
		if mo, j, ok := p.monthName(i + 1); ok {
			mo.strong, mo.strict = true, false
			return mo, j, true
		}
		if p.ok(i+1) && p.toks[i+1].num >= 1 && p.toks[i+1].num <= 12 && p.toks[i+1].nd <= 2 {
			return month{m: p.toks[i+1].num, strong: true}, i + 2, true
		}
		if t.art {
			if v, j, ok := p.ordAt(i + 1); ok && v >= 1 && v <= 12 {
				return month{m: v, strong: true}, j, true
			}
		} else if v, j, ok := p.cardAt(i + 1); ok && v >= 1 && v <= 12 && p.toks[i+1].num < 0 {
			return month{m: v, strong: true}, j, true
		}
		return month{}, i, false
	}
	return p.monthName(i)
}

func (p *parser) monthName(i int) (month, int, bool) {
	if !p.ok(i) {
		return month{}, i, false
	}
	t := &p.toks[i]
	var mo month
	j := i + 1
	switch t.e.c {
	case cMonth:
		mo = month{m: int(t.e.v), strong: t.e.f&fAmb == 0, strict: t.stem == "اب"}
	case cMonHead:
		if !p.ok(j) || p.toks[j].pre != "" {
			return mo, i, false
		}
		s := p.toks[j].w
		first := s == wAwwal || s == wAwwal2 || s == wAwwal3
		second := s == wThani || s == wThani2
		if !first && !second {
			return mo, i, false
		}
		kanun := t.stem == wKanun
		switch {
		case kanun && first:
			mo.m = 12
		case kanun:
			mo.m = 1
		case first:
			mo.m = 10
		default:
			mo.m = 11
		}
		mo.strong = true
		j++
	case cHMonth:
		mo = month{m: int(t.e.v), hijri: true, strong: false}
	case cHMonHead, cSeason:
		if t.e.c == cSeason && (t.stem != wRabi || t.art) {
			return mo, i, false
		}
		if !p.ok(j) || p.toks[j].pre != "" {
			return mo, i, false
		}
		s := p.toks[j].w
		first := s == wAwwal || s == wAwwal2 || s == wAwwal3 || s == wUla
		second := s == wThani || s == wThani2 || s == wThani3 || s == wAkhir || s == wAkhira || s == wAkhir2
		switch t.stem {
		case wRabi:
			if first {
				mo.m = 3
			} else if second {
				mo.m = 4
			}
		case wJumada:
			if first {
				mo.m = 5
			} else if second {
				mo.m = 6
			}
		default: // ذو / ذي
			if s == wQida {
				mo.m = 11
			} else if s == wHijja {
				mo.m = 12
			}
		}
		if mo.m == 0 {
			return mo, i, false
		}
		mo.hijri, mo.strong = true, true
		j++
	default:
		return mo, i, false
	}
	if mo.hijri {
		return mo, j, true
	}
	// Paired forms.
	if p.punct(j, "/") || p.punct(j, "-") {
		if o, k, ok := p.monthName(j + 1); ok && !o.hijri && p.sameSent(i, j+1) {
			mo.strong, mo.strict = true, false
			if o.strong || o.m == mo.m {
				j = k
			}
		}
	} else if p.punct(j, "(") {
		if o, k, ok := p.monthName(j + 1); ok && !o.hijri && p.punct(k, ")") {
			mo.strong, mo.strict = true, false
			j = k + 1
		}
	}
	return mo, j, true
}

// ---- years ----

// yearAt reads a year: عام 2025, لعام 2025, سنة 1990م, 2025, 1446 هـ.
// kw reports that a keyword (عام/سنة) introduced it; era is +1 for م,
// -1 for هـ.
func (p *parser) yearAt(i int, bare bool) (y, j, era int, kw, ok bool) {
	j = i
	if p.ok(j) && p.toks[j].e.c == cUnit && p.toks[j].e.v == uYear && p.toks[j].e.f == 0 {
		kw = true
		j++
		if p.fnPlain(j) == fnMin || p.fnPlain(j) == fnFi {
			j++
		}
	}
	if !p.ok(j) || p.toks[j].num < 0 {
		return 0, i, 0, false, false
	}
	t := &p.toks[j]
	if kw {
		if t.num < 1 || t.num > 2999 || t.nd < 2 {
			return 0, i, 0, false, false
		}
	} else if !bare || t.nd != 4 || t.num < 1000 || t.num > 2999 {
		return 0, i, 0, false, false
	}
	y = t.num
	j++
	switch p.fn(j) {
	case fnHijriMark:
		if p.toks[j].pre == "" {
			era = -1
			j++
		}
	case fnMiladiMark:
		if p.toks[j].pre == "" || p.toks[j].pre == "ل" {
			era = 1
			j++
		}
	}
	if p.punct(j, ".") && era == -1 && p.adj(j-1) {
		// هـ. : the dot of the abbreviation ends the expression.
	}
	return y, j, era, kw, true
}

// ---- the accumulator ----

// acc gathers the parts of one expression (weekday, date, time, zone)
// before it is resolved.
type acc struct {
	// date
	y, m, d   int
	g         grain
	dateSet   bool
	dayOnly   bool
	yearOnly  bool
	yOpen     bool // month or day given without a year
	hijri     string
	hm        int // a Hijri month without a year (رمضان)
	hY, hM    int // the Hijri year and month of a complete Hijri date
	hd        int
	anchor    string
	mod       int
	q         int
	season    string
	wk        int
	weekNth   int
	monthDir  int
	bareMonth bool
	present   bool
	interval  *tv
	weekend   bool
	// weekday
	wd, wdDir, wdNth, wdOrd int
	wdSet, wdBare           bool
	// time
	h, mi   int
	sec     int
	tg      grain
	part    int
	timeSet bool
	hasSaa  bool
	zone    string
	zoneSet bool
	zattr   string
	prayer  string
	tonight bool
	rel     bool
}

// exprAt reads a date and/or time at i.
func (p *parser) exprAt(i int) (int, tv, bool) {
	m := p.accRef(i)
	if m.n == 0 || m.a.dayOnly && !m.a.wdSet {
		return i, tv{}, false
	}
	j, a := m.j, m.a
	v, ok := p.finish(&a, i)
	return j, v, ok
}

// glue skips the words that may join the parts of one expression.
func (p *parser) glue(j int) int {
	for c := 0; c < 2 && p.ok(j); c++ {
		t := &p.toks[j]
		if t.kind == token.Punct && (t.w == "،" || t.w == ",") {
			j++
			continue
		}
		if t.pre == "" {
			switch p.fn(j) {
			case fnMuwafiq, fnMin, fnFi, fnInd, fnAla, fnTamam:
				j++
				continue
			}
		}
		break
	}
	return j
}

// weekdayPart: [Nth] [يوم] weekday [shift | الأسبوع shift | ordinal].
func (p *parser) weekdayPart(i int, a *acc) (int, bool) {
	if a.wdSet || a.timeSet && a.dateSet {
		return i, false
	}
	j := i
	nth := 0
	if p.ok(j) && !p.toks[j].art && p.toks[j].pre == "" {
		if p.toks[j].e.c == cOrd && p.toks[j].e.v <= 5 {
			nth = int(p.toks[j].e.v)
			j++
		} else if p.toks[j].e.c == cMod && p.toks[j].stem == "اخر" {
			nth = -1
			j++
		}
	}
	yawm := false
	if p.ok(j) && p.toks[j].stem == wYawm && p.toks[j].e.c == cUnit && !p.toks[j].art {
		yawm = true
		j++
	}
	if !p.ok(j) {
		return i, false
	}
	t := &p.toks[j]
	wd := 0
	bare := false
	switch {
	case t.e.c == cWeekday && t.e.f&fBare == 0:
		wd = int(t.e.v)
	case yawm || nth != 0 || p.isWeekWord(j+1):
		if d, ok := bareWd[t.stem]; ok {
			wd, bare = d, true
		}
		if d, ok := bareWd[t.w]; ok && wd == 0 {
			wd, bare = d, true
		}
	}
	if wd == 0 {
		return i, false
	}
	_ = bare
	j++
	a.wd, a.wdSet, a.wdNth = wd, true, nth
	if nth > 0 && p.fnPlain(j) == fnBad {
		// ثالث ثلاثاء بعد عيد الميلاد 2014
		b := acc{h: -1}
		if e, ok := p.datePart(j+1, &b); ok && b.g == gDay && b.m > 0 && b.d > 0 {
			y := b.y
			if y == 0 && p.hasRef {
				y = p.ref.Year()
			}
			if y > 0 {
				base := date(y, b.m, b.d)
				t := base.AddDate(0, 0, (wd-isoWd(base)+7)%7)
				if !t.After(base) {
					t = t.AddDate(0, 0, 7)
				}
				t = t.AddDate(0, 0, 7*(nth-1))
				a.y, a.m, a.d, a.g, a.dateSet, a.wdNth = t.Year(), int(t.Month()), t.Day(), gDay, true, 0
				return e, true
			}
		}
	}
	// الماضي / المقبل / السابق …
	if p.cls(j) == cShift && p.toks[j].pre == "" {
		a.wdDir = int(p.toks[j].e.v)
		if a.wdDir == 0 {
			a.wdDir = 2 // this week's
		}
		j++
		return j, true
	}
	if (p.fnPlain(j) == fnBad || p.fnPlain(j) == fnQabl) && p.cls(j+1) == cShift && p.toks[j+1].e.v != 0 {
		// الجمعة بعد المقبلة / الأحد قبل الماضي
		a.wdDir = 3 * int(p.toks[j+1].e.v)
		return j + 2, true
	}
	// (من) الأسبوع الماضي: handled as a date part; the weekday then
	// falls in that week.
	if nth == 0 {
		if v, e, ok := p.ordAt(j); ok && !(p.ok(j) && p.toks[j].e.c == cCard && p.toks[j].num >= 0) {
			if p.ok(j) && (p.toks[j].art || p.toks[j].e.c == cOrd) {
				a.wdOrd = v
				j = e
			}
		} else if p.fnPlain(j) == fnAkhir {
			a.wdNth = -1
			j++
		}
	}
	return j, true
}

func (p *parser) isWeekWord(i int) bool {
	return p.ok(i) && p.toks[i].e.c == cUnit && p.toks[i].e.v == uWeek && p.toks[i].art
}

// datePart reads one date component and merges it into a. The readers
// are called directly, not through a table of method values: an indirect
// call makes a escape, and every caller's accumulator would then be
// allocated on the heap for each token tried.
func (p *parser) datePart(i int, a *acc) (int, bool) {
	if !p.ok(i) {
		return i, false
	}
	if j, ok := p.numericDate(i, a); ok {
		return j, true
	}
	if j, ok := p.dayMonthYear(i, a); ok {
		return j, true
	}
	if j, ok := p.relDay(i, a); ok {
		return j, true
	}
	if j, ok := p.relUnit(i, a); ok {
		return j, true
	}
	if j, ok := p.yearPart(i, a); ok {
		return j, true
	}
	if j, ok := p.holiday(i, a); ok {
		return j, true
	}
	if p.fn(i) == fnUtla && !a.dateSet {
		// عطلة نهاية الأسبوع
		b := *a
		if j, ok := p.modPart(i+1, &b); ok && b.g == gWeek && b.mod == mEnd {
			*a = b
			a.mod, a.weekend = 0, true
			return j, true
		}
	}
	if j, ok := p.modPart(i, a); ok {
		return j, true
	}
	if j, ok := p.weekOfMonth(i, a); ok {
		return j, true
	}
	if j, ok := p.eraPart(i, a); ok {
		return j, true
	}
	return i, false
}

// numericDate: 23/10/2025, 23-10-2025, 2025-10-23, 21/09, 2/2013,
// 14-09-1432 هـ.
func (p *parser) numericDate(i int, a *acc) (int, bool) {
	if a.dateSet {
		return i, false
	}
	if p.toks[i].num < 0 {
		return p.dottedDate(i, a)
	}
	var ns []int
	var nd []int
	j := i
	sep := ""
	for len(ns) < 3 && p.ok(j) && p.toks[j].num >= 0 {
		ns = append(ns, p.toks[j].num)
		nd = append(nd, p.toks[j].nd)
		j++
		if len(ns) == 3 || !p.ok(j+1) || p.toks[j].kind != token.Punct || !p.adj(j-1) || !p.adj(j) {
			break
		}
		s := p.toks[j].w
		if s != "/" && s != "-" && s != "." && s != "\\" {
			break
		}
		if sep != "" && s != sep {
			break
		}
		if p.toks[j+1].num < 0 {
			break
		}
		sep = s
		j++
	}
	if len(ns) < 2 {
		return i, false
	}
	era := 0
	if p.fn(j) == fnHijriMark && p.toks[j].pre == "" {
		era = -1
		j++
	} else if p.fn(j) == fnMiladiMark && p.toks[j].pre == "" {
		era = 1
		j++
	}
	var y, m, d int
	switch {
	case len(ns) == 3 && nd[0] == 4:
		y, m, d = ns[0], ns[1], ns[2]
	case len(ns) == 3 && (nd[2] == 4 || nd[2] == 2):
		d, m, y = ns[0], ns[1], ns[2]
		if nd[2] == 2 {
			y += 2000
			if y > 2069 {
				y -= 100
			}
		}
	case len(ns) == 2 && nd[1] == 4:
		m, y = ns[0], ns[1]
		if sep == "." || m < 1 || m > 12 {
			return i, false
		}
		a.y, a.m, a.g, a.dateSet = y, m, gMonth, true
		return j, true
	case len(ns) == 2 && nd[0] <= 2 && nd[1] <= 2 && sep == "/":
		d, m = ns[0], ns[1]
		a.yOpen = true
	default:
		return i, false
	}
	if m > 12 && d <= 12 && era == 0 {
		m, d = d, m // 4/25: month first
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return i, false
	}
	if era == -1 || (era == 0 && y >= 1300 && y <= 1500) {
		return p.setHijri(y, m, d, a, j)
	}
	if y != 0 && d > daysIn(y, m) {
		return i, false
	}
	a.y, a.m, a.d, a.g, a.dateSet = y, m, d, gDay, true
	return j, true
}

// setHijri converts a complete Hijri date into a.
func (p *parser) setHijri(y, m, d int, a *acc, j int) (int, bool) {
	t, ok := hijriToGregorian(y, m, d)
	if !ok {
		return j, false
	}
	a.y, a.m, a.d, a.g, a.dateSet = t.Year(), int(t.Month()), t.Day(), gDay, true
	a.hijri = hijriAttr(y, m, d)
	a.hY, a.hM = y, m
	return j, true
}

// dayMonthYear: [day [و day]] [من] month [year], month + shift.
func (p *parser) dayMonthYear(i int, a *acc) (int, bool) {
	j := i
	d := 0
	if a.dayOnly {
		d = a.d
	}
	dayGiven := false
	if !a.dateSet || a.dayOnly {
		// آخر يوم من / اليوم الثالث من
		if p.fn(j) == fnGhurra {
			d, dayGiven = 1, true
			j++
		} else if p.ok(j) && p.toks[j].stem == "اخر" && p.toks[j].e.c == cMod && p.ok(j+1) && p.toks[j+1].stem == wYawm && p.toks[j+1].e.c == cUnit {
			d, dayGiven = -1, true
			j += 2
		} else if p.ok(j+1) && p.toks[j].e.c == cOrd && !p.toks[j].art && p.toks[j+1].stem == wYawm && p.toks[j+1].e.c == cUnit && !p.toks[j+1].art &&
			(p.fnPlain(j+2) == fnMin || p.fnPlain(j+2) == fnFi) {
			d, dayGiven = int(p.toks[j].e.v), true
			j += 2
		} else if p.ok(j) && p.toks[j].w == wYawmAl {
			if v, e, ok := p.ordAt(j + 1); ok && v <= 31 {
				d, dayGiven = v, true
				j = e
			}
		} else if v, e, ok := p.dayAt(j); ok {
			d, dayGiven = v, true
			j = e
		}
	}
	k := j
	if dayGiven || a.dayOnly {
		if p.fnPlain(k) == fnMin || p.fnPlain(k) == fnFi {
			k++
		}
	}
	mo, e, ok := p.monthAt(k)
	if !ok && dayGiven && k > j {
		// 8 من الشهر الجاري
		b := *a
		b.d, b.dayOnly = d, true
		if e2, ok2 := p.relUnit(k, &b); ok2 && !b.dayOnly {
			*a = b
			return e2, true
		}
	}
	if !ok {
		if dayGiven && a.wdSet && !a.dateSet && d > 0 && (p.toks[i].num < 0 || !p.ok(j) || p.toks[j].kind != token.Word || p.toks[j].e.c != cNone) {
			// السبت السادس عشر: a day of the reference month.
			a.d, a.dayOnly = d, true
			return j, true
		}
		// A day without a month: a range or list may give it one.
		return i, false
	}
	if a.dateSet && !a.dayOnly {
		return i, false
	}
	j = e
	// Year.
	y, era := 0, 0
	yk := j
	if p.fnPlain(yk) == fnMin || p.fnPlain(yk) == fnFi || p.punct(yk, "،") || p.punct(yk, ",") {
		yk++
	}
	if yy, e2, er, _, ok := p.yearAt(yk, true); ok {
		y, era, j = yy, er, e2
	} else if yy, e2, er, _, ok := p.yearAt(j, true); ok {
		y, era, j = yy, er, e2
	}
	shift := 0
	shifted := false
	if y == 0 && p.cls(j) == cShift && p.toks[j].pre == "" {
		shift, shifted = int(p.toks[j].e.v), true
		j++
	} else if y == 0 && (p.fnPlain(j) == fnBad || p.fnPlain(j) == fnQabl) && p.cls(j+1) == cShift && p.toks[j+1].e.v != 0 {
		// آذار بعد القادم / أيار قبل الماضي
		shift, shifted = 3*int(p.toks[j+1].e.v), true
		j += 2
	}
	if !mo.strong {
		ctx := dayGiven || a.dayOnly || y > 0 || shifted || !mo.hijri && p.alone(i, j)
		if !ctx && !mo.strict && !mo.hijri {
			ctx = p.monthContext(i)
		}
		if !ctx && mo.hijri && mo.m == 9 {
			ctx = p.monthContext(i)
		}
		if !ctx {
			return i, false
		}
	}
	if d == 0 && a.dayOnly {
		d = a.d
	}
	if mo.hijri {
		return p.hijriDate(y, era, mo.m, d, a, j)
	}
	if y > 0 && era == -1 {
		return i, false
	}
	a.m = mo.m
	a.dateSet, a.dayOnly = true, false
	if d != 0 {
		a.d, a.g = d, gDay
	} else {
		a.g = gMonth
		if y == 0 && !shifted {
			a.bareMonth = true
		}
	}
	if y > 0 {
		a.y = y
	} else if shifted {
		a.monthDir = shift
		if shift == 0 {
			a.monthDir = 2
		}
		p.resolveMonthShift(a)
	} else {
		a.yOpen = true
	}
	if d == -1 {
		a.d = 0
		a.mod = -1 // last day
	}
	return j, true
}

// monthContext reports that the word before a month name makes a month
// reading likely (في مارس, منذ نيسان, مطلع أيار, خلال رمضان).
func (p *parser) monthContext(i int) bool {
	t := &p.toks[i]
	if t.pre != "" && t.pre != "و" {
		return true // بمارس, لنيسان
	}
	if !p.ok(i - 1) {
		return false
	}
	switch p.fn(i - 1) {
	case fnFi, fnMundh, fnHatta, fnKhilal, fnMin, fnIla, fnBayn, fnQabl, fnBad, fnLighaya:
		return true
	}
	return p.toks[i-1].e.c == cMod
}

// resolveMonthShift fixes the year of "month + الماضي/المقبل/الجاري".
func (p *parser) resolveMonthShift(a *acc) {
	if !p.hasRef {
		return
	}
	ry, rm := p.ref.Year(), int(p.ref.Month())
	y := ry
	switch a.monthDir {
	case -1, -3:
		if a.m >= rm {
			y--
		}
	case 1, 3:
		if a.m <= rm {
			y++
		}
	}
	switch a.monthDir {
	case 3:
		y++
	case -3:
		y--
	}
	a.y = y
}

// hijriDate fills a from a Hijri month with an optional day and year.
func (p *parser) hijriDate(y, era, m, d int, a *acc, j int) (int, bool) {
	if y > 0 && y < 1900 || era == -1 {
		if d > 0 {
			return p.setHijri(y, m, d, a, j)
		}
		first, last, ok := hijriMonth(y, m)
		if !ok {
			return j, false
		}
		a.dateSet = true
		a.y, a.m, a.d, a.g = first.Year(), int(first.Month()), first.Day(), gDay
		a.interval = p.keep(fromTime(last, gDay))
		a.hijri = hijriAttr(y, m, 0)
		return j, true
	}
	// Year from context: the given Gregorian year or the reference's.
	gy := y
	if gy == 0 && p.hasRef {
		gy = p.ref.Year()
	}
	a.dateSet = true
	dd := d
	if dd <= 0 {
		dd = 1
	}
	if gy == 0 {
		a.g = gDay
		a.hijri = hijriAttr(0, m, d)
		a.hm, a.hd = m, d
		return j, true
	}
	nb := date(gy, 1, 1)
	if p.hasRef && y == 0 {
		nb = p.ref
	}
	t, hy, ok := hijriInYear(gy, m, dd, nb)
	if !ok {
		return j, false
	}
	if d > 0 {
		a.y, a.m, a.d, a.g = t.Year(), int(t.Month()), t.Day(), gDay
		a.hijri = hijriAttr(hy, m, d)
		return j, true
	}
	first, last, ok := hijriMonth(hy, m)
	if !ok {
		return j, false
	}
	a.y, a.m, a.d, a.g = first.Year(), int(first.Month()), first.Day(), gDay
	a.interval = p.keep(fromTime(last, gDay))
	a.hijri = hijriAttr(hy, m, 0)
	return j, true
}

// relDay: اليوم أمس غدا الليلة الآن, يوم غد, أول أمس, قبل أمس, بعد غد.
func (p *parser) relDay(i int, a *acc) (int, bool) {
	if a.dateSet {
		return i, false
	}
	j := i
	off, ok := 0, false
	t := &p.toks[j]
	switch {
	case t.e.c == cRelDay:
		off, ok = int(t.e.v), true
		j++
		if off == 0 && p.ok(j) && p.toks[j].kind == token.Word && p.theDay(j) {
			// اليوم التالي, اليوم نفسه, اليوم العالمي: a day, not today.
			return i, false
		}
		// اليوم الذي بعد غد / اليوم القبل البارحة
		if off == 0 && (p.fn(j) == fnAllati || p.fn(j) == fnIla || p.word(j) == "القبل" || p.word(j) == "البعد") {
			k := j
			if p.fn(k) == fnAllati || p.fn(k) == fnIla {
				k++
			}
			if b := p.toks[min(k, len(p.toks)-1)]; p.ok(k) && (b.stem == wQabl || b.stem == wBad || b.w == "القبل" || b.w == "البعد") {
				if p.ok(k+1) && p.toks[k+1].e.c == cRelDay && p.toks[k+1].e.v != 0 {
					o := int(p.toks[k+1].e.v)
					if b.stem == wQabl || b.w == "القبل" {
						o--
					} else {
						o++
					}
					off, j = o, k+2
				}
			}
		}
	case t.e.c == cUnit && t.e.v == uDay && t.e.f == 0 && !t.art && t.pre == "":
		// يوم غد / يوم أمس / يوم قبل أمس
		k := j + 1
		if p.ok(k) && p.toks[k].e.c == cRelDay && p.toks[k].e.v != 0 && p.toks[k].e.v < 100 {
			off, ok, j = int(p.toks[k].e.v), true, k+1
		} else if p.fn(k) == fnGhad {
			off, ok, j = 1, true, k+1
		} else if (p.fn(k) == fnQabl || p.fn(k) == fnBad) && p.ok(k+1) && p.toks[k+1].e.c == cRelDay {
			o := int(p.toks[k+1].e.v)
			if p.fn(k) == fnQabl {
				o--
			} else {
				o++
			}
			off, ok, j = o, true, k+2
		}
	case t.e.c == cOrd && t.e.v == 1 && !t.art:
		// أول أمس / أول من أمس
		k := j + 1
		if p.fnPlain(k) == fnMin {
			k++
		}
		if p.ok(k) && p.toks[k].e.c == cRelDay && p.toks[k].e.v == -1 {
			off, ok, j = -2, true, k+1
		}
	case (t.e.c == cFunc && (t.e.v == fnQabl || t.e.v == fnBad)):
		k := j + 1
		if p.ok(k) && p.toks[k].e.c == cRelDay && (p.toks[k].e.v == -1 || p.toks[k].e.v == 1) {
			o := int(p.toks[k].e.v)
			if t.e.v == fnQabl && o == -1 {
				off, ok, j = -2, true, k+1
			} else if t.e.v == fnBad && o == 1 {
				off, ok, j = 2, true, k+1
			}
		} else if t.e.v == fnBad && p.fn(k) == fnGhad {
			off, ok, j = 2, true, k+1
		}
	case t.e.c == cFunc && t.e.v == fnFi && p.ok(j+2) && p.fn(j+1) == fnHadha && p.toks[j+2].stem == wLahza:
		off, ok, j = 200, true, j+3
	case t.e.c == cFunc && t.e.v == fnHadha && p.ok(j+1) && p.toks[j+1].stem == wLahza:
		off, ok, j = 200, true, j+2
	}
	if !ok {
		return i, false
	}
	a.dateSet, a.g, a.rel = true, gDay, true
	switch off {
	case 200:
		a.present = true
		a.anchor = "REF"
		if p.hasRef {
			a.y, a.m, a.d = p.ref.Year(), int(p.ref.Month()), p.ref.Day()
		}
		return j, true
	case 100:
		off = 0
		a.tonight = true
		if a.part == pNone {
			a.part = pNight
		}
	}
	a.anchor = relAnchor(off, "D")
	if p.hasRef {
		t := p.ref.AddDate(0, 0, off)
		a.y, a.m, a.d = t.Year(), int(t.Month()), t.Day()
	}
	return j, true
}

func relAnchor(off int, unit string) string {
	switch {
	case off == 0:
		return "REF"
	case off >= -maxAnchorOff && off <= maxAnchorOff:
		for k, u := range anchorUnits {
			if u == unit {
				return anchorTab[k][off+maxAnchorOff]
			}
		}
	}
	return relAnchorSlow(off, unit)
}

func relAnchorSlow(off int, unit string) string {
	switch {
	case off == 0:
		return "REF"
	case off > 0:
		return "REF+P" + itoa(off) + unit
	}
	return "REF-P" + itoa(-off) + unit
}

// The anchors of small offsets in the units the grammar writes, made once:
// relative dates are common enough in news that building the string for
// each candidate showed in profiles.
const maxAnchorOff = 12

var anchorUnits = [...]string{"D", "W", "M", "Y", "Q", "CE", "DE", ""}

var anchorTab = func() (t [len(anchorUnits)][2*maxAnchorOff + 1]string) {
	for k, u := range anchorUnits {
		for off := -maxAnchorOff; off <= maxAnchorOff; off++ {
			t[k][off+maxAnchorOff] = relAnchorSlow(off, u)
		}
	}
	return t
}()

// eraCode is the anchor unit of a century or decade.
func eraCode(u int) string {
	switch u {
	case uCentury:
		return "CE"
	case uDecade:
		return "DE"
	}
	return ""
}

// periodCode is the anchor unit of a week, month, year or (when quarter
// is set) quarter.
func periodCode(u int, quarter bool) string {
	switch u {
	case uWeek:
		return "W"
	case uMonth:
		return "M"
	case uYear:
		return "Y"
	case uQuarter:
		if quarter {
			return "Q"
		}
	}
	return ""
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// relUnit: الأسبوع/الشهر/العام + shift, هذا العام, السنة القادمة,
// الأسبوع قبل الماضي.
func (p *parser) relUnit(i int, a *acc) (int, bool) {
	j := i
	hadha := false
	if p.fnPlain(j) == fnHadha {
		hadha = true
		j++
	}
	if !p.ok(j) || p.toks[j].e.c != cUnit || !p.toks[j].art || p.toks[j].e.f != 0 {
		return i, false
	}
	u := int(p.toks[j].e.v)
	if u != uWeek && u != uMonth && u != uYear && u != uDecade && u != uCentury && u != uDay && u != uQuarter {
		return i, false
	}
	j++
	off := 0
	switch {
	case hadha:
	case a.dayOnly && u == uMonth && p.cls(j) != cShift:
		// 15 من الشهر: the current month
	case p.cls(j) == cShift && p.toks[j].pre == "":
		off = int(p.toks[j].e.v)
		j++
	case (p.fnPlain(j) == fnQabl || p.fnPlain(j) == fnBad) && p.cls(j+1) == cShift:
		// الأسبوع قبل الماضي / الشهر بعد المقبل
		off = int(p.toks[j+1].e.v) * 2
		j += 2
	default:
		return i, false
	}
	if u == uDay {
		if off == 0 {
			return i, false
		}
		// اليوم التالي is the next day after another date: no reference.
		return i, false
	}
	if u == uCentury || u == uDecade {
		// القرن الماضي: the 20th century (19), العقد الماضي.
		if a.dateSet {
			return i, false
		}
		a.dateSet, a.rel = true, true
		a.g = unitGrain(u)
		a.anchor = relAnchor(off, eraCode(u))
		if p.hasRef {
			t := addUnit(p.ref, u, off)
			a.y = t.Year()
			if u == uCentury {
				a.y = a.y / 100 * 100
			} else {
				a.y = a.y / 10 * 10
			}
		}
		return j, true
	}
	if a.dayOnly && u == uMonth {
		if p.hasRef {
			t := p.ref.AddDate(0, off, 0)
			a.y, a.m = t.Year(), int(t.Month())
		} else {
			a.y, a.m = 0, 0
		}
		a.dateSet, a.dayOnly, a.g, a.rel = true, false, gDay, true
		a.anchor = relAnchor(off, "M")
		return j, true
	}
	if a.dateSet {
		// أكتوبر السنة القادمة: the year of a month.
		if u == uYear && a.y == 0 && (a.yOpen || a.bareMonth) {
			a.yOpen, a.bareMonth = false, false
			if p.hasRef {
				a.y = p.ref.Year() + off
			}
			return j, true
		}
		if u == uMonth && a.dayOnly {
			if p.hasRef {
				t := p.ref.AddDate(0, off, 0)
				a.y, a.m = t.Year(), int(t.Month())
			}
			a.dateSet, a.dayOnly, a.g = true, false, gDay
			return j, true
		}
		return i, false
	}
	if a.dayOnly {
		return i, false
	}
	a.dateSet, a.rel = true, true
	a.g = unitGrain(u)
	a.anchor = relAnchor(off, periodCode(u, true))
	if u == uQuarter {
		if p.hasRef {
			t := addUnit(p.ref, u, off)
			a.y, a.q = t.Year(), (int(t.Month())-1)/3+1
		}
		return j, true
	}
	if p.hasRef {
		t := addUnit(p.ref, u, off)
		v := fromTime(t, a.g)
		a.y, a.m, a.d, a.wk = v.y, v.m, v.d, v.wk
		if a.g == gYear {
			a.m, a.d = 0, 0
		}
	}
	return j, true
}

// yearPart: عام 2025, لعام 2025م, سنة 1432 هـ, 2025م, في 2024.
func (p *parser) yearPart(i int, a *acc) (int, bool) {
	if a.dateSet && !(a.y == 0 && (a.yOpen || a.bareMonth || a.hm > 0)) {
		return i, false
	}
	y, j, era, kw, ok := p.yearAt(i, true)
	if !ok {
		return i, false
	}
	if !kw && era == 0 && !a.dateSet && !a.wdSet {
		// A bare four-digit number is a year only after a temporal
		// preposition and before no noun (في 2024, منذ 2011), or alone
		// between punctuation or line edges ((1954), a dateline).
		if p.alone(i, j) && y >= 1900 && y <= 2100 {
			a.y, a.g, a.dateSet, a.yearOnly = y, gYear, true, true
			return j, true
		}
		if !p.ok(i-1) || p.toks[i-1].pre != "" {
			return i, false
		}
		switch p.fn(i - 1) {
		case fnFi, fnMundh, fnHatta, fnKhilal, fnQabl, fnBad, fnLighaya:
		default:
			if p.cls(i-1) != cMod {
				return i, false
			}
		}
		if p.ok(j) && p.toks[j].kind == token.Word && p.toks[j].e.c == cNone && !p.isWa(j) {
			return i, false
		}
		if y < 1900 || y > 2100 {
			return i, false
		}
	}
	if era == -1 {
		if a.dateSet && a.hm > 0 {
			return j, false
		}
		if !a.dateSet {
			a.dateSet, a.g, a.yearOnly = true, gYear, true
			a.hijri = y4(y)
			// A Hijri year spans two Gregorian years: give the interval.
			first, _, ok1 := hijriMonth(y, 1)
			_, last, ok2 := hijriMonth(y, 12)
			if !ok1 || !ok2 {
				return i, false
			}
			a.y, a.m, a.d, a.g = first.Year(), int(first.Month()), first.Day(), gDay
			a.interval = p.keep(fromTime(last, gDay))
			return j, true
		}
		return i, false
	}
	if a.dateSet {
		a.y = y
		a.yOpen, a.bareMonth = false, false
		return j, true
	}
	a.y, a.g, a.dateSet, a.yearOnly = y, gYear, true, true
	return j, true
}

// holiday: عيد الفطر, عيد الأضحى, رأس السنة الهجرية, المولد النبوي, يوم
// عرفة, ليلة القدر, عاشوراء, عيد الميلاد, رأس السنة الميلادية.
func (p *parser) holiday(i int, a *acc) (int, bool) {
	if !p.ok(i) {
		return i, false
	}
	if a.dateSet {
		return i, false
	}
	t := &p.toks[i]
	j := i + 1
	hm, hd := 0, 0
	gm, gd := 0, 0
	name := ""
	switch {
	case t.e.c == cFunc && t.e.v == fnEid && p.ok(j):
		switch p.toks[j].w {
		case wFitr:
			hm, hd, name = 10, 1, "eid-al-fitr"
		case wAdha:
			hm, hd, name = 12, 10, "eid-al-adha"
		case wMilad:
			gm, gd, name = 12, 25, "christmas"
		case wUmal:
			gm, gd, name = 5, 1, "labour-day"
		case wHubb:
			gm, gd, name = 2, 14, "valentine"
		case wUmm:
			gm, gd, name = 3, 21, "mothers-day"
		case wAb:
			gm, gd, name = 6, 21, "fathers-day"
		default:
			return i, false
		}
		j++
	case t.e.c == cFunc && t.e.v == fnRas && p.ok(j) && p.toks[j].w == wSana:
		j++
		switch {
		case p.ok(j) && p.toks[j].w == wHijriya:
			hm, hd, name = 1, 1, "islamic-new-year"
			j++
		case p.ok(j) && p.toks[j].w == wMiladiy:
			gm, gd, name = 1, 1, "new-year"
			j++
		default:
			gm, gd, name = 1, 1, "new-year"
		}
	case t.e.c == cFunc && t.e.v == fnMawlid && p.ok(j) && p.toks[j].w == wNabawi:
		hm, hd, name = 3, 12, "mawlid"
		j++
	case t.stem == wYawm && t.e.c == cUnit && p.ok(j) && p.toks[j].w == wArafa:
		hm, hd, name = 12, 9, "arafah"
		j++
	case t.e.c == cFunc && t.e.v == fnLayla && p.ok(j+1) && p.toks[j].stem == "راس" && p.toks[j+1].w == wSana:
		gm, gd, name = 12, 31, "new-years-eve"
		j += 2
		if p.ok(j) && p.toks[j].w == wMiladiy {
			j++
		}
	case t.e.c == cFunc && t.e.v == fnLayla && p.ok(j) && p.toks[j].w == wQadr:
		hm, hd, name = 9, 27, "laylat-al-qadr"
		j++
	case t.e.c == cFunc && t.e.v == fnNamedDay && t.stem == wIsra:
		hm, hd, name = 7, 27, "isra-miraj"
		if p.ok(j) && (p.toks[j].stem == wMiraj || p.toks[j].stem == wMiraj2) {
			j++
		}
	case t.e.c == cFunc && t.e.v == fnNamedDay && t.stem == wAshura:
		hm, hd, name = 1, 10, "ashura"
	case t.e.c == cFunc && t.e.v == fnNamedDay:
		gm, gd, name = 12, 25, "christmas"
	default:
		return i, false
	}
	y, era := 0, 0
	if yy, e, er, _, ok := p.yearAt(j, true); ok {
		y, era, j = yy, er, e
	}
	if gm > 0 {
		a.m, a.d, a.g, a.dateSet = gm, gd, gDay, true
		if y > 0 {
			a.y = y
		} else {
			a.yOpen = true
		}
		if name == "christmas" && p.hasRef && y == 0 {
			a.y = p.ref.Year()
			a.yOpen = false
		}
		return j, true
	}
	e, ok := p.hijriDate(y, era, hm, hd, a, j)
	if ok && y == 0 && p.hasRef && a.interval == nil {
		// A holiday without a year: the one of the reference's year
		// (already chosen by hijriDate).
	}
	return e, ok
}

// modPart: مطلع / منتصف / أواخر + month, year, الشهر, العام.
func (p *parser) modPart(i int, a *acc) (int, bool) {
	if !p.ok(i) {
		return i, false
	}
	if a.dateSet || a.dayOnly {
		return i, false
	}
	t := &p.toks[i]
	if t.e.c != cMod {
		return i, false
	}
	mod := int(t.e.v)
	j := i + 1
	if p.fnPlain(j) == fnMin {
		j++
	}
	b := *a
	// مطلع الشهر / نهاية العام / منتصف الأسبوع (the current one unless
	// a shift follows).
	if p.ok(j) && p.toks[j].e.c == cUnit && p.toks[j].art && p.toks[j].e.f == 0 {
		u := int(p.toks[j].e.v)
		if u == uMonth || u == uYear || u == uWeek {
			k := j + 1
			off := 0
			if p.cls(k) == cShift && p.toks[k].pre == "" {
				off = int(p.toks[k].e.v)
				k++
			} else if yy, e, _, _, ok := p.yearAt(k, true); ok && u == uYear {
				_ = yy
				k = e
			}
			if e, ok := p.datePart(j, &b); ok {
				*a = b
				a.mod = mod
				return e, true
			}
			a.dateSet, a.rel, a.g = true, true, unitGrain(u)
			a.anchor = relAnchor(off, periodCode(u, false))
			if p.hasRef {
				v := fromTime(addUnit(p.ref, u, off), a.g)
				a.y, a.m, a.d, a.wk = v.y, v.m, v.d, v.wk
			}
			a.mod = mod
			return k, true
		}
	}
	if p.ok(j) && p.toks[j].e.c == cUnit && p.toks[j].e.v == uMonth && p.toks[j].art && !p.ok(j+1) {
		return i, false
	}
	if e, ok := p.datePart(j, &b); ok && b.dateSet && !b.present {
		*a = b
		a.mod = mod
		return e, true
	}
	return i, false
}

// weekOfMonth: أول أسبوع من أكتوبر, الأسبوع الأخير في سبتمبر.
func (p *parser) weekOfMonth(i int, a *acc) (int, bool) {
	if a.dateSet {
		return i, false
	}
	j := i
	nth := 0
	if p.ok(j) && p.toks[j].e.c == cOrd && !p.toks[j].art && p.isUnit(j+1, uWeek, false) {
		nth = int(p.toks[j].e.v)
		j += 2
	} else if p.ok(j) && p.toks[j].stem == "اخر" && p.toks[j].e.c == cMod && p.isUnit(j+1, uWeek, false) {
		nth = -1
		j += 2
	} else if p.isUnit(j, uWeek, true) {
		if v, e, ok := p.ordAt(j + 1); ok && v <= 5 {
			nth, j = v, e
		} else if p.fnPlain(j+1) == fnAkhir {
			nth, j = -1, j+2
		}
	}
	if nth == 0 {
		return i, false
	}
	if p.fnPlain(j) == fnMin || p.fnPlain(j) == fnFi {
		j++
	}
	b := *a
	e, ok := p.dayMonthYear(j, &b)
	if !ok || b.g != gMonth {
		return i, false
	}
	*a = b
	a.weekNth = nth
	return e, true
}

func (p *parser) isUnit(i, u int, art bool) bool {
	return p.ok(i) && p.toks[i].e.c == cUnit && int(p.toks[i].e.v) == u && p.toks[i].e.f == 0 && p.toks[i].art == art
}

// eraPart: decades, centuries, seasons, quarters.
func (p *parser) eraPart(i int, a *acc) (int, bool) {
	if !p.ok(i) {
		return i, false
	}
	if a.dateSet {
		return i, false
	}
	t := &p.toks[i]
	j := i + 1
	switch {
	case t.e.c == cDecade:
		dec := int(t.e.v)
		cent := 1900
		// ثمانينيات القرن الماضي / العشرين
		if p.ok(j) && p.toks[j].w == wQarn {
			if p.cls(j+1) == cShift {
				if p.hasRef {
					cent = addUnit(p.ref, uCentury, int(p.toks[j+1].e.v)).Year() / 100 * 100
				}
				j += 2
			} else if v, e, ok := p.ordAt(j + 1); ok {
				cent = (v - 1) * 100
				j = e
			} else if v, e, ok := p.cardAt(j + 1); ok && p.toks[j+1].num >= 0 {
				cent = (v - 1) * 100
				j = e
			}
		}
		if dec == 2 && cent == 1900 && p.hasRef && p.ref.Year() >= 2030 {
			cent = 2000
		}
		a.y, a.g, a.dateSet = cent+dec*10, gDecade, true
		return j, true
	case t.w == wQarn:
		if p.word(j) == "ال" {
			j++ // القرن الـ21
		}
		if v, e, ok := p.ordAt(j); ok && v >= 1 && v <= 30 {
			a.y, a.g, a.dateSet = (v-1)*100, gCentury, true
			return e, true
		}
		if v, e, ok := p.cardAt(j); ok && p.toks[j].num >= 1 && v <= 30 {
			a.y, a.g, a.dateSet = (v-1)*100, gCentury, true
			return e, true
		}
		return i, false
	case t.e.c == cSeason:
		names := [5]string{"", "SP", "SU", "FA", "WI"}
		s := names[t.e.v]
		if t.stem == wRabi && !t.art {
			// ربيع + year: spring of; ربيع الأول is a Hijri month.
		}
		hadha := p.ok(i-1) && p.fnPlain(i-1) == fnHadha
		fasl := p.ok(i-1) && p.toks[i-1].stem == wFasl
		if !t.art {
			if yy, e, _, _, ok := p.yearAt(j, true); ok {
				a.y, a.season, a.g, a.dateSet = yy, s, gSeason, true
				return e, true
			}
			return i, false
		}
		off := 0
		switch {
		case p.cls(j) == cShift && p.toks[j].pre == "":
			off = int(p.toks[j].e.v)
			j++
		case hadha || fasl:
		default:
			if yy, e, _, _, ok := p.yearAt(j, true); ok {
				a.y, a.season, a.g, a.dateSet = yy, s, gSeason, true
				return e, true
			}
			return i, false
		}
		a.season, a.g, a.dateSet, a.rel = s, gSeason, true, true
		if p.hasRef {
			y := p.ref.Year() + off
			if s == "WI" && int(p.ref.Month()) <= 3 {
				y--
			}
			a.y = y
		}
		return j, true
	case t.e.c == cUnit && t.e.v == uQuarter && t.art, t.e.c == cFunc && t.e.v == fnHalf:
		g := gQuarter
		if t.e.c == cFunc {
			g = gHalf // النصف الأول من العام
		}
		v, e, ok := p.ordAt(j)
		if g == gHalf && (!ok || v > 2) {
			return i, false
		}
		if !ok || v < 1 || v > 4 {
			if p.fnPlain(j) == fnAkhir {
				v, e, ok = 4, j+1, true
			} else {
				return i, false
			}
		}
		j = e
		k := j
		if p.fnPlain(k) == fnMin || p.fnPlain(k) == fnFi {
			k++
		}
		y := 0
		if yy, e2, _, _, ok := p.yearAt(k, true); ok {
			y, j = yy, e2
		} else if p.isUnit(k, uYear, true) {
			j = k + 1
			off := 0
			if p.cls(j) == cShift {
				off = int(p.toks[j].e.v)
				j++
			}
			if p.hasRef {
				y = p.ref.Year() + off
			}
		} else if p.hasRef {
			y = p.ref.Year()
		}
		if g == gHalf && j == e {
			return i, false // النصف الأول alone is no date
		}
		a.y, a.q, a.g, a.dateSet = y, v, g, true
		return j, true
	}
	return i, false
}

// ---- times ----

// timePart: [الساعة] hour[:mm] [و minutes | إلا minutes] [day part].
func (p *parser) timePart(i int, a *acc) (int, bool) {
	if a.timeSet && (a.h >= 0 || a.part == pNone) || p.noTime {
		return i, false
	}
	j := i
	saa := false
	if p.fn(j) == fnSaa && (p.toks[j].pre == "" || p.toks[j].pre == "ب" || p.toks[j].pre == "و" || p.toks[j].pre == "في") {
		saa = true
		j++
	}
	if !p.ok(j) {
		return i, false
	}
	h, mi, sec := -1, 0, 0
	tg := gHour
	strong := saa
	t := &p.toks[j]
	switch {
	case t.num >= 0 && t.nd <= 2:
		h = t.num
		j++
		if p.punct(j, ":") && p.adj(j-1) && p.adj(j) && p.ok(j+1) && p.toks[j+1].num >= 0 && p.toks[j+1].nd == 2 {
			mi = p.toks[j+1].num
			j += 2
			tg = gMinute
			strong = true
			if p.punct(j, ":") && p.adj(j-1) && p.adj(j) && p.ok(j+1) && p.toks[j+1].num >= 0 && p.toks[j+1].nd == 2 && p.toks[j+1].num < 60 {
				sec = p.toks[j+1].num // 15:23:24
				j += 2
				tg = gSecond
			}
		}
	default:
		v, e, ok := p.hourWord(j)
		if !ok {
			return i, false
		}
		h, j = v, e
	}
	if h < 0 || h > 24 || mi > 59 {
		return i, false
	}
	// Minutes. A fraction (والنصف, إلا ربع) after an hour word, or
	// minutes with دقيقة, make a clock reading; و + a bare number does not
	// (23 و24 is a list of days).
	wordHour := t.num < 0
	if tg != gHour {
		// 9:30 already has its minutes (بين 9:30 و11:00).
	} else if m, e, unit, ok := p.minutesAfter(j); ok && (strong || unit || wordHour) {
		mi, j, tg, strong = m, e, gMinute, true
	} else if m, e, _, ok := p.minutesBefore(j); ok {
		h--
		if h < 0 {
			h = 23
		}
		mi, j, tg, strong = 60-m, e, gMinute, true
	}
	if !strong && (t.stem == wMuntasf || t.w == wDhuhr || t.w == wZahira) {
		strong = true // منتصف الليل / منتصف النهار
	}
	if tg == gHour && p.ok(j) && p.toks[j].e.c == cUnit && p.toks[j].e.v == uHour && !strong {
		return i, false // ثلاث ساعات: a duration
	}
	// Day part.
	part := pNone
	if pp, e, ok := p.dayPartAfter(j); ok {
		part, j, strong = pp, e, true
	}
	if !strong {
		return i, false
	}
	if h > 12 && part != pNone && part != pAfternoon && part != pEvening && part != pNoon {
		part = pNone
	}
	if part == pNone && a.part != pNone {
		part = a.part // غدا بعد الظهر الساعة 5
	}
	h = applyPart(h, part)
	a.h, a.mi, a.sec, a.tg, a.part, a.timeSet, a.hasSaa = h%24, mi, sec, tg, part, true, saa || tg == gMinute
	if part != pNone {
		a.hasSaa = true
	}
	if a.tonight {
		a.part = pNight
	}
	return j, true
}

// hourWord reads an hour in words: الثالثة, الحادية عشرة, ثلاثة,
// منتصف الليل, الظهر (after الساعة).
func (p *parser) hourWord(j int) (int, int, bool) {
	if !p.ok(j) {
		return 0, j, false
	}
	t := &p.toks[j]
	if t.stem == wMuntasf && p.ok(j+1) && p.toks[j+1].w == wLayl {
		return 0, j + 2, true
	}
	if t.stem == wMuntasf && p.ok(j+1) && p.toks[j+1].w == wNahar {
		return 12, j + 2, true
	}
	if (t.w == wDhuhr || t.w == wZahira) && p.ok(j-1) && (p.fn(j-1) == fnInd || p.fn(j-1) == fnSaa) {
		return 12, j + 1, true // عند الظهر
	}
	if v, e, ok := p.ordAt(j); ok && v >= 1 && v <= 12 {
		return v, e, true
	}
	if t.e.c == cCard && t.art && t.e.v <= 12 && t.e.f == 0 {
		v := int(t.e.v)
		e := j + 1
		if v < 10 && p.isTeen(e) {
			v, e = v+10, e+1
		}
		if v <= 12 {
			return v, e, true // الواحدة
		}
	}
	if t.e.c == cCard && !t.art && t.pre == "" {
		if v, e, ok := p.cardAt(j); ok && v >= 1 && v <= 12 {
			// ثلاثة و… : cardAt may have eaten "وثمانية عشر" as minutes;
			// read the hour alone then.
			if e > j+1 && v > 12 {
				return int(t.e.v), j + 1, true
			}
			if e > j+1 && !p.isTeen(j+1) {
				return int(t.e.v), j + 1, true
			}
			return v, e, true
		}
	}
	return 0, j, false
}

// minutesAfter: والنصف, وربع, و18 دقيقة, وخمس وأربعون دقيقة, والثلث.
func (p *parser) minutesAfter(j int) (int, int, bool, bool) {
	k := j
	sep := false
	if p.isWa(k) {
		k++
		sep = true
	}
	if !p.ok(k) || (!sep && !p.hasWa(k)) {
		return 0, j, false, false
	}
	t := &p.toks[k]
	switch t.stem {
	case wNisf, "نص":
		return 30, k + 1, true, true
	case wRub, wRuba:
		return 15, k + 1, true, true
	case wThulth:
		return 20, k + 1, true, true
	}
	if t.art {
		switch t.stem {
		case wNisf:
			return 30, k + 1, true, true
		case wRub:
			return 15, k + 1, true, true
		case wThulth:
			return 20, k + 1, true, true
		}
	}

	return p.minuteCount(j, k)
}

// minuteCount reads a number of minutes (1–59) at token k, with or without
// the word دقيقة after it, for the minute readers that start at j. The
// results are the readers': minutes, end, whether the unit was written,
// and whether anything was read.
func (p *parser) minuteCount(j, k int) (int, int, bool, bool) {
	v, e, ok := p.cardAt(k)
	if !ok || v < 1 || v > 59 {
		return 0, j, false, false
	}
	if p.ok(e) && p.toks[e].e.c == cUnit && p.toks[e].e.v == uMinute {
		return v, e + 1, true, true
	}
	return v, e, false, true
}

// minutesBefore: إلا ربع, الا ربعا, إلا عشر دقائق, إلا ثلث.
func (p *parser) minutesBefore(j int) (int, int, bool, bool) {
	if p.fn(j) != fnIlla || p.toks[j].pre != "" {
		return 0, j, false, false
	}
	k := j + 1
	if !p.ok(k) {
		return 0, j, false, false
	}
	t := &p.toks[k]
	switch t.stem {
	case wRub, wRuba:
		return 15, k + 1, true, true
	case wThulth:
		return 20, k + 1, true, true
	case wNisf:
		return 30, k + 1, true, true
	}
	if t.art && t.stem == "ربع" {
		return 15, k + 1, true, true
	}
	return p.minuteCount(j, k)
}

// dayPartAfter reads the day part after a clock time: صباحا, عصرا,
// بعد الظهر, قبل الظهر, هذا المساء, هذه الليلة, الصبح, ليلا.
func (p *parser) dayPartAfter(j int) (int, int, bool) {
	if !p.ok(j) {
		return 0, j, false
	}
	t := &p.toks[j]
	if t.e.c == cPart && t.pre == "" {
		return int(t.e.v), j + 1, true
	}
	if (t.stem == wBad || t.stem == wQabl) && t.pre == "" && p.ok(j+1) && p.toks[j+1].e.c == cPart {
		pp := int(p.toks[j+1].e.v)
		if pp == pNoon {
			if t.stem == wBad {
				return pAfternoon, j + 2, true
			}
			return pForenoon, j + 2, true
		}
		return pp, j + 2, true
	}
	if t.e.c == cFunc && t.e.v == fnHadha && p.ok(j+1) {
		if p.toks[j+1].e.c == cPart {
			return int(p.toks[j+1].e.v), j + 2, true
		}
		if p.toks[j+1].w == wLayla {
			return pNight, j + 2, true
		}
	}
	if t.e.c == cRelDay && t.e.v == 100 && t.pre == "" {
		return pNight, j + 1, true // الثامنة الليلة
	}
	return 0, j, false
}

// applyPart turns a 12-hour clock reading into 24 hours.
func applyPart(h, part int) int {
	switch part {
	case pMorning, pDawn, pForenoon:
		if h == 12 {
			return 0
		}
	case pNoon:
		if h < 6 {
			return h + 12
		}
	case pAfternoon, pEvening:
		if h < 12 {
			return h + 12
		}
	case pNight:
		if h >= 6 && h < 12 {
			return h + 12
		}
		if h == 12 {
			return 0
		}
	}
	return h
}

// dayPartPart: صباح اليوم, مساء أمس, صباح الأحد, هذا الصباح, الليلة,
// بعد صلاة الجمعة, فجر اليوم.
func (p *parser) dayPartPart(i int, a *acc) (int, bool) {
	if !p.ok(i) {
		return i, false
	}
	if a.part != pNone || a.timeSet && a.h < 0 {
		return i, false
	}
	if a.timeSet {
		// الساعة الثامنة من مساء أمس: the part fixes the hour.
		b := *a
		b.timeSet = false
		e, ok := p.dayPartPart(i, &b)
		if !ok {
			return i, false
		}
		part := b.part
		*a = b
		a.timeSet = true
		a.h = applyPart(a.h, part) % 24
		return e, true
	}
	t := &p.toks[i]
	j := i + 1
	part := pNone
	switch {
	case (t.stem == wBad || t.stem == wQabl) && t.pre == "" && p.ok(j) && p.toks[j].w == wDhuhr:
		// بعد الظهر / قبل الظهر: of the day given, else of the reference day.
		part = pAfternoon
		if t.stem == wQabl {
			part = pForenoon
		}
		j++
		b := *a
		b.part = part
		if e, ok := p.datePart(j, &b); ok {
			*a = b
			a.timeSet = true
			return e, true
		}
		if !a.dateSet && !a.wdSet {
			p.setToday(a)
		}
		a.part, a.timeSet = part, true
		return j, true
	case t.e.c == cPart && isAdverbPart(t.w) && (a.dateSet || a.wdSet) && t.pre == "":
		a.part, a.timeSet = int(t.e.v), true
		return j, true
	case t.e.c == cFunc && t.e.v == fnHadha && p.ok(j) && p.toks[j].w == wLayla:
		if !a.dateSet && !a.wdSet {
			p.setToday(a)
		}
		a.part, a.timeSet = pNight, true
		return j + 1, true
	case t.e.c == cPart && !isAdverbPart(t.w):
		part = int(t.e.v)
	case t.e.c == cFunc && t.e.v == fnLayla:
		part = pNight
	case t.e.c == cFunc && t.e.v == fnHadha && p.ok(j) && p.toks[j].e.c == cPart && p.toks[j].art:
		part = int(p.toks[j].e.v)
		j++
		if p.hasRef {
			a.y, a.m, a.d = p.ref.Year(), int(p.ref.Month()), p.ref.Day()
		}
		if !a.dateSet {
			a.dateSet, a.g, a.rel, a.anchor = true, gDay, true, "REF"
		}
		a.part = part
		a.timeSet = true
		return j, true
	case t.e.c == cFunc && t.e.v == fnSalat && p.ok(j):
		// صلاة الجمعة / صلاة الفجر
		if p.toks[j].e.c == cWeekday && p.toks[j].e.v == 5 {
			if a.wdSet || a.dateSet {
				return i, false
			}
			a.wd, a.wdSet = 5, true
			a.part, a.timeSet, a.prayer = pNoon, true, "jumuah"
			return j + 1, true
		}
		if p.toks[j].e.c == cPart {
			pp := int(p.toks[j].e.v)
			a.part, a.timeSet, a.prayer = pp, true, p.toks[j].w
			return j + 1, true
		}
		return i, false
	default:
		return i, false
	}
	// The day it belongs to must follow (or already be known).
	b := *a
	b.part = part
	if e, ok := p.datePart(j, &b); ok {
		*a = b
		a.timeSet = true
		return e, true
	}
	b = *a
	b.part = part
	if e, ok := p.weekdayPart(j, &b); ok {
		*a = b
		a.timeSet = true
		return e, true
	}
	if a.dateSet || a.wdSet {
		a.part, a.timeSet = part, true
		return j, true
	}
	return i, false
}

func isAdverbPart(w string) bool {
	return strings.HasSuffix(w, "ا") && w != wMasaa
}

// zonePart: بتوقيت غرينتش, بالتوقيت المحلي, بتوقيت مكة المكرمة, GMT.
func (p *parser) zonePart(i int, a *acc) (int, bool) {
	if !p.ok(i) {
		return i, false
	}
	if !a.timeSet || a.zoneSet {
		return i, false
	}
	t := &p.toks[i]
	j := i + 1
	if t.kind == token.Latin && wGreen[t.w] {
		a.zone, a.zoneSet = "Z", true
		return j, true
	}
	if t.e.c != cFunc || t.e.v != fnTawqit || !p.ok(j) {
		return i, false
	}
	z := &p.toks[j]
	switch {
	case wGreen[z.w] || wGreen[z.stem]:
		a.zone = "Z"
		j++
	case z.w == wMahalli && t.art:
		a.zattr = "local"
		j++
	case z.w == wWasat && p.ok(j+1) && p.toks[j+1].w == wUruba:
		a.zone, a.zattr = "+01:00", "CET"
		j += 2
	default:
		off, ok := zones[z.w]
		if !ok {
			return i, false
		}
		a.zattr = zoneNames[z.w]
		a.zone = off
		j++
		if p.ok(j) && p.toks[j].w == wMukarr {
			j++
		}
	}
	a.zoneSet = true
	return j, true
}

// dottedDate reads 23.10.2025, which the tokeniser keeps as one number.
func (p *parser) dottedDate(i int, a *acc) (int, bool) {
	t := &p.toks[i]
	if t.kind != token.Number || strings.Count(t.w, ".") != 2 {
		return i, false
	}
	f := strings.Split(t.w, ".")
	var ns [3]int
	for k, s := range f {
		if len(s) == 0 || len(s) > 4 {
			return i, false
		}
		for _, c := range []byte(s) {
			if c < '0' || c > '9' {
				return i, false
			}
			ns[k] = ns[k]*10 + int(c-'0')
		}
	}
	d, m, y := ns[0], ns[1], ns[2]
	if len(f[0]) == 4 {
		y, d = ns[0], ns[2]
	} else if len(f[2]) != 4 {
		return i, false
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return i, false
	}
	a.y, a.m, a.d, a.g, a.dateSet = y, m, d, gDay, true
	return i + 1, true
}

// setToday makes a the reference day.
func (p *parser) setToday(a *acc) {
	a.dateSet, a.g, a.rel, a.anchor = true, gDay, true, "REF"
	if p.hasRef {
		a.y, a.m, a.d = p.ref.Year(), int(p.ref.Month()), p.ref.Day()
	}
}

// dayWords follow اليوم when it names a day other than today.
var dayWords = formSet("نفسه ذاته ذات عينه التالي السابق الاول الثاني الثالث الاخير الوطني العالمي الدولي المفتوح الختامي الافتتاحي المشهود الموعود")

// theDay reports that the word at j makes a preceding اليوم "the day".
func (p *parser) theDay(j int) bool {
	t := &p.toks[j]
	if dayWords[t.w] {
		return true
	}
	switch t.e.c {
	case cWeekday, cPart, cFunc, cRelDay, cShift, cCard, cMonth, cHMonth:
		return false
	}
	// A definite nisba adjective (الوطني, العالمي): أعلن اليوم الرئيس
	// keeps its reading.
	return t.e.c == cNone && t.pre == "" && strings.HasPrefix(t.w, "ال") && strings.HasSuffix(t.w, "ي")
}

// alone reports that tokens [i, j) stand between punctuation or line
// edges: nothing else in their line or clause.
func (p *parser) alone(i, j int) bool {
	before := i == 0 || p.toks[i-1].kind == token.Punct || p.toks[i-1].sent != p.toks[i].sent || p.src.List[i].LineStart
	after := j >= len(p.toks) || p.toks[j].kind == token.Punct || p.toks[j].sent != p.toks[j-1].sent || p.src.List[j].LineStart
	return before && after
}

// Words the grammar compares with, in matching form (normalised once).
var (
	wKanun     = normalize.Word("كانون")
	wRabi      = normalize.Word("ربيع")
	wUla       = normalize.Word("اولى")
	wJumada    = normalize.Word("جمادى")
	wAb        = normalize.Word("الأب")
	wMiraj     = normalize.Word("المعراج")
	wMiraj2    = normalize.Word("معراج")
	wZahira    = normalize.Word("الظهيرة")
	wNahar     = normalize.Word("النهار")
	wMasaa     = normalize.Word("مساء")
	wWasat     = normalize.Word("وسط")
	wUruba     = normalize.Word("أوروبا")
	wArba      = normalize.Word("أرباع")
	wQalila    = normalize.Word("القليلة")
	wMarratayn = normalize.Word("مرتين")
	wMarrat    = normalize.Word("مرات")
)
