package timex

import (
	"time"

	"github.com/newsx/newsx/extract/token"
)

var partCode = [...]string{pNone: "", pMorning: "MO", pNoon: "MI", pAfternoon: "AF", pEvening: "EV",
	pNight: "NI", pDawn: "MO", pForenoon: "MO", pMidnight: "NI"}

var modName = map[int]string{mStart: "START", mMid: "MID", mEnd: "END"}

// minAhead reports a من within the next few tokens (a range head).
func (p *parser) minAhead(i int) bool {
	for k := i + 1; k < i+7 && k < len(p.toks); k++ {
		if p.toks[k].e.c == cFunc && p.toks[k].e.v == fnMin {
			return true
		}
	}
	return false
}

// accAt reads the parts of one expression at i without resolving them.
// The last results are kept (see parser.memo).
func (p *parser) accAt(i int) (int, acc, int) {
	m := p.accRef(i)
	return m.j, m.a, m.n
}

// accRef returns the memo entry of the reading at i, made if need be. The
// entry is good until the next call; callers copy what they keep, which
// saves copying the accumulator through every return.
func (p *parser) accRef(i int) *accMemo {
	for k := range p.memo {
		if m := &p.memo[k]; m.ok && m.i == i {
			return m
		}
	}
	m := &p.memo[p.memoNext]
	p.memoNext = (p.memoNext + 1) % len(p.memo)
	m.j, m.a, m.n, m.timed = p.accAtNoCache(i)
	m.i, m.ok = i, true
	return m
}

// headAt reads the parts at i with timePart turned off: the head of a
// time range (الخميس من الساعة 9 حتى 11). When the full reading at i read
// no clock time, timePart failed at every step and the reading without it
// takes the same steps, so the full reading (often wanted next anyway) is
// the answer. The accumulator returned is the memo entry's or p.head,
// good until the next call.
func (p *parser) headAt(i int) (int, *acc, int) {
	if m := p.accRef(i); !m.timed {
		return m.j, &m.a, m.n
	}
	p.noTime = true
	var j, n int
	j, p.head, n, _ = p.accAtNoCache(i)
	p.noTime = false
	return j, &p.head, n
}

// accAtNoCache reads the parts at i; timed reports that timePart
// succeeded at some step.
func (p *parser) accAtNoCache(i int) (j int, a acc, n int, timed bool) {
	a = acc{h: -1}
	j = i
	for {
		k := j
		if n > 0 {
			k = p.glue(j)
		}
		if !p.ok(k) {
			break
		}
		if t := &p.toks[k]; t.e.c == cNone && t.num < 0 && t.kind != token.Number && !(t.kind == token.Latin && a.timeSet) {
			break // no part starts with a word that has no temporal reading
		}
		// The parts are tried in this order. weekdayPart, timePart,
		// dayPartPart and zonePart write to a only when they succeed, and
		// then always end past k, so they work on a itself; datePart's
		// readers may write before they fail, so it gets a copy (copying
		// the accumulator for every reader showed in profiles).
		e, ok := p.weekdayPart(k, &a)
		if !ok {
			e, ok = p.timePart(k, &a)
			timed = timed || ok
		}
		if !ok {
			b := a
			if e, ok = p.datePart(k, &b); ok && e > k {
				a = b
			} else {
				ok = false
			}
		}
		if !ok {
			e, ok = p.dayPartPart(k, &a)
		}
		if !ok {
			e, ok = p.zonePart(k, &a)
		}
		if !ok {
			break
		}
		j = e
		n++
	}
	return j, a, n, timed
}

// refDay is the reference date at midnight.
func (p *parser) refDay() time.Time {
	return date(p.ref.Year(), int(p.ref.Month()), p.ref.Day())
}

func (p *parser) isFuture(first int) bool {
	if p.futureDefault {
		return true
	}
	if !p.ok(first) {
		return false
	}
	return p.futureSent(p.toks[first].sent)
}

