package english

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsx/newsx/extract/doc"
)

// date is one temporal expression over tokens [first, last).
type date struct {
	first, last int
	typ, value  string
	attrs       map[string]string
}

var months = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9, "sept.": 9,
	"oct.": 10, "nov.": 11, "dec.": 12, "jan": 1, "feb": 2, "aug": 8, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

var weekdays = map[string]time.Weekday{"monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday, "sunday": time.Sunday}

var numberWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "several": -1, "few": -1}

// units maps a unit word to its ISO 8601 designator and whether it is a
// time (PT…) unit.
var units = map[string]struct {
	des  string
	time bool
}{"second": {"S", true}, "minute": {"M", true}, "hour": {"H", true}, "day": {"D", false},
	"week": {"W", false}, "month": {"M", false}, "year": {"Y", false}, "decade": {"DE", false}}

var seasons = map[string]string{"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

var dayParts = map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

// isTemporalWord reports a word that starts or is a temporal expression,
// so name rules leave it alone.
func isTemporalWord(w string) bool {
	_, m := months[w]
	_, d := weekdays[w]
	return m || d || w == "yesterday" || w == "today" || w == "tomorrow"
}

func unitOf(w string) (string, bool) {
	w = strings.TrimSuffix(w, "s")
	_, ok := units[w]
	return w, ok
}

// number reads a count: digits or a number word.
func number(w string) (int, bool) {
	if n, err := strconv.Atoi(w); err == nil && n >= 0 && n < 10000 {
		return n, true
	}
	n, ok := numberWords[w]
	return n, ok && n > 0
}

// dayNum reads a day of the month: 23, 23rd, 1st.
func dayNum(w string) (int, bool) {
	for _, s := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, s)
	}
	n, err := strconv.Atoi(w)
	return n, err == nil && n >= 1 && n <= 31
}

// dayRange reads 23–24 or 23-24 written as one token.
func dayRange(w string) (int, int, bool) {
	for _, sep := range []string{"–", "-", "—"} {
		if a, b, ok := strings.Cut(w, sep); ok {
			x, ok1 := dayNum(a)
			y, ok2 := dayNum(b)
			if ok1 && ok2 && x < y {
				return x, y, true
			}
		}
	}
	return 0, 0, false
}

func yearNum(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	return n, err == nil && n >= 1900 && n <= 2100
}

func isDash(w string) bool { return w == "-" || w == "–" || w == "—" }

// tagger holds what the temporal grammar reads: tokens and the reference.
type tagger struct {
	d   *docState
	ref *time.Time
	// clock: the reference has a time of day.
	clock bool
}

func (g *tagger) w(i int) string {
	if i < 0 || i >= len(g.d.t.toks) {
		return ""
	}
	return g.d.t.toks[i].lower
}

func (g *tagger) same(i, j int) bool { return j < len(g.d.t.toks) && g.d.sameSentence(i, j) }

