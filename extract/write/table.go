package write

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/newsx/newsx/extract/doc"
)

// tableWriter prints, per document, a heading and tables of entities,
// dates and events. On a terminal the tables have box borders and wrap
// long cells to the width; otherwise they are plain ASCII.
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
				v := a.Text
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
		if err := t.table("Events", []string{"id", "type", "trigger", "agent", "participants", "place", "time"}, rows); err != nil {
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

func (t *tableWriter) table(title string, header []string, rows [][]string) error {
	fmt.Fprintf(t.w, "%s\n", title)
	opts := []tablewriter.Option{
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithMaxWidth(t.o.Width),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
	}
	if !t.o.Terminal {
		opts = append(opts, tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{Symbols: tw.NewSymbols(tw.StyleASCII)})))
	}
	tbl := tablewriter.NewTable(t.w, opts...)
	tbl.Header(toAny(header)...)
	for _, r := range rows {
		if err := tbl.Append(r); err != nil {
			return err
		}
	}
	return tbl.Render()
}

func toAny(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

func (t *tableWriter) Close() error { return nil }
