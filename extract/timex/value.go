package timex

import (
	"fmt"
	"strconv"
	"strings"
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
	return pad(y, 4)
}

// pad formats n with at least w digits.
func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

func d2(n int) string {
	if n <= 0 {
		return "XX"
	}
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// value renders v in the TIMEX3 style of ISO 8601.
func (v *tv) value() string {
	if v.dur != "" {
		return v.dur // durations, sets, PRESENT_REF, PAST_REF
	}
	var b strings.Builder
	switch v.g {
	case gCentury:
		if v.y > 0 {
			b.WriteString(pad(v.y/100, 2))
		} else {
			b.WriteString("XX")
		}
	case gDecade:
		if v.y > 0 {
			b.WriteString(pad(v.y/10, 3))
		} else {
			b.WriteString("XXX")
		}
	case gYear:
		b.WriteString(y4(v.y))
	case gSeason:
		b.WriteString(y4(v.y) + "-" + v.season)
	case gQuarter:
		b.WriteString(y4(v.y) + "-Q" + strconv.Itoa(v.q))
	case gHalf:
		b.WriteString(y4(v.y) + "-H" + strconv.Itoa(v.q))
	case gMonth:
		b.WriteString(y4(v.y) + "-" + d2(v.m))
	case gWeek:
		if v.wk > 0 {
			b.WriteString(y4(v.y) + "-W" + pad(v.wk, 2))
		} else {
			b.WriteString(y4(v.y) + "-WXX")
		}
		if v.we {
			b.WriteString("-WE")
		}
	default:
		if v.y <= 0 && v.m <= 0 && v.d <= 0 && v.wd > 0 {
			b.WriteString("XXXX-WXX-" + strconv.Itoa(v.wd))
		} else {
			b.WriteString(y4(v.y) + "-" + d2(v.m) + "-" + d2(v.d))
		}
		switch {
		case v.h >= 0 && v.g >= gSecond:
			b.WriteString("T" + pad(v.h, 2) + ":" + pad(v.mi, 2) + ":" + pad(v.sec, 2))
		case v.h >= 0:
			b.WriteString("T" + pad(v.h, 2) + ":" + pad(v.mi, 2))
		case v.part != "":
			b.WriteString("T" + v.part)
		}
		if v.h >= 0 || v.part != "" {
			b.WriteString(v.zone)
		}
	}
	if v.end != nil {
		b.WriteString("/" + v.end.value())
	}
	return b.String()
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