// finish resolves an accumulated expression against the reference.
func (p *parser) finish(a *acc, first int) (tv, bool) {
	v := tv{typ: "DATE", h: -1}
	fut := false
	if p.hasRef && (a.yOpen || a.bareMonth || a.wdSet) {
		fut = p.isFuture(first)
	}
	if a.present {
		v.present = true
		v.g = gDay
		v.attr("anchor", "REF")
		if !p.hasRef {
			v.dur = "PRESENT_REF"
			v.typ = "DATE"
			v.g = gNone
			return v, true
		}
		if p.clock {
			v = fromTime(p.ref, gMinute)
			v.present = true
			v.attr("anchor", "REF")
			return v, true
		}
		v.y, v.m, v.d = p.ref.Year(), int(p.ref.Month()), p.ref.Day()
		return v, true
	}
	// A month or day without a year takes the reference's year (the
	// next one when the sentence speaks of the future and the date has
	// passed).
	if (a.yOpen || a.bareMonth) && a.y == 0 && p.hasRef && a.m > 0 {
		a.y = p.ref.Year()
		if fut {
			rd := p.refDay()
			if a.d > 0 || a.g == gDay && a.d > 0 {
				if date(a.y, a.m, a.d).Before(rd) {
					a.y++
				}
			} else if a.m < int(rd.Month()) {
				a.y++
			}
		}
	}
	if a.bareMonth && !a.wdSet && a.weekNth == 0 {
		v.bare = 2
	}
	v.y, v.m, v.d, v.g = a.y, a.m, a.d, a.g
	v.wk, v.q, v.season, v.we = a.wk, a.q, a.season, a.weekend
	if a.hm > 0 && !p.hasRef {
		v.y, v.m, v.d = 0, 0, 0
	}
	// Weekdays.
	if a.wdSet {
		if !p.resolveWeekday(a, &v, fut) {
			return v, false
		}
	}
	// Week of a month.
	if a.weekNth != 0 && v.m > 0 {
		y := v.y
		if y == 0 && p.hasRef {
			y = p.ref.Year()
		}
		if y > 0 {
			var mon time.Time
			if a.weekNth > 0 {
				f := date(y, v.m, 1)
				mon = f.AddDate(0, 0, (8-isoWd(f))%7+7*(a.weekNth-1))
			} else {
				l := date(y, v.m, daysIn(y, v.m))
				mon = l.AddDate(0, 0, -(isoWd(l) - 1))
				if mon.AddDate(0, 0, 6).Month() != time.Month(v.m) {
					mon = mon.AddDate(0, 0, -7)
				}
				if isoWd(l) == 7 {
					mon = l.AddDate(0, 0, -6)
				}
			}
			w := fromTime(mon, gWeek)
			v.y, v.wk, v.m, v.d, v.g = w.y, w.wk, 0, 0, gWeek
		} else {
			v.g = gWeek
		}
	}
	// Last day of a month (آخر يوم من أكتوبر).
	if a.mod == -1 {
		if v.y > 0 && v.m > 0 {
			v.d = daysIn(v.y, v.m)
		}
		v.g = gDay
		a.mod = 0
	}
	if a.mod > 0 {
		v.mod = modName[a.mod]
	}
	if a.hijri != "" {
		v.attr("hijri", a.hijri)
	}
	if a.anchor != "" && a.anchor != "REF" || a.anchor == "REF" && a.rel {
		v.attr("anchor", a.anchor)
	}
	if a.interval != nil {
		v.end = p.keep(*a.interval)
	}
	// Times.
	if a.timeSet {
		v.typ = "TIME"
		if !a.dateSet && !a.wdSet {
			if p.hasRef {
				v.y, v.m, v.d = p.ref.Year(), int(p.ref.Month()), p.ref.Day()
				v.attr("anchor", "REF")
			}
			v.g = gDay
		}
		if v.g < gDay {
			return v, false
		}
		if a.h >= 0 {
			h := a.h
			if a.part == pNone && p.clock && h >= 1 && h < 12 && !a.dateSet && !a.wdSet {
				// A 12-hour reading without a day part: the next
				// occurrence after the reference time.
				rt := p.ref.Hour()*60 + p.ref.Minute()
				if h*60+a.mi < rt && (h+12)*60+a.mi >= rt {
					h += 12
				}
			}
			v.h, v.mi, v.sec, v.g = h, a.mi, a.sec, a.tg
		} else {
			v.part = partCode[a.part]
		}
		v.zone = a.zone
		if a.zattr != "" {
			v.attr("zone", a.zattr)
		}
		if a.prayer != "" {
			v.attr("prayer", a.prayer)
		}
		if v.end != nil {
			v.end = nil
		}
	} else if a.part != pNone {
		v.typ = "TIME"
		v.part = partCode[a.part]
	}
	if v.g == gNone {
		return v, false
	}
	return v, true
}

