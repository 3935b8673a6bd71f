package write

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/newsx/newsx/extract/doc"
)

// tableWriter prints, per document, a heading and tables of entities,
// dates and events, fitted to Options.Width. On a terminal the tables have
// box-drawing borders; otherwise they are plain ASCII.
type tableWriter struct {
	w io.Writer
	o Options
	n int
}

func newTableWriter(w io.Writer, o Options) *tableWriter {
	if o.Width <= 0 {
		o.Width = 100
	}
	return &tableWriter{w: w, o: o}
}

func (t *tableWriter) Write(r Result) error {
	if t.n > 0 {
		fmt.Fprintln(t.w)
	}
	t.n++
	if r.Err != nil {
		_, err := fmt.Fprintf(t.w, "== %s: error %s: %s\n", r.Err.Source, r.Err.Error.Code, r.Err.Error.Message)
		return err
	}
	d := r.Doc
	ref := "none"
	if d.ReferenceDate != nil {
		ref = *d.ReferenceDate
	}
	fmt.Fprintf(t.w, "== %s (language %s, reference date %s)\n", d.Source, d.Language, ref)
	for _, w := range d.Warnings {
		fmt.Fprintf(t.w, "warning: %s: %s\n", w.Code, w.Message)
	}
	names := map[string]string{}
	for _, e := range d.Entities {
		names[e.ID] = e.Name
	}
	dates := map[string]string{}
	for _, x := range d.Dates {
		dates[x.ID] = x.Value
	}
	if len(d.Entities) > 0 {
		rows := make([][]string, 0, len(d.Entities))
		for _, e := range d.Entities {
			typ := e.Type
			if e.Subtype != "" {
				typ += "/" + e.Subtype
			}
			rows = append(rows, []string{e.ID, typ, e.Name, e.NameEn, strconv.Itoa(len(e.Mentions)), attrs(e.Attributes)})
		}
		if err := t.table("Entities", []string{"id", "type", "name", "english", "mentions", "attributes"}, rows); err != nil {
			return err
		}
	}
	if len(d.Dates) > 0 {
		rows := make([][]string, 0, len(d.Dates))
		for _, x := range d.Dates {
			rows = append(rows, []string{x.ID, x.Text, x.Type, x.Value})
		}
		if err := t.table("Dates", []string{"id", "text", "type", "value"}, rows); err != nil {
			return err
		}
	}
	if len(d.Events) > 0 {
		rows := make([][]string, 0, len(d.Events))
		for _, ev := range d.Events {
			var agent, others, place, when []string
			for _, a := range ev.Arguments {
				v := "«" + a.Text + "»" // text that is no known entity
				if a.Entity != "" {
					v = names[a.Entity]
				}
				if a.Date != "" {
					v = dates[a.Date]
				}
				switch a.Role {
				case "agent":
					agent = append(agent, v)
				case "place":
					place = append(place, v)
				case "time":
					when = append(when, v)
				default:
					others = append(others, a.Role+": "+v)
				}
			}
			typ := ev.Type
			if ev.Modality != doc.Asserted && ev.Modality != "" {
				typ += " (" + ev.Modality + ")"
			}
			rows = append(rows, []string{ev.ID, typ, ev.Trigger.Text, strings.Join(agent, "، "),
				strings.Join(others, "\n"), strings.Join(place, "، "), strings.Join(when, ", ")})
		}
		if err := t.table("Events", []string{"id", "type", "trigger", "agent", "target / participants", "place", "time"}, rows); err != nil {
			return err
		}
	}
	if len(d.Entities)+len(d.Dates)+len(d.Events) == 0 {
		fmt.Fprintln(t.w, "(nothing found)")
	}
	return nil
}

func attrs(m map[string]string) string {
	if len(m) == 0 {
		return ""
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(k + ": " + m[k])
	}
	return b.String()
}

// table prints one titled table. Column widths are measured in terminal
// columns (display width: Arabic harakat take none, wide CJK characters
// two), fitted to t.o.Width by narrowing the widest columns first, and
// cells longer than their column are wrapped at spaces (or, for a word
// longer than the column, between characters). The wrapping is done here
// rather than by tablewriter so that the widths are known and tested.
func (t *tableWriter) table(title string, header []string, rows [][]string) error {
	fmt.Fprintf(t.w, "%s\n", title)
	for _, r := range rows {
		for i := range r {
			r[i] = cleanCell(r[i])
		}
	}
	widths := fitColumns(header, rows, t.o.Width)
	opts := []tablewriter.Option{
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoFormat(tw.Off),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithTrimSpace(tw.Off),
	}
	if !t.o.Terminal {
		opts = append(opts, tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{Symbols: tw.NewSymbols(tw.StyleASCII)})))
	}
	tbl := tablewriter.NewTable(t.w, opts...)
	wrapped := make([]string, len(header))
	for i, h := range header {
		wrapped[i] = wrapCell(h, widths[i])
	}
	tbl.Header(toAny(wrapped)...)
	for _, r := range rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = wrapCell(c, widths[i])
		}
		if err := tbl.Append(cells); err != nil {
			return err
		}
	}
	return tbl.Render()
}

