package timex

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/newsx/newsx/extract/analysis"
)

// EvalRef is the reference instant of the Duckling Arabic time corpus.
const EvalRef = "2013-02-12T04:30:00-02:00"

// Row is one gold row: an expression, its grain and its value (an instant
// or an end-exclusive interval) as [year, month, day, hour, minute, second].
type Row struct {
	Text  string `json:"text"`
	Group int    `json:"group"`
	Grain string `json:"grain"`
	Kind  string `json:"kind"`
	Value []int  `json:"value"`
	Start []int  `json:"start"`
	End   []int  `json:"end"`
}

// Miss is a row the tagger got wrong.
type Miss struct {
	Row Row
	// Span is the text of the expression the tagger chose ("" for none).
	Span string
	// Got is its value.
	Got string
}

// EvalResult is the score of a run.
type EvalResult struct {
	Total, Correct int
	Misses         []Miss
}

// Accuracy is Correct / Total (0 for no rows).
func (r EvalResult) Accuracy() float64 {
	if r.Total == 0 {
		return 0
	}
	return float64(r.Correct) / float64(r.Total)
}

// ReadRows reads gold rows, one JSON object a line; blank lines are
// skipped.
func ReadRows(r io.Reader) ([]Row, error) {
	var rows []Row
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var row Row
		if err := json.Unmarshal([]byte(line), &row); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		rows = append(rows, row)
	}
	return rows, sc.Err()
}

// Eval scores the tagger on rows with reference ref. A row's text is one
// record; the expression covering most of it is compared with the gold
// value at the gold grain (both ends for an interval). A bare weekday or
// month may resolve to its past or its future occurrence.
func Eval(rows []Row, ref *analysis.Reference) EvalResult {
	var res EvalResult
	for _, row := range rows {
		res.Total++
		ok, span, got := scoreRow(row, ref)
		if ok {
			res.Correct++
			continue
		}
		res.Misses = append(res.Misses, Miss{Row: row, Span: span, Got: got})
	}
	return res
}

func scoreRow(row Row, ref *analysis.Reference) (bool, string, string) {
	a := analyze(row.Text, ref)
	its := tagItems(a.Tokens, ref, false)
	best := longest(its)
	if best < 0 {
		return false, "", ""
	}
	it := its[best]
	sp := a.FormSpan(it.start, it.end)
	if matches(row, it.v, ref) {
		return true, sp.Text, it.v.value()
	}
	if it.v.bare != 0 {
		alt := tagItems(a.Tokens, ref, true)
		if b := longest(alt); b >= 0 && matches(row, alt[b].v, ref) {
			return true, sp.Text, alt[b].v.value()
		}
	}
	return false, sp.Text, it.v.value()
}

func longest(its []item) int {
	best, bl := -1, 0
	for k, it := range its {
		if l := it.end - it.start; l > bl {
			best, bl = k, l
		}
	}
	return best
}

func goldTime(v []int) (time.Time, bool) {
	if len(v) < 6 {
		return time.Time{}, false
	}
	return time.Date(v[0], time.Month(v[1]), v[2], v[3], v[4], v[5], 0, time.UTC), true
}

func matches(row Row, v tv, ref *analysis.Reference) bool {
	s, e, ok := bounds(v, ref)
	if !ok {
		return false
	}
	g := strings.ToLower(row.Grain)
	if row.Kind == "interval" {
		gs, ok1 := goldTime(row.Start)
		ge, ok2 := goldTime(row.End)
		if !ok1 || !ok2 {
			return false
		}
		return trunc(s, g).Equal(trunc(gs, g)) && trunc(e, g).Equal(trunc(ge, g))
	}
	gv, ok := goldTime(row.Value)
	if !ok {
		return false
	}
	return trunc(s, g).Equal(trunc(gv, g))
}