// resolveWeekday fixes the date of an expression with a weekday.
func (p *parser) resolveWeekday(a *acc, v *tv, fut bool) bool {
	wd := a.wd
	switch {
	case a.dateSet && a.g == gDay && a.d > 0 && a.m > 0:
		return true // the weekday only confirms the date
	case a.dateSet && a.g == gWeek:
		if v.y > 0 && v.wk > 0 {
			t := weekMonday(v.y, v.wk).AddDate(0, 0, wd-1)
			*v = tv{typ: "DATE", g: gDay, y: t.Year(), m: int(t.Month()), d: t.Day(), h: -1, attrs: v.attrs}
		} else {
			v.y, v.m, v.d, v.wd, v.g = 0, 0, 0, wd, gDay
		}
		return true
	case a.dateSet && a.g == gMonth && a.m > 0:
		y := v.y
		if y == 0 && p.hasRef {
			y = p.ref.Year()
		}
		nth, ord := a.wdNth, a.wdOrd
		if ord > 0 && nth == 0 {
			if ord <= 5 && (y == 0 || isoWd(date(y, a.m, ord)) != wd) {
				nth = ord
			} else {
				v.d, v.g = ord, gDay
				v.y = y
				return true
			}
		}
		v.g = gDay
		if y == 0 {
			v.d = 0
			return true
		}
		v.y = y
		if nth == 0 {
			nth = 1
		}
		if nth > 0 {
			f := date(y, a.m, 1)
			t := f.AddDate(0, 0, (wd-isoWd(f)+7)%7+7*(nth-1))
			if int(t.Month()) != a.m {
				return false
			}
			v.d = t.Day()
		} else {
			l := date(y, a.m, daysIn(y, a.m))
			t := l.AddDate(0, 0, -((isoWd(l) - wd + 7) % 7))
			v.d = t.Day()
		}
		return true
	case a.dayOnly || (!a.dateSet && a.wdOrd > 0):
		d := a.d
		if d == 0 {
			d = a.wdOrd
		}
		v.g = gDay
		if !p.hasRef {
			v.y, v.m, v.d = 0, 0, d
			return true
		}
		// The reference's month when the weekday fits, else the nearest
		// month where it does, back in a report, forward in a forecast.
		rd := p.refDay()
		m0 := date(rd.Year(), int(rd.Month()), 1)
		step := -1
		if fut {
			step = 1
		}
		for k := 0; k < 28; k++ {
			mo := m0.AddDate(0, step*k, 0)
			y, m := mo.Year(), int(mo.Month())
			if d <= daysIn(y, m) && isoWd(date(y, m, d)) == wd {
				v.y, v.m, v.d = y, m, d
				return true
			}
		}
		v.y, v.m, v.d = 0, 0, d
		return true
	case !a.dateSet:
		v.g = gDay
		dir := a.wdDir
		if dir == 0 {
			v.bare = 1
			dir = -1
			if fut {
				dir = 1
			}
		}
		if !p.hasRef {
			v.y, v.m, v.d, v.wd = 0, 0, 0, wd
			return true
		}
		rd := p.refDay()
		rw := isoWd(rd)
		var t time.Time
		switch dir {
		case -1:
			back := (rw - wd + 7) % 7
			if back == 0 && a.wdDir == -1 {
				back = 7
			}
			t = rd.AddDate(0, 0, -back)
		case 1, 3:
			fwd := (wd - rw + 7) % 7
			if fwd == 0 {
				fwd = 7
			}
			if dir == 3 {
				fwd += 7
			}
			t = rd.AddDate(0, 0, fwd)
		case -3:
			back := (rw - wd + 7) % 7
			if back == 0 {
				back = 7
			}
			t = rd.AddDate(0, 0, -back-7)
		default: // this week's
			t = rd.AddDate(0, 0, wd-rw)
		}
		v.y, v.m, v.d = t.Year(), int(t.Month()), t.Day()
		if a.timeSet || a.part != pNone {
			// keep
		}
		return true
	}
	return true
}

// ---- ranges and lists ----