func ymd(y, m, d int) string {
	if y == 0 {
		return fmt.Sprintf("XXXX-%02d-%02d", m, d)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

func ym(y, m int) string {
	if y == 0 {
		return fmt.Sprintf("XXXX-%02d", m)
	}
	return fmt.Sprintf("%04d-%02d", y, m)
}

// yearFor picks the year of a month (and day) given without one at token
// i, 0 without a reference. News tells the past: the date falls in the
// reference's year unless that puts it more than a month after the
// reference, then in the year before ("left ECOWAS in January" written in
// October). After a future marker (will, due, next) the date falls on or
// after the reference.
func (g *tagger) yearFor(i, m, d int) int {
	if g.ref == nil {
		return 0
	}
	day := d
	if day == 0 {
		day = 1
	}
	y := g.ref.Year()
	t := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
	ref := time.Date(y, g.ref.Month(), g.ref.Day(), 0, 0, 0, 0, time.UTC)
	if g.futureContext(i) {
		end := t.AddDate(0, 1, -1) // a month runs to its last day
		if d > 0 {
			end = t
		}
		if end.Before(ref) {
			y++
		}
		return y
	}
	if t.After(ref.AddDate(0, 1, 0)) {
		y--
	}
	return y
}

// futureContext reports a future marker before token i in its sentence.
func (g *tagger) futureContext(i int) bool {
	s := g.d.t.sents[g.d.t.toks[i].sent]
	for k := s.first; k < i; k++ {
		switch g.w(k) {
		case "will", "'ll", "shall", "due", "scheduled", "upcoming", "plans", "planned":
			return true
		}
	}
	return false
}

func (g *tagger) day(t time.Time) string { return t.Format("2006-01-02") }

// dates runs the temporal grammar over every token.
func (d *docState) dates() {
	g := &tagger{d: d}
	if d.a.Ref != nil {
		t := d.a.Ref.Time
		g.ref, g.clock = &t, d.a.Ref.HasClock
	}
	toks := d.t.toks
	for i := 0; i < len(toks); i++ {
		if d.owner[i] >= 0 {
			continue
		}
		if x, ok := g.at(i); ok && x.last > i {
			d.dts = append(d.dts, x)
			i = x.last - 1
		}
	}
}

// at tries every pattern at token i, most specific first.
func (g *tagger) at(i int) (date, bool) {
	for _, p := range []func(int) (date, bool){g.dayMonth, g.monthDay, g.monthYear, g.shiftMonth,
		g.ago, g.relUnit, g.weekday, g.deictic, g.clockTime, g.isoDate, g.duration, g.set, g.bareMonth, g.year, g.decade} {
		if x, ok := p(i); ok {
			return x, true
		}
	}
	return date{}, false
}

// optYear reads ", 2025" or " 2025" at j.
func (g *tagger) optYear(i, j int) (int, int) {
	k := j
	if g.w(k) == "," && g.same(i, k+1) {
		k++
	}
	if y, ok := yearNum(g.w(k)); ok && g.same(i, k) {
		return y, k + 1
	}
	return 0, j
}

// dayMonth: 23 October [2025], 23–24 October, 23 and 24 October, 23 to 24 October.
func (g *tagger) dayMonth(i int) (date, bool) {
	d1, d2, j := 0, 0, i
	if a, b, ok := dayRange(g.w(i)); ok {
		d1, d2, j = a, b, i+1
	} else if a, ok := dayNum(g.w(i)); ok {
		d1, j = a, i+1
		if w := g.w(j); (w == "and" || w == "to" || isDash(w)) && g.same(i, j+1) {
			if b, ok := dayNum(g.w(j + 1)); ok && b > a {
				d2, j = b, j+2
			}
		}
	} else {
		return date{}, false
	}
	if g.w(j) == "of" {
		j++
	}
	m, ok := months[g.w(j)]
	if !ok || !g.same(i, j) || !capitalisedWord(g.d.tok(j).text) {
		return date{}, false
	}
	j++
	y, j := g.optYear(i, j)
	return g.dayInterval(i, j, y, m, d1, d2), true
}

func (g *tagger) dayInterval(i, j, y, m, d1, d2 int) date {
	if y == 0 {
		y = g.yearFor(i, m, d1)
	}
	x := date{first: i, last: j, typ: doc.Date, value: ymd(y, m, d1)}
	if d2 > 0 {
		x.value += "/" + ymd(y, m, d2)
	}
	return x
}

// monthDay: October 23 [, 2025], October 23–24.
func (g *tagger) monthDay(i int) (date, bool) {
	m, ok := months[g.w(i)]
	if !ok || !capitalisedWord(g.d.tok(i).text) || !g.same(i, i+1) {
		return date{}, false
	}
	j := i + 1
	d1, d2 := 0, 0
	if a, b, ok := dayRange(g.w(j)); ok {
		d1, d2, j = a, b, j+1
	} else if a, ok := dayNum(g.w(j)); ok && len(g.w(j)) <= 4 {
		d1, j = a, j+1
		if w := g.w(j); (w == "and" || w == "to" || isDash(w)) && g.same(i, j+1) {
			if b, ok := dayNum(g.w(j + 1)); ok && b > a {
				d2, j = b, j+2
			}
		}
	} else {
		return date{}, false
	}
	y, j := g.optYear(i, j)
	return g.dayInterval(i, j, y, m, d1, d2), true
}

// monthYear: August 2024, June of 2025.
func (g *tagger) monthYear(i int) (date, bool) {
	m, ok := months[g.w(i)]
	if !ok || !capitalisedWord(g.d.tok(i).text) {
		return date{}, false
	}
	j := i + 1
	if g.w(j) == "of" {
		j++
	}
	y, ok := yearNum(g.w(j))
	if !ok || !g.same(i, j) {
		return date{}, false
	}
	return date{first: i, last: j + 1, typ: doc.Date, value: ym(y, m)}, true
}

// shiftMonth: last June, next March, this October.
func (g *tagger) shiftMonth(i int) (date, bool) {
	sh := g.w(i)
	if sh != "last" && sh != "next" && sh != "this" || !g.same(i, i+1) {
		return date{}, false
	}
	m, ok := months[g.w(i+1)]
	if !ok {
		return date{}, false
	}
	x := date{first: i, last: i + 2, typ: doc.Date, value: ym(0, m)}
	if g.ref != nil {
		y, rm := g.ref.Year(), int(g.ref.Month())
		switch {
		case sh == "last" && m >= rm:
			y--
		case sh == "next" && m <= rm:
			y++
		}
		x.value = ym(y, m)
	}
	return x, true
}

// ago: three hours ago, two days ago, a week ago.
func (g *tagger) ago(i int) (date, bool) {
	n, ok := number(g.w(i))
	if !ok || !g.same(i, i+2) {
		return date{}, false
	}
	u, ok := unitOf(g.w(i + 1))
	if !ok || g.w(i+2) != "ago" {
		return date{}, false
	}
	x := date{first: i, last: i + 3, typ: doc.Date}
	ud := units[u]
	off := "P" + strconv.Itoa(n) + ud.des
	if ud.time {
		off = "PT" + strconv.Itoa(n) + ud.des
	}
	x.attrs = map[string]string{"anchor": "REF-" + off}
	if g.ref == nil {
		x.value = "XXXX-XX-XX"
		if ud.time {
			x.typ = doc.Time
		}
		return x, true
	}
	t := *g.ref
	switch u {
	case "second":
		t = t.Add(-time.Duration(n) * time.Second)
	case "minute":
		t = t.Add(-time.Duration(n) * time.Minute)
	case "hour":
		t = t.Add(-time.Duration(n) * time.Hour)
	case "day":
		t = t.AddDate(0, 0, -n)
	case "week":
		t = t.AddDate(0, 0, -7*n)
	case "month":
		t = t.AddDate(0, -n, 0)
		x.value = t.Format("2006-01")
		return x, true
	case "year":
		x.value = strconv.Itoa(t.Year() - n)
		return x, true
	case "decade":
		x.value = strconv.Itoa((t.Year() - 10*n) / 10)
		return x, true
	}
	switch {
	case ud.time && g.clock:
		x.typ, x.value = doc.Time, t.Format("2006-01-02T15:04")
	case ud.time:
		// A date-only reference: the day the reference falls on.
		x.value = g.day(*g.ref)
	default:
		x.value = g.day(t)
	}
	return x, true
}

// relUnit: this year, last month, next week, the past week, this summer.
func (g *tagger) relUnit(i int) (date, bool) {
	sh := g.w(i)
	off := 0
	switch sh {
	case "this", "current":
	case "last", "past", "previous":
		off = -1
	case "next", "coming":
		off = 1
	default:
		return date{}, false
	}
	if !g.same(i, i+1) {
		return date{}, false
	}
	w := g.w(i + 1)
	x := date{first: i, last: i + 2, typ: doc.Date}
	if s, ok := seasons[w]; ok {
		if g.ref == nil {
			x.value = "XXXX-" + s
		} else {
			x.value = fmt.Sprintf("%04d-%s", g.ref.Year()+off, s)
		}
		return x, true
	}
	if p, ok := dayParts[w]; ok && off == 0 {
		x.value = "XXXX-XX-XXT" + p
		if g.ref != nil {
			x.value = g.day(*g.ref) + "T" + p
		}
		x.attrs = map[string]string{"anchor": "REF"}
		return x, true
	}
	anchor := func(u string) {
		switch {
		case off == 0:
			x.attrs = map[string]string{"anchor": "REF"}
		case off > 0:
			x.attrs = map[string]string{"anchor": "REF+P1" + u}
		default:
			x.attrs = map[string]string{"anchor": "REF-P1" + u}
		}
	}
	switch w {
	case "year":
		anchor("Y")
		x.value = "XXXX"
		if g.ref != nil {
			x.value = strconv.Itoa(g.ref.Year() + off)
		}
	case "month":
		anchor("M")
		x.value = "XXXX-XX"
		if g.ref != nil {
			x.value = g.ref.AddDate(0, off, 0).Format("2006-01")
		}
	case "week", "weekend":
		anchor("W")
		x.value = "XXXX-WXX"
		if g.ref != nil {
			y, wk := g.ref.AddDate(0, 0, 7*off).ISOWeek()
			x.value = fmt.Sprintf("%04d-W%02d", y, wk)
			if w == "weekend" {
				x.value += "-WE"
			}
		}
	default:
		return date{}, false
	}
	return x, true
}

// weekday: Tuesday, on Tuesday, last Tuesday, next Friday.
func (g *tagger) weekday(i int) (date, bool) {
	j, sh := i, ""
	if w := g.w(i); (w == "last" || w == "next" || w == "this") && g.same(i, i+1) {
		sh, j = w, i+1
	}
	wd, ok := weekdays[g.w(j)]
	if !ok || !capitalisedWord(g.d.tok(j).text) {
		return date{}, false
	}
	x := date{first: i, last: j + 1, typ: doc.Date}
	if g.ref == nil {
		x.value = fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd))
		return x, true
	}
	ref := *g.ref
	diff := int(wd) - int(ref.Weekday())
	future := sh == "next" || sh == "" && g.futureContext(j)
	var t time.Time
	switch {
	case future:
		if diff <= 0 && sh == "next" || diff < 0 {
			diff += 7
		}
		t = ref.AddDate(0, 0, diff)
	default:
		if diff > 0 || diff == 0 && sh == "last" {
			diff -= 7
		}
		t = ref.AddDate(0, 0, diff)
	}
	x.value = g.day(t)
	return x, true
}