// cleanCell makes a cell safe to print on a terminal: control characters
// (which could move the cursor or recolour the screen) and bidirectional
// formatting characters (which would break the columns) become U+FFFD and
// nothing respectively; tabs become spaces. Line breaks stay: they separate
// the lines of a cell.
func cleanCell(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t' || r == '\r':
			return ' '
		case r < 0x20 || r >= 0x7f && r < 0xa0:
			return '\uFFFD'
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
			return -1
		}
		return r
	}, s)
}

// Table layout: one space of padding each side of a cell and one border
// character between cells and at both ends.
const (
	cellPadding = 2
	minColumn   = 8
	tightColumn = 4
)

// fitColumns returns the width of each column (its content, without
// padding) so that the table fits in total columns: each column's
// natural width (its widest line), capped by a common limit chosen as
// large as possible. A column is not made narrower than its header (or
// minColumn) unless the table cannot fit otherwise; then headers wrap too,
// down to tightColumn. A table that cannot fit even so overflows.
func fitColumns(header []string, rows [][]string, total int) []int {
	n := len(header)
	natural := make([]int, n)
	for i, h := range header {
		natural[i] = lineWidth(h)
	}
	for _, r := range rows {
		for i := 0; i < n && i < len(r); i++ {
			natural[i] = max(natural[i], lineWidth(r[i]))
		}
	}
	avail := total - n*(cellPadding+1) - 1
	comfortable := make([]int, n)
	tight := make([]int, n)
	for i, h := range header {
		comfortable[i] = min(natural[i], max(lineWidth(h), minColumn))
		tight[i] = min(natural[i], tightColumn)
	}
	floor := comfortable
	if sum(comfortable) > avail {
		floor = tight
	}
	width := func(limit int) []int {
		ws := make([]int, n)
		for i := range ws {
			ws[i] = max(min(natural[i], limit), floor[i])
		}
		return ws
	}
	widest := slices.Max(natural)
	if ws := width(widest); sum(ws) <= avail {
		return ws
	}
	// The largest limit that fits, by bisection.
	lo, hi := 0, widest
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if sum(width(mid)) <= avail {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return width(lo)
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

// lineWidth is the display width of the widest line of s.
func lineWidth(s string) int {
	w := 0
	for line := range strings.SplitSeq(s, "\n") {
		w = max(w, twwidth.Width(line))
	}
	return w
}

// wrapCell wraps each line of s to width display columns, breaking at
// spaces, and inside a word only when the word alone is too wide.
func wrapCell(s string, width int) string {
	if width < 1 || lineWidth(s) <= width {
		return s
	}
	var out []string
	for line := range strings.SplitSeq(s, "\n") {
		cur, curW := "", 0
		for _, word := range strings.Fields(line) {
			ww := twwidth.Width(word)
			if curW > 0 && curW+1+ww <= width {
				cur += " " + word
				curW += 1 + ww
				continue
			}
			if curW > 0 {
				out = append(out, cur)
				cur, curW = "", 0
			}
			for ww > width {
				head, rest := splitWord(word, width)
				out = append(out, head)
				word = rest
				ww = twwidth.Width(word)
			}
			cur, curW = word, ww
		}
		out = append(out, cur)
	}
	return strings.Join(out, "\n")
}

// splitWord splits a word too wide for its column: after the last '/' or
// '-' that fits (ORGANIZATION/ international, 2025-10-23/ 2025-10-24),
// else after as many characters as fit.
func splitWord(s string, width int) (string, string) {
	head, rest := splitWidth(s, width)
	if k := strings.LastIndexAny(head, "/-"); k > 0 && rest != "" {
		return s[:k+1], s[k+1:]
	}
	return head, rest
}

// splitWidth splits s after at most width display columns (at least one
// character), keeping combining marks with the letter they follow.
func splitWidth(s string, width int) (string, string) {
	w := 0
	for i, r := range s {
		rw := twwidth.Width(string(r))
		if w+rw > width && i > 0 {
			return s[:i], s[i:]
		}
		w += rw
	}
	return s, ""
}

func toAny(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

func (t *tableWriter) Close() error { return nil }