// rangeAt: من X إلى Y, بين X و Y, يومي 23 و24 من أكتوبر, 13-15 تموز,
// خلال الفترة من X حتى Y, الخميس من الساعة 9 حتى 11.
func (p *parser) rangeAt(i int) []item {
	k := i
	bayn := false
	yawmay := false
	switch {
	case p.fn(k) == fnMin && (p.toks[k].pre == "" || p.toks[k].pre == "و"):
		k++
	case p.fn(k) == fnBayn:
		bayn = true
		k++
	case p.fn(k) == fnYawmay:
		yawmay = true
		k++
	case p.fnPlain(k) == fnFatra || (p.fnPlain(k) == fnKhilal || p.fnPlain(k) == fnFi) && p.fn(k+1) == fnFatra:
		if p.fn(k) != fnFatra {
			k++
		}
		k++
		switch p.fnPlain(k) {
		case fnMin:
			k++
		case fnBayn:
			bayn = true
			k++
		default:
			return nil
		}
	case (p.fn(k) == fnHatta || p.fn(k) == fnBihulul) && p.toks[k].pre == "" && p.clock:
		// حتى الساعة 2:00: from now until then.
		j, b, n := p.accAt(k + 1)
		if n > 0 && !b.timeSet && b.dateSet && p.fn(k) == fnBihulul {
			// بحلول نهاية الشهر: from now until the end of that period.
			y, ok := p.finish(&b, k+1)
			if !ok || y.end != nil || y.y == 0 {
				return nil
			}
			y.mod = ""
			x := fromTime(p.ref, gMinute)
			x.end = p.keep(y)
			return p.items1(item{first: k + 1, last: j, v: x})
		}
		if n == 0 || !b.timeSet || b.dateSet || b.wdSet {
			return nil
		}
		y, ok := p.finish(&b, k+1)
		if !ok || y.h < 0 {
			return nil
		}
		x := fromTime(p.ref, gMinute)
		y.until = true
		x.end = p.keep(y)
		return p.items1(item{first: k + 1, last: j, v: x})
	}
	first := k
	var head acc
	headN := 0
	leadless := false
	if k == i {
		// A head (weekday or date) then من + a time range.
		n, j := 0, i
		var h *acc
		if p.minAhead(i) {
			j, h, n = p.headAt(i)
		}
		if n == 0 || h.timeSet || p.fnPlain(j) != fnMin {
			// No lead word: X إلى Y, X - Y.
			leadless = true
		} else {
			head, headN = *h, n
			k = j + 1
		}
	}
	// X. The readings are copied out of the memo only when used.
	mx := p.accRef(k)
	jx, nx := mx.j, mx.n
	var x acc
	if nx == 0 || mx.a.dayOnly && !mx.a.wdSet {
		if d, e, ok := p.dayAt(k); ok {
			x = acc{h: -1, d: d, dayOnly: true}
			jx, nx = e, 1
		} else if y, e, _, _, ok := p.yearAt(k, true); ok {
			x = acc{h: -1, y: y, g: gYear, dateSet: true, yearOnly: true}
			jx, nx = e, 1
		} else if h, e, ok := p.hourWord(k); ok && headN > 0 {
			x = acc{h: h, tg: gHour, timeSet: true}
			jx, nx = e, 1
		} else if nx > 0 {
			x = mx.a
		}
	} else {
		x = mx.a
	}
	if nx == 0 {
		return nil
	}
	// Connector.
	c := jx
	conn := 0
	switch {
	case p.fn(c) == fnIla || p.fn(c) == fnHatta || p.fn(c) == fnLighaya:
		conn = 1
		if p.fn(c+1) == fnIla || (p.fn(c) == fnHatta && p.fn(c+1) == fnIla) {
			c++
		}
		c++
	case p.isWa(c):
		conn = 2
		c++
	case p.hasWa(c):
		conn = 2
	case p.punct(c, "-") || p.punct(c, "–"):
		conn = 1
		c++
	default:
		return nil
	}
	if conn == 2 && (leadless || !bayn && !yawmay && !x.dayOnly) {
		return nil
	}
	if !p.sameSent(jx-1, c) {
		return nil
	}
	my := p.accRef(c)
	jy, ny := my.j, my.n
	var y acc
	if ny == 0 {
		if d, e, ok := p.dayAt(c); ok && (x.dateSet || x.wdSet) && x.g == gDay {
			y = acc{h: -1, d: d, dayOnly: true}
			jy, ny = e, 1
		} else if yy, e, _, _, ok := p.yearAt(c, true); ok && x.yearOnly {
			y = acc{h: -1, y: yy, g: gYear, dateSet: true, yearOnly: true}
			jy, ny = e, 1
		}
	} else {
		y = my.a
	}
	if ny == 0 {
		return nil
	}
	// Share what one side leaves out.
	if x.dayOnly && y.timeSet && !y.dateSet && x.d <= 12 {
		x = acc{h: x.d, tg: gHour, timeSet: true} // 3-4 عصرا
	}
	if x.dayOnly && !y.dateSet {
		return nil
	}
	if x.dayOnly {
		if y.hY > 0 {
			// من 10 إلى 20 رمضان 1446: the Hijri month of the end.
			d := x.d
			if _, ok := p.setHijri(y.hY, y.hM, d, &x, 0); !ok {
				return nil
			}
			x.dayOnly = false
		} else {
			x.m, x.y, x.yOpen, x.g, x.dateSet, x.dayOnly = y.m, y.y, y.yOpen, gDay, true, false
			if y.m == 0 || y.hijri != "" {
				return nil
			}
		}
	}
	if y.dayOnly && x.dateSet && x.g == gDay {
		y.m, y.y, y.yOpen, y.g, y.dateSet, y.dayOnly = x.m, x.y, x.yOpen, gDay, true, false
	}
	if x.yearOnly && !y.yearOnly || !x.yearOnly && y.yearOnly && !x.dateSet {
		if !(x.dateSet && x.g == gMonth && y.yearOnly) {
			return nil
		}
	}
	if x.g == gMonth && x.y == 0 && y.y > 0 {
		x.y, x.yOpen, x.bareMonth = y.y, false, false
	}
	if x.timeSet && !y.timeSet || y.timeSet && !x.timeSet && !(x.dateSet && !y.dateSet) {
		return nil
	}
	if x.timeSet && y.timeSet {
		// من 9:30 حتى 11:00 يوم الخميس: the day is written once.
		if !x.dateSet && !x.wdSet && (y.dateSet || y.wdSet) && headN == 0 {
			x.y, x.m, x.d, x.g, x.dateSet, x.yOpen = y.y, y.m, y.d, y.g, y.dateSet, y.yOpen
			x.wd, x.wdSet, x.wdDir, x.wdOrd, x.wdNth = y.wd, y.wdSet, y.wdDir, y.wdOrd, y.wdNth
			x.rel, x.anchor = y.rel, y.anchor
		} else if !y.dateSet && !y.wdSet && (x.dateSet || x.wdSet) {
			y.y, y.m, y.d, y.g, y.dateSet, y.yOpen = x.y, x.m, x.d, x.g, x.dateSet, x.yOpen
			y.wd, y.wdSet, y.wdDir, y.wdOrd, y.wdNth = x.wd, x.wdSet, x.wdDir, x.wdOrd, x.wdNth
			y.rel, y.anchor = x.rel, x.anchor
		}
		if x.part == pNone && y.part != pNone && x.h >= 0 && x.h < 12 {
			x.h = applyPart(x.h, y.part)
			x.part = y.part
		}
		if y.part == pNone && y.h >= 0 && y.h < x.h && y.h < 12 {
			y.h += 12 // 11:30-1:30
		}
		for _, s := range []*acc{&x, &y} {
			if !s.dateSet && !s.wdSet && headN > 0 {
				s.y, s.m, s.d, s.g, s.dateSet, s.yOpen = head.y, head.m, head.d, head.g, head.dateSet, head.yOpen
				s.wd, s.wdSet, s.wdDir, s.wdOrd, s.wdNth = head.wd, head.wdSet, head.wdDir, head.wdOrd, head.wdNth
				s.rel, s.anchor = head.rel, head.anchor
			}
		}
	}
	if headN > 0 && !(x.timeSet && y.timeSet) {
		return nil
	}
	if x.wdSet && y.wdSet && !x.dateSet && !y.dateSet && !x.timeSet && !y.timeSet && x.wdDir == 0 && y.wdDir == 0 && conn == 2 {
		return p.weekdayList(x, y, first, jx, c, jy)
	}
	xv, ok1 := p.finish(&x, first)
	yv, ok2 := p.finish(&y, first)
	if !ok1 || !ok2 || xv.typ != yv.typ || xv.end != nil || yv.end != nil {
		return nil
	}
	if headN > 0 {
		first = i
	}
	if conn == 2 && !bayn && xv.g == gDay && yv.g == gDay && xv.d > 0 && yv.d > 0 && yv.d-xv.d != 1 && xv.m == yv.m {
		// A list, not a range: يومي 23 و26.
		return p.items2(item{first: first, last: jx, v: xv}, item{first: c, last: jy, v: yv})
	}
	yv.attrs = attrs{}
	xv.end = p.keep(yv)
	if yv.bare > xv.bare {
		xv.bare = yv.bare
	}
	return p.items1(item{first: first, last: jy, v: xv})
}