func isoWeekday(w time.Weekday) int {
	if w == time.Sunday {
		return 7
	}
	return int(w)
}

// deictic: yesterday, today, tomorrow, tonight.
func (g *tagger) deictic(i int) (date, bool) {
	off, part := 0, ""
	switch g.w(i) {
	case "yesterday":
		off = -1
	case "today":
	case "tomorrow":
		off = 1
	case "tonight":
		part = "NI"
	default:
		return date{}, false
	}
	x := date{first: i, last: i + 1, typ: doc.Date, attrs: map[string]string{"anchor": "REF"}}
	switch off {
	case -1:
		x.attrs["anchor"] = "REF-P1D"
	case 1:
		x.attrs["anchor"] = "REF+P1D"
	}
	if g.ref == nil {
		x.value = "XXXX-XX-XX"
	} else {
		x.value = g.day(g.ref.AddDate(0, 0, off))
	}
	if part != "" {
		x.value += "T" + part
	}
	return x, true
}

// clockTime: 15:30, 3 p.m., 3:30 pm.
func (g *tagger) clockTime(i int) (date, bool) {
	w := g.w(i)
	h, mi, j := -1, 0, i+1
	if a, b, ok := strings.Cut(w, ":"); ok {
		x, e1 := strconv.Atoi(a)
		y, e2 := strconv.Atoi(b)
		if e1 != nil || e2 != nil || x > 23 || y > 59 || len(b) != 2 {
			return date{}, false
		}
		h, mi = x, y
	} else if x, err := strconv.Atoi(w); err == nil && x >= 1 && x <= 12 {
		h = x
	} else {
		return date{}, false
	}
	switch g.w(j) {
	case "p.m.", "pm", "p.m":
		if h < 12 {
			h += 12
		}
		j++
	case "a.m.", "am", "a.m":
		if h == 12 {
			h = 0
		}
		j++
	default:
		if !strings.Contains(w, ":") {
			return date{}, false
		}
	}
	x := date{first: i, last: j, typ: doc.Time, value: fmt.Sprintf("XXXX-XX-XXT%02d:%02d", h, mi)}
	if g.ref != nil {
		x.value = fmt.Sprintf("%sT%02d:%02d", g.day(*g.ref), h, mi)
	}
	return x, true
}

