package events_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
)

func parseRef(s string) (*analysis.Reference, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return nil, err
	}
	return &analysis.Reference{Time: t}, nil
}

// summary renders each event on one line, with entity names and date
// values in place of ids, for golden files and failure messages.
func summary(d *doc.Document) []string {
	names := map[string]string{}
	for _, e := range d.Entities {
		names[e.ID] = e.Name
	}
	vals := map[string]string{}
	for _, t := range d.Dates {
		vals[t.ID] = t.Value
	}
	var out []string
	for _, ev := range d.Events {
		var b strings.Builder
		fmt.Fprintf(&b, "%s %s «%s» %s", ev.ID, ev.Type, ev.Trigger.Text, ev.Modality)
		for _, g := range ev.Arguments {
			v := g.Text
			switch {
			case g.Entity != "":
				v = names[g.Entity]
				if v == "" {
					v = "?" + g.Entity
				}
			case g.Date != "":
				v = vals[g.Date]
				if v == "" {
					v = "?" + g.Date
				}
			default:
				v = "«" + v + "»"
			}
			fmt.Fprintf(&b, " | %s=%s", g.Role, v)
		}
		out = append(out, b.String())
	}
	return out
}