// ---- durations and relative offsets ----

var comparatives = formSet("أكثر أقل أطول أقصر أكبر بدلا أزيد نحو حوالي")

// quantity reads "N unit" at i: 3 ساعات, ثلاثة أيام, يومين, نصف ساعة,
// ساعة ونصف, الـ24 ساعة, بضعة أيام. n < 0 means unknown (بضعة).
func (p *parser) quantity(i int, allowSingular bool) (n float64, u, j int, ok bool) {
	j = i
	if p.word(j) == "ال" && p.ok(j+1) && p.toks[j+1].num >= 0 {
		j++
	}
	if !p.ok(j) {
		return
	}
	t := &p.toks[j]
	switch {
	case t.e.c == cUnit && t.e.f&fDual != 0 && t.e.v != uQuarter:
		n, u, j = 2, int(t.e.v), j+1
	case t.e.c == cUnit && t.e.f == 0 && allowSingular && !t.art && t.e.v != uQuarter:
		n, u, j = 1, int(t.e.v), j+1
	case t.stem == wNisf || t.stem == wRub:
		if p.ok(j+1) && p.toks[j+1].e.c == cUnit && p.toks[j+1].e.f == 0 {
			n = 0.5
			if t.stem == wRub {
				n = 0.25
			}
			u, j = int(p.toks[j+1].e.v), j+2
		} else if p.fn(j+1) == fnSaa {
			n = 0.5
			if t.stem == wRub {
				n = 0.25
			}
			u, j = uHour, j+2
		} else {
			return
		}
	case t.e.c == cCard && p.ok(j+1) && p.toks[j+1].stem == wArba && (p.fn(j+2) == fnSaa || p.isUnit(j+2, uHour, false)):
		// ثلاثة أرباع الساعة
		n, u, j = float64(t.e.v)/4, uHour, j+3
	case t.e.c == cFunc && t.e.v == fnBid:
		if p.ok(j+1) && p.toks[j+1].e.c == cUnit && p.toks[j+1].e.f&fPlural != 0 {
			n, u, j = -1, int(p.toks[j+1].e.v), j+2
		} else {
			return
		}
	case t.fnum > 0 && p.ok(j+1) && p.toks[j+1].e.c == cUnit && !p.toks[j+1].art && p.toks[j+1].e.v != uQuarter:
		n, u, j = t.fnum, int(p.toks[j+1].e.v), j+2
	default:
		v, e, ok2 := p.cardAt(j)
		if !ok2 || v <= 0 || t.art {
			return
		}
		if !p.ok(e) || p.toks[e].e.c != cUnit || p.toks[e].e.v == uQuarter || p.toks[e].art {
			return
		}
		if t.num >= 0 && t.nd > 6 {
			return
		}
		n, u, j = float64(v), int(p.toks[e].e.v), e+1
	}
	if u == uNone {
		return
	}
	// ساعة ونصف / يومين ونصف
	if p.ok(j) && p.hasWa(j) && (p.toks[j].stem == wNisf || p.toks[j].stem == "نص") && n > 0 {
		n += 0.5
		j++
	}
	return n, u, j, true
}