// isoDate: 2025-10-23.
func (g *tagger) isoDate(i int) (date, bool) {
	t, err := time.Parse("2006-01-02", g.w(i))
	if err != nil {
		return date{}, false
	}
	return date{first: i, last: i + 1, typ: doc.Date, value: g.day(t)}, true
}

// duration: three hours, two days, 48 hours, a two-day visit.
func (g *tagger) duration(i int) (date, bool) {
	w := g.w(i)
	if a, b, ok := strings.Cut(w, "-"); ok {
		n, ok1 := number(a)
		u, ok2 := unitOf(b)
		if ok1 && ok2 {
			return date{first: i, last: i + 1, typ: doc.Duration, value: durValue(n, u)}, true
		}
		return date{}, false
	}
	n, ok := number(w)
	if !ok || !g.same(i, i+1) || w == "a" || w == "an" {
		return date{}, false
	}
	u, ok := unitOf(g.w(i + 1))
	if !ok {
		return date{}, false
	}
	return date{first: i, last: i + 2, typ: doc.Duration, value: durValue(n, u)}, true
}

func durValue(n int, u string) string {
	ud := units[u]
	if ud.time {
		return "PT" + strconv.Itoa(n) + ud.des
	}
	if u == "decade" {
		return "P" + strconv.Itoa(10*n) + "Y"
	}
	return "P" + strconv.Itoa(n) + ud.des
}

