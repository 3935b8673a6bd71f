package timex

import (
	"sort"
	"sync"
	"time"

	hijri "github.com/hablullah/go-hijri"
)

// The Umm al-Qura tables of go-hijri cover 1356–1500 AH; ToGregorian
// indexes them without a bounds check, so every call is guarded.
const (
	minHijriYear = 1357
	maxHijriYear = 1499
)

// monthStarts returns, at [(y-minHijriYear)*12+m-1], the Gregorian first
// day of Hijri month m of year y, from the Umm al-Qura tables; one entry
// more marks the end of the last month. Built once, so conversions cost no
// table scan, and on first use rather than at start-up: most runs never
// meet a Hijri date, and the 1,700 conversions were a tenth of newsx's
// package initialisation.
var monthStarts = sync.OnceValue(func() []time.Time {
	var ms []time.Time
	for y := minHijriYear; y <= maxHijriYear+1; y++ {
		for m := 1; m <= 12; m++ {
			t := hijri.UmmAlQuraDate{Year: int64(y), Month: int64(m), Day: 1}.ToGregorian()
			ms = append(ms, date(t.Year(), int(t.Month()), t.Day()))
			if y == maxHijriYear+1 {
				return ms
			}
		}
	}
	return ms
})

// hijriToGregorian converts an Umm al-Qura date; ok is false outside the
// table or for a day the month does not have.
func hijriToGregorian(y, m, d int) (t time.Time, ok bool) {
	if y < minHijriYear || y > maxHijriYear || m < 1 || m > 12 || d < 1 || d > 30 {
		return time.Time{}, false
	}
	k := (y-minHijriYear)*12 + m - 1
	ms := monthStarts()
	first, next := ms[k], ms[k+1]
	t = first.AddDate(0, 0, d-1)
	if !t.Before(next) {
		return time.Time{}, false // day 30 of a 29-day month
	}
	return t, true
}

// hijriMonth returns the first and last Gregorian days of Hijri month m of
// year y.
func hijriMonth(y, m int) (first, last time.Time, ok bool) {
	if y < minHijriYear || y > maxHijriYear || m < 1 || m > 12 {
		return
	}
	k := (y-minHijriYear)*12 + m - 1
	ms := monthStarts()
	return ms[k], ms[k+1].AddDate(0, 0, -1), true
}

// hijriYearOf returns the Umm al-Qura year of Gregorian day t.
func hijriYearOf(t time.Time) (int, bool) {
	monthStart := monthStarts()
	n := len(monthStart)
	if n == 0 || t.Before(monthStart[0]) || !t.Before(monthStart[n-1]) {
		return 0, false
	}
	k := sort.Search(n, func(i int) bool { return monthStart[i].After(t) }) - 1
	return minHijriYear + k/12, true
}

// hijriInYear finds the Hijri date (m, d) that falls in Gregorian year gy,
// taking the first occurrence on or after notBefore when the year holds
// two (a lunar year is 11 days shorter).
func hijriInYear(gy, m, d int, notBefore time.Time) (time.Time, int, bool) {
	hy, ok := hijriYearOf(date(gy, 1, 1))
	if !ok {
		return time.Time{}, 0, false
	}
	var cands []struct {
		t  time.Time
		hy int
	}
	for y := hy; y <= hy+2; y++ {
		if t, ok := hijriToGregorian(y, m, d); ok && t.Year() == gy {
			cands = append(cands, struct {
				t  time.Time
				hy int
			}{t, y})
		}
	}
	if len(cands) == 0 {
		return time.Time{}, 0, false
	}
	for _, c := range cands {
		if !c.t.Before(notBefore) {
			return c.t, c.hy, true
		}
	}
	return cands[0].t, cands[0].hy, true
}

func hijriAttr(y, m, d int) string {
	var buf [16]byte
	b := appendD2(append(appendY4(buf[:0], y), '-'), m)
	if d > 0 {
		b = appendD2(append(b, '-'), d)
	}
	return string(b)
}