// quantAt: قبل/منذ/بعد/خلال/لمدة + quantity, a bare quantity (a
// duration), and الأيام الثلاثة المقبلة.
func (p *parser) quantAt(i int) (int, tv, bool) {
	if j, v, ok := p.spanAt(i); ok {
		return j, v, true
	}
	k := i
	pre := fnNone
	switch f := p.fn(k); {
	case f == fnQabl || f == fnMundh || f == fnBad || f == fnKhilal || f == fnLimudda:
		pre = f
		k++
	case f == fnAla && p.fn(k+1) == fnMada:
		pre = fnLimudda
		k += 2
	case f == fnFi && p.fn(k+1) == fnGhudun:
		pre = fnLimudda
		k += 2
	case f == fnMin && p.toks[k].pre == "" && (!p.ok(k-1) || !comparatives[p.toks[k-1].w] && p.toks[k-1].sent != p.toks[k].sent || i == 0):
		pre = fnQabl // dialect: من أسبوع = a week ago
		k++
	}
	if pre == fnKhilal {
		if j, v, ok := p.spanAt(k); ok {
			return j, v, true
		}
	}
	n, u, j, ok := p.quantity(k, pre != fnNone)
	if !ok {
		return i, tv{}, false
	}
	// قبل عام 2000, بعد يوم الأحد: not a quantity.
	if p.ok(j) && (p.toks[j].num >= 0 || p.toks[j].e.c == cWeekday || p.toks[j].e.c == cRelDay || p.toks[j].e.c == cMonth ||
		p.toks[j].e.c == cHMonth || p.toks[j].e.c == cHMonHead || p.toks[j].e.c == cMonHead) {
		return i, tv{}, false
	}
	if n == 1 && (u == uMinute || u == uSecond) && pre == fnNone {
		return i, tv{}, false
	}
	// بعد سبعة أيام من الآن / من اليوم
	if p.fnPlain(j) == fnMin && p.ok(j+1) && p.toks[j+1].e.c == cRelDay && (p.toks[j+1].e.v == 200 || p.toks[j+1].e.v == 0) {
		j += 2
	} else if (pre == fnBad || pre == fnQabl) && p.fnPlain(j) == fnMin && p.ok(j+1) && p.toks[j+1].kind == token.Word {
		// بعد أسبوعين من انتهاء الأعمال: anchored to an event, not to
		// the reference: only the length is known.
		v := tv{typ: "DURATION", h: -1, dur: durValue(n, u), g: unitGrain(u)}
		v.attr("anchor", "EVENT")
		return j, v, true
	}
	if pre == fnKhilal && n >= 1 && n == float64(int(n)) && u >= uDay && u <= uYear && p.hasRef && p.isFuture(i) {
		// ستنتهي الأعمال خلال أسبوعين: from the reference to the deadline.
		g := gDay
		if p.clock {
			g = gMinute
		}
		x := fromTime(p.ref, g)
		x.typ = "DATE"
		x.end = p.keep(fromTime(addUnit(p.ref, u, int(n)).AddDate(0, 0, -1), gDay))
		x.attr("anchor", durAnchor(n, u, true))
		return j, x, true
	}
	switch pre {
	case fnQabl, fnMundh, fnBad:
		sign := -1
		if pre == fnBad {
			sign = 1
		}
		return j, p.offset(n, u, sign), true
	default:
		v := tv{typ: "DURATION", h: -1, dur: durValue(n, u), g: unitGrain(u)}
		return j, v, true
	}
}

// hoursIn is the length of a clock unit in hours (0 for the others).
func hoursIn(u int) float64 {
	switch u {
	case uHour:
		return 1
	case uMinute:
		return 1.0 / 60
	case uSecond:
		return 1.0 / 3600
	}
	return 0
}

