package timex

import (
	"fmt"
	"strconv"
	"sync"
	"time"
)

// grain is the precision of a value.
type grain uint8

const (
	gNone grain = iota
	gCentury
	gDecade
	gYear
	gSeason
	gQuarter
	gHalf
	gMonth
	gWeek
	gDay
	gHour
	gMinute
	gSecond
)

// tv is a resolved temporal value.
type tv struct {
	typ    string
	g      grain
	y      int // 0: unknown
	m, d   int // 0: unknown
	h, mi  int // -1: no clock
	part   string
	wd     int // ISO weekday when the date itself is unknown
	wk     int // ISO week (gWeek)
	q      int
	season string
	zone   string
	dur    string // DURATION and SET values
	mod    string
	end    *tv
	attrs  attrs
	// bare marks a bare weekday (1) or month (2): its past and future
	// occurrences are both plausible readings.
	bare int
	// present is the reference instant itself (الآن).
	present bool
	// we marks a weekend (2025-W43-WE).
	we bool
	// sec is the second of a value at gSecond.
	sec int
	// until marks an interval end that is itself excluded (حتى الساعة 2).
	until bool
}

// attrs are the extra facts of a value, kept in fields so that the many
// candidates the grammar tries cost no allocation; the map is built only
// for the expressions kept.
type attrs struct {
	anchor, hijri, zone, prayer, freq, quant string
}

func (v *tv) attr(k, val string) {
	switch k {
	case "anchor":
		v.attrs.anchor = val
	case "hijri":
		v.attrs.hijri = val
	case "zone":
		v.attrs.zone = val
	case "prayer":
		v.attrs.prayer = val
	case "freq":
		v.attrs.freq = val
	case "quant":
		v.attrs.quant = val
	}
}

// attrMap returns the attributes as the document stores them (nil when
// there are none).
func (v *tv) attrMap() map[string]string {
	a := v.attrs
	if a == (attrs{}) && v.mod == "" {
		return nil
	}
	m := make(map[string]string, 2)
	for _, kv := range [...][2]string{{"anchor", a.anchor}, {"hijri", a.hijri}, {"zone", a.zone}, {"prayer", a.prayer},
		{"freq", a.freq}, {"quant", a.quant}, {"mod", v.mod}} {
		if kv[1] != "" {
			m[kv[0]] = kv[1]
		}
	}
	return m
}

func y4(y int) string {
	if y <= 0 {
		return "XXXX"
	}
	var buf [24]byte
	return string(appendPad(buf[:0], y, 4))
}