// set: annual, every year, weekly, daily.
func (g *tagger) set(i int) (date, bool) {
	val := map[string]string{"annual": "P1Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W", "daily": "P1D"}
	if v, ok := val[g.w(i)]; ok {
		return date{first: i, last: i + 1, typ: doc.Set, value: v}, true
	}
	if g.w(i) == "every" && g.same(i, i+1) {
		if u, ok := unitOf(g.w(i + 1)); ok {
			return date{first: i, last: i + 2, typ: doc.Set, value: durValue(1, u)}, true
		}
	}
	return date{}, false
}

// bareMonth: "in June", "since March": a capitalised month after a
// preposition, in the year that puts it nearest the reference.
func (g *tagger) bareMonth(i int) (date, bool) {
	m, ok := months[g.w(i)]
	if !ok || !capitalisedWord(g.d.tok(i).text) || len(g.w(i)) < 3 {
		return date{}, false
	}
	switch g.w(i - 1) {
	case "in", "since", "until", "by", "during", "of", "from", "before", "after", "early", "late", "mid", "through", "last", "next":
	default:
		return date{}, false
	}
	return date{first: i, last: i + 1, typ: doc.Date, value: ym(g.yearFor(i, m, 0), m)}, true
}

// year: 2024 written alone.
func (g *tagger) year(i int) (date, bool) {
	y, ok := yearNum(g.w(i))
	if !ok || g.d.tok(i).tag != "CD" {
		return date{}, false
	}
	return date{first: i, last: i + 1, typ: doc.Date, value: strconv.Itoa(y)}, true
}

// decade: the 1990s.
func (g *tagger) decade(i int) (date, bool) {
	w := g.w(i)
	if len(w) != 5 || !strings.HasSuffix(w, "0s") {
		return date{}, false
	}
	if _, ok := yearNum(w[:4]); !ok {
		return date{}, false
	}
	return date{first: i, last: i + 1, typ: doc.Date, value: w[:3]}, true
}

// emitDates writes the dates in text order.
func (d *docState) emitDates() {
	for _, x := range d.dts {
		sp := d.span(x.first, x.last)
		d.a.Doc.Dates = append(d.a.Doc.Dates, doc.Timex{ID: "t" + itoa(len(d.a.Doc.Dates)+1), Text: sp.Text,
			Start: sp.Start, End: sp.End, Type: x.typ, Value: x.value, Attributes: x.attrs})
	}
}