// offset resolves "n units ago / later" against the reference.
func (p *parser) offset(n float64, u, sign int) tv {
	g := unitGrain(u)
	anchor := durAnchor(n, u, sign >= 0)
	if n < 0 || !p.hasRef {
		v := tv{typ: "DATE", h: -1, g: g}
		if g >= gHour {
			v.typ = "TIME"
			v.g = gDay
			v.part = ""
		}
		if n < 0 && p.hasRef {
			v.dur = "PAST_REF"
			if sign > 0 {
				v.dur = "FUTURE_REF"
			}
			v.g = gNone
		}
		v.attr("anchor", anchor)
		if g >= gHour && !p.hasRef {
			// XXXX-XX-XXTXX:XX is not helpful; keep the day unknown.
			v.typ = "DATE"
		}
		return v
	}
	// Convert fractions to a finer unit.
	whole := int(n)
	t := p.ref
	frac := n - float64(whole)
	t = addUnit(t, u, sign*whole)
	if frac > 0 {
		switch u {
		case uHour:
			t = t.Add(time.Duration(sign) * time.Duration(frac*60) * time.Minute)
		case uYear:
			t = t.AddDate(0, sign*int(frac*12), 0)
		case uDay:
			t = t.Add(time.Duration(sign) * time.Duration(frac*24) * time.Hour)
		case uMonth:
			t = t.AddDate(0, 0, sign*int(frac*30))
		}
	}
	if g >= gHour && !p.clock {
		// A date-only reference cannot give a clock time: the day.
		g = gDay
		t = date(p.ref.Year(), int(p.ref.Month()), p.ref.Day())
		hours := int(n * hoursIn(u))
		t = t.AddDate(0, 0, sign*(hours/24))
	}
	if g == gDecade || g == gCentury {
		g = gYear
	}
	if g == gWeek {
		g = gDay // قبل أسبوعين: the day two weeks ago
	}
	if p.clock {
		// A reference instant gives the offset one grain finer than its
		// unit: قبل ثلاثة أشهر → the day, بعد يومين → the hour.
		switch u {
		case uYear, uDecade, uCentury:
			g = gMonth
		case uMonth, uQuarter:
			g = gDay
		case uDay:
			g = gHour
		case uHour:
			g = gMinute
		}
	}
	v := fromTime(t, g)
	if frac > 0 && g == gHour {
		v.g = gMinute
		v.mi = t.Minute()
	}
	v.attr("anchor", anchor)
	return v
}

// spanAt: الأيام الثلاثة المقبلة, الأسابيع الثلاثة القادمة, الساعات
// الـ24 الماضية, العامين الماضيين, الأشهر الستة الأخيرة.
func (p *parser) spanAt(i int) (int, tv, bool) {
	j := i
	var n float64
	u := 0
	if !p.ok(j) {
		return i, tv{}, false
	}
	t := &p.toks[j]
	switch {
	case t.e.c == cUnit && t.art && t.e.f&fDual != 0:
		n, u, j = 2, int(t.e.v), j+1
	case t.e.c == cUnit && t.art && t.e.f&fPlural != 0:
		u = int(t.e.v)
		k := j + 1
		if p.word(k) == "ال" {
			k++
		}
		if !p.ok(k) {
			return i, tv{}, false
		}
		v, e, ok := p.cardAt(k)
		if !ok && p.toks[k].w == wQalila {
			v, e, ok = 3, k+1, true // الأيام القليلة المقبلة: a few (three)
		}
		if !ok && p.toks[k].e.c == cCard && p.toks[k].art {
			v, e, ok = int(p.toks[k].e.v), k+1, true
			if v < 10 && p.isTeen(e) {
				v, e = v+10, e+1
			}
		}
		if !ok {
			return i, tv{}, false
		}
		n, j = float64(v), e
	case t.e.c == cMod && t.stem == "اخر" && !t.art:
		// آخر 3 أيام, آخر ساعة
		nn, uu, e, ok := p.quantity(j+1, true)
		if !ok || nn <= 0 || nn == 1 && (p.fnPlain(e) == fnMin || p.fnPlain(e) == fnFi || p.ok(e) && p.toks[e].e.c != cNone) {
			return i, tv{}, false
		}
		n, u, j = nn, uu, e
		return p.spanValue(n, u, -1, j)
	default:
		nn, uu, e, ok := p.quantity(j, false)
		if !ok {
			return i, tv{}, false
		}
		n, u, j = nn, uu, e
	}
	sign := 0
	switch {
	case p.cls(j) == cShift && p.toks[j].pre == "" && p.toks[j].e.v != 0:
		sign = int(p.toks[j].e.v)
	case p.fnPlain(j) == fnAkhir:
		sign = -1
	default:
		return i, tv{}, false
	}
	j++
	if n <= 0 || n > 1000 || n != float64(int(n)) {
		return i, tv{}, false
	}
	return p.spanValue(n, u, sign, j)
}

// spanValue resolves the n units before (sign -1) or after (+1) the
// reference, the reference's own unit excluded, at the unit's grain.
func (p *parser) spanValue(n float64, u, sign, j int) (int, tv, bool) {
	g := unitGrain(u)
	anchor := durAnchor(n, u, sign > 0)
	if !p.hasRef || g >= gHour && !p.clock {
		// Without a reference, or finer than a day without a clock: the
		// duration.
		v := tv{typ: "DURATION", h: -1, dur: durValue(n, u), g: g}
		v.attr("anchor", anchor)
		return j, v, true
	}
	ref := p.ref
	switch g {
	case gHour:
		ref = time.Date(ref.Year(), ref.Month(), ref.Day(), ref.Hour(), 0, 0, 0, time.UTC)
	case gMinute:
		ref = time.Date(ref.Year(), ref.Month(), ref.Day(), ref.Hour(), ref.Minute(), 0, 0, time.UTC)
	case gSecond:
		ref = time.Date(ref.Year(), ref.Month(), ref.Day(), ref.Hour(), ref.Minute(), ref.Second(), 0, time.UTC)
	}
	var from, to time.Time
	if sign > 0 {
		from = addUnit(ref, u, 1)
		to = addUnit(ref, u, int(n))
	} else {
		from = addUnit(ref, u, -int(n))
		to = addUnit(ref, u, -1)
	}
	if g == gDecade || g == gCentury {
		g = gYear
	}
	a := fromTime(from, g)
	a.end = p.keep(fromTime(to, g))
	a.attr("anchor", anchor)
	return j, a, true
}