// appendPad appends n with zeros in front up to w characters (a minus
// sign counts as one, as strconv.Itoa writes it).
func appendPad(b []byte, n, w int) []byte {
	var tmp [24]byte
	s := strconv.AppendInt(tmp[:0], int64(n), 10)
	for k := len(s); k < w; k++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

func appendY4(b []byte, y int) []byte {
	if y <= 0 {
		return append(b, "XXXX"...)
	}
	return appendPad(b, y, 4)
}

func appendD2(b []byte, n int) []byte {
	if n <= 0 {
		return append(b, "XX"...)
	}
	return appendPad(b, n, 2)
}

// value renders v in the TIMEX3 style of ISO 8601.
func (v *tv) value() string {
	if v.dur != "" {
		return v.dur
	}
	var buf [48]byte
	return string(v.appendValue(buf[:0]))
}

// appendValue appends v in the TIMEX3 style of ISO 8601 to b. Values are
// written into one buffer rather than concatenated, so that rendering
// costs no allocation until the caller makes the string.
func (v *tv) appendValue(b []byte) []byte {
	if v.dur != "" {
		return append(b, v.dur...) // durations, sets, PRESENT_REF, PAST_REF
	}
	switch v.g {
	case gCentury:
		if v.y > 0 {
			b = appendPad(b, v.y/100, 2)
		} else {
			b = append(b, "XX"...)
		}
	case gDecade:
		if v.y > 0 {
			b = appendPad(b, v.y/10, 3)
		} else {
			b = append(b, "XXX"...)
		}
	case gYear:
		b = appendY4(b, v.y)
	case gSeason:
		b = append(appendY4(b, v.y), '-')
		b = append(b, v.season...)
	case gQuarter:
		b = append(appendY4(b, v.y), "-Q"...)
		b = strconv.AppendInt(b, int64(v.q), 10)
	case gHalf:
		b = append(appendY4(b, v.y), "-H"...)
		b = strconv.AppendInt(b, int64(v.q), 10)
	case gMonth:
		b = append(appendY4(b, v.y), '-')
		b = appendD2(b, v.m)
	case gWeek:
		if v.wk > 0 {
			b = append(appendY4(b, v.y), "-W"...)
			b = appendPad(b, v.wk, 2)
		} else {
			b = append(appendY4(b, v.y), "-WXX"...)
		}
		if v.we {
			b = append(b, "-WE"...)
		}
	default:
		if v.y <= 0 && v.m <= 0 && v.d <= 0 && v.wd > 0 {
			b = append(b, "XXXX-WXX-"...)
			b = strconv.AppendInt(b, int64(v.wd), 10)
		} else {
			b = append(appendY4(b, v.y), '-')
			b = append(appendD2(b, v.m), '-')
			b = appendD2(b, v.d)
		}
		switch {
		case v.h >= 0 && v.g >= gSecond:
			b = append(appendPad(append(b, 'T'), v.h, 2), ':')
			b = append(appendPad(b, v.mi, 2), ':')
			b = appendPad(b, v.sec, 2)
		case v.h >= 0:
			b = append(appendPad(append(b, 'T'), v.h, 2), ':')
			b = appendPad(b, v.mi, 2)
		case v.part != "":
			b = append(append(b, 'T'), v.part...)
		}
		if v.h >= 0 || v.part != "" {
			b = append(b, v.zone...)
		}
	}
	if v.end != nil {
		b = v.end.appendValue(append(b, '/'))
	}
	return b
}

// fromTime makes a value of grain g from t.
func fromTime(t time.Time, g grain) tv {
	v := tv{typ: "DATE", g: g, y: t.Year(), m: int(t.Month()), d: t.Day(), h: -1}
	switch g {
	case gYear, gDecade, gCentury:
		v.m, v.d = 0, 0
	case gMonth:
		v.d = 0
	case gWeek:
		v.y, v.wk = t.ISOWeek()
		v.m, v.d = 0, 0
	case gHour, gMinute, gSecond:
		v.typ = "TIME"
		v.h, v.mi, v.sec = t.Hour(), t.Minute(), t.Second()
		if g == gHour {
			v.mi = 0
		}
	}
	return v
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int { return date(y, m+1, 0).Day() }

// isoWd returns the ISO weekday (1 Monday … 7 Sunday) of t.
func isoWd(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// weekMonday returns the Monday of ISO week wk of year y.
func weekMonday(y, wk int) time.Time {
	jan4 := date(y, 1, 4)
	return jan4.AddDate(0, 0, -(isoWd(jan4)-1)+7*(wk-1))
}

// addUnit adds n units to t.
func addUnit(t time.Time, u, n int) time.Time {
	switch u {
	case uSecond:
		return t.Add(time.Duration(n) * time.Second)
	case uMinute:
		return t.Add(time.Duration(n) * time.Minute)
	case uHour:
		return t.Add(time.Duration(n) * time.Hour)
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek:
		return t.AddDate(0, 0, 7*n)
	case uMonth:
		return t.AddDate(0, n, 0)
	case uYear:
		return t.AddDate(n, 0, 0)
	case uDecade:
		return t.AddDate(10*n, 0, 0)
	case uCentury:
		return t.AddDate(100*n, 0, 0)
	case uQuarter:
		return t.AddDate(0, 3*n, 0)
	}
	return t
}

func unitGrain(u int) grain {
	switch u {
	case uSecond:
		return gSecond
	case uMinute:
		return gMinute
	case uHour:
		return gHour
	case uDay:
		return gDay
	case uWeek:
		return gWeek
	case uMonth:
		return gMonth
	case uYear:
		return gYear
	case uDecade:
		return gDecade
	case uCentury:
		return gCentury
	case uQuarter:
		return gQuarter
	}
	return gDay
}

// durValue renders n units (n may be fractional) as an ISO duration.
func durValue(n float64, u int) string {
	if d := durCached(n, u); d != nil {
		return d.d
	}
	return durValueSlow(n, u)
}

// durAnchor is the anchor of a value n units after (plus) or before the
// reference: REF+P2D, REF-PT3H.
func durAnchor(n float64, u int, plus bool) string {
	d := durCached(n, u)
	switch {
	case d != nil && plus:
		return d.plus
	case d != nil:
		return d.minus
	case plus:
		return "REF+" + durValueSlow(n, u)
	}
	return "REF-" + durValueSlow(n, u)
}

// durStrs are a duration and the anchors made from it.
type durStrs struct{ d, plus, minus string }

// maxDurTab bounds the whole counts whose durations are made once, on
// first use, instead of for every candidate.
const maxDurTab = 32

var durTable = sync.OnceValue(func() *[uQuarter + 1][maxDurTab]durStrs {
	t := new([uQuarter + 1][maxDurTab]durStrs)
	for u := range t {
		for n := 1; n < maxDurTab; n++ {
			d := durValueSlow(float64(n), u)
			t[u][n] = durStrs{d, "REF+" + d, "REF-" + d}
		}
	}
	return t
})

// durCached returns the strings of n units from the table, or nil.
func durCached(n float64, u int) *durStrs {
	if n < 1 || n >= maxDurTab || n != float64(int(n)) || u < 0 || u > uQuarter {
		return nil
	}
	return &durTable()[u][int(n)]
}

func durValueSlow(n float64, u int) string {
	if n < 0 {
		return durX(u)
	}
	num := strconv.FormatFloat(n, 'f', -1, 64)
	switch u {
	case uSecond:
		return "PT" + num + "S"
	case uMinute:
		return "PT" + num + "M"
	case uHour:
		if n < 1 {
			return fmt.Sprintf("PT%dM", int(n*60+0.5))
		}
		if n != float64(int(n)) {
			return fmt.Sprintf("PT%dH%dM", int(n), int((n-float64(int(n)))*60+0.5))
		}
		return "PT" + num + "H"
	case uDay:
		return "P" + num + "D"
	case uWeek:
		return "P" + num + "W"
	case uMonth:
		return "P" + num + "M"
	case uYear:
		if n != float64(int(n)) && n*12 == float64(int(n*12)) {
			return fmt.Sprintf("P%dM", int(n*12))
		}
		return "P" + num + "Y"
	case uDecade:
		return "P" + strconv.FormatFloat(n*10, 'f', -1, 64) + "Y"
	case uCentury:
		return "P" + strconv.FormatFloat(n*100, 'f', -1, 64) + "Y"
	case uQuarter:
		return "P" + strconv.FormatFloat(n*3, 'f', -1, 64) + "M"
	}
	return "P" + num + "D"
}

// durX is an unknown quantity of a unit (بضعة أيام).
func durX(u int) string {
	switch u {
	case uSecond:
		return "PTXS"
	case uMinute:
		return "PTXM"
	case uHour:
		return "PTXH"
	case uWeek:
		return "PXW"
	case uMonth:
		return "PXM"
	case uYear:
		return "PXY"
	case uDecade:
		return "PXDE"
	case uCentury:
		return "PXCE"
	}
	return "PXD"
}