// trunc cuts t to grain g (wall clock, UTC).
func trunc(t time.Time, g string) time.Time {
	y, m, d := t.Date()
	switch g {
	case "year":
		return date(y, 1, 1)
	case "quarter":
		return date(y, (int(m)-1)/3*3+1, 1)
	case "month":
		return date(y, int(m), 1)
	case "week":
		day := date(y, int(m), d)
		return day.AddDate(0, 0, -(isoWd(day) - 1))
	case "day":
		return date(y, int(m), d)
	case "hour":
		return time.Date(y, m, d, t.Hour(), 0, 0, 0, time.UTC)
	case "minute":
		return time.Date(y, m, d, t.Hour(), t.Minute(), 0, 0, time.UTC)
	}
	return time.Date(y, m, d, t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
}

// bounds converts a value to a wall-clock interval [start, end).
func bounds(v tv, ref *analysis.Reference) (time.Time, time.Time, bool) {
	if v.typ == "DURATION" || v.typ == "SET" {
		return time.Time{}, time.Time{}, false
	}
	if v.present && ref != nil {
		r := ref.Time
		t := time.Date(r.Year(), r.Month(), r.Day(), r.Hour(), r.Minute(), r.Second(), 0, time.UTC)
		return t, t.Add(time.Second), true
	}
	s, e, ok := pointBounds(v)
	if !ok {
		return s, e, false
	}
	if v.zone != "" && ref != nil {
		// A time in another zone: its wall clock in the reference's zone.
		_, ro := ref.Time.Zone()
		d := time.Duration(ro-zoneOffset(v.zone)) * time.Second
		s, e = s.Add(d), e.Add(d)
	}
	if v.end != nil {
		s2, e2, ok2 := pointBounds(*v.end)
		if !ok2 {
			return s, e, false
		}
		e = e2
		if v.end.until {
			e = s2
		}
	}
	return s, e, true
}

func pointBounds(v tv) (time.Time, time.Time, bool) {
	if v.y <= 0 && v.g != gCentury {
		return time.Time{}, time.Time{}, false
	}
	var s, e time.Time
	switch v.g {
	case gCentury:
		s = date(v.y/100*100, 1, 1)
		e = s.AddDate(100, 0, 0)
	case gDecade:
		s = date(v.y/10*10, 1, 1)
		e = s.AddDate(10, 0, 0)
	case gYear:
		s = date(v.y, 1, 1)
		e = s.AddDate(1, 0, 0)
	case gSeason:
		switch v.season {
		case "SP":
			s, e = date(v.y, 3, 20), date(v.y, 6, 21)
		case "SU":
			s, e = date(v.y, 6, 21), date(v.y, 9, 24)
		case "FA":
			s, e = date(v.y, 9, 23), date(v.y, 12, 22)
		default:
			s, e = date(v.y, 12, 21), date(v.y+1, 3, 21)
		}
	case gQuarter:
		s = date(v.y, (v.q-1)*3+1, 1)
		e = s.AddDate(0, 3, 0)
	case gHalf:
		s = date(v.y, (v.q-1)*6+1, 1)
		e = s.AddDate(0, 6, 0)
	case gMonth:
		if v.m <= 0 {
			return s, e, false
		}
		s = date(v.y, v.m, 1)
		e = s.AddDate(0, 1, 0)
	case gWeek:
		if v.wk <= 0 {
			return s, e, false
		}
		s = weekMonday(v.y, v.wk)
		e = s.AddDate(0, 0, 7)
	default:
		if v.m <= 0 || v.d <= 0 {
			return s, e, false
		}
		s = date(v.y, v.m, v.d)
		e = s.AddDate(0, 0, 1)
		if v.h >= 0 {
			s = time.Date(v.y, time.Month(v.m), v.d, v.h, v.mi, 0, 0, time.UTC)
			switch v.g {
			case gHour:
				e = s.Add(time.Hour)
			default:
				e = s.Add(time.Minute)
			}
			if v.g >= gSecond {
				s = s.Add(time.Duration(v.sec) * time.Second)
				e = s.Add(time.Second)
			}
		} else if v.part != "" {
			h0, h1 := 4, 12
			switch v.part {
			case "MI":
				h0, h1 = 12, 13
			case "AF":
				h0, h1 = 12, 19
			case "EV":
				h0, h1 = 18, 24
			case "NI":
				h0, h1 = 18, 24
			}
			s = time.Date(v.y, time.Month(v.m), v.d, h0, 0, 0, 0, time.UTC)
			e = time.Date(v.y, time.Month(v.m), v.d, 0, 0, 0, 0, time.UTC).Add(time.Duration(h1) * time.Hour)
		}
	}
	// A weekend, or the end of a week: Friday 18:00 to Monday.
	if v.g == gWeek && (v.we || v.mod == "END") {
		return s.AddDate(0, 0, 4).Add(18 * time.Hour), e, true
	}
	// Mods narrow a month or a year.
	switch v.mod {
	case "START":
		if v.g == gMonth {
			e = s.AddDate(0, 0, 10)
		} else if v.g == gYear {
			e = s.AddDate(0, 3, 0)
		}
	case "MID":
		if v.g == gMonth {
			s = s.AddDate(0, 0, 14)
			e = s.AddDate(0, 0, 1)
		} else if v.g == gYear {
			s = s.AddDate(0, 6, 0)
			e = s.AddDate(0, 0, 1)
		}
	case "END":
		if v.g == gMonth {
			s = s.AddDate(0, 0, 20)
		} else if v.g == gYear {
			s = s.AddDate(0, 8, 0)
		}
	}
	return s, e, true
}

// zoneOffset returns the offset in seconds of "Z" or "+03:00".
func zoneOffset(z string) int {
	if len(z) != 6 || (z[0] != '+' && z[0] != '-') {
		return 0
	}
	h := int(z[1]-'0')*10 + int(z[2]-'0')
	m := int(z[4]-'0')*10 + int(z[5]-'0')
	o := h*3600 + m*60
	if z[0] == '-' {
		o = -o
	}
	return o
}