// ---- sets ----

// setAt: سنويا, كل أسبوع, كل ثلاثة أشهر, كل يوم أحد, مرتين في الشهر,
// المحادثات السنوية.
func (p *parser) setAt(i int) (int, tv, bool) {
	t := &p.toks[i]
	j := i + 1
	v := tv{typ: "SET", h: -1, g: gDay}
	v.attr("quant", "EVERY")
	switch {
	case t.e.c == cSetAdv:
		v.dur = durValue(1, int(t.e.v))
		return j, v, true
	case t.e.c == cSetAdj && t.art && p.ok(i-1) && p.toks[i-1].kind == token.Word && p.definite(i-1):
		v.dur = durValue(1, int(t.e.v))
		return j, v, true
	case t.e.c == cFunc && t.e.v == fnMarra:
		n := 1
		switch {
		case t.w == wMarratayn:
			n = 2
		case t.w == wMarrat:
			if p.ok(i-1) && p.toks[i-1].num >= 0 {
				n = p.toks[i-1].num
			} else {
				return i, tv{}, false
			}
		}
		k := j
		if p.fnPlain(k) == fnFi || p.fnPlain(k) == fnKull {
			k++
		}
		if p.ok(k) && p.toks[k].e.c == cUnit && p.toks[k].e.f == 0 {
			v.dur = durValue(1, int(p.toks[k].e.v))
			v.attr("freq", itoa(n)+"X")
			return k + 1, v, true
		}
		if p.ok(j) && p.toks[j].e.c == cSetAdv {
			v.dur = durValue(1, int(p.toks[j].e.v))
			v.attr("freq", itoa(n)+"X")
			return j + 1, v, true
		}
		return i, tv{}, false
	case t.e.c == cFunc && t.e.v == fnKull && t.pre == "":
		if !p.ok(j) {
			return i, tv{}, false
		}
		// كل يوم أحد / كل أحد / كل جمعة
		k := j
		if p.toks[k].stem == wYawm && p.toks[k].e.c == cUnit {
			k++
		}
		if p.ok(k) {
			wd := 0
			if p.toks[k].e.c == cWeekday {
				wd = int(p.toks[k].e.v)
			} else if d, ok := bareWd[p.toks[k].w]; ok {
				wd = d
			}
			if wd > 0 {
				v.dur = "XXXX-WXX-" + itoa(wd)
				return k + 1, v, true
			}
		}
		if p.toks[j].e.c == cUnit && p.toks[j].e.f == 0 && !p.toks[j].art && p.toks[j].e.v != uQuarter {
			v.dur = durValue(1, int(p.toks[j].e.v))
			return j + 1, v, true
		}
		if n, u, e, ok := p.quantity(j, false); ok && n > 0 {
			v.dur = durValue(n, u)
			return e, v, true
		}
	}
	return i, tv{}, false
}

// definite reports that word i carries the article (المحادثات).
func (p *parser) definite(i int) bool {
	for _, an := range p.src.List[i].Analyses {
		if an.Article {
			return true
		}
	}
	return false
}

// weekdayList: يومي الأحد والاثنين. The second day follows the first:
// in a past report the pair ends at the most recent second day, in a
// future one it starts at the next first day. Consecutive days make an
// interval, others a list.
func (p *parser) weekdayList(x, y acc, first, jx, c, jy int) []item {
	delta := (y.wd - x.wd + 7) % 7
	if delta == 0 {
		return nil
	}
	var xv, yv tv
	var ok bool
	if p.isFuture(first) {
		if xv, ok = p.finish(&x, first); !ok {
			return nil
		}
		yv = xv
		if xv.y > 0 {
			t := date(xv.y, xv.m, xv.d).AddDate(0, 0, delta)
			yv.y, yv.m, yv.d = t.Year(), int(t.Month()), t.Day()
		} else {
			yv.wd = y.wd
		}
	} else {
		if yv, ok = p.finish(&y, first); !ok {
			return nil
		}
		xv = yv
		if yv.y > 0 {
			t := date(yv.y, yv.m, yv.d).AddDate(0, 0, -delta)
			xv.y, xv.m, xv.d = t.Year(), int(t.Month()), t.Day()
		} else {
			xv.wd = x.wd
		}
	}
	if delta == 1 {
		yv.attrs = attrs{}
		xv.end = p.keep(yv)
		return p.items1(item{first: first, last: jy, v: xv})
	}
	return p.items2(item{first: first, last: jx, v: xv}, item{first: c, last: jy, v: yv})
}
