package write

import (
	"encoding/csv"
	"io"
	"strconv"
)

// CSVHeader is the header row of the csv format: one entity mention a row.
var CSVHeader = []string{"doc_id", "entity_id", "type", "subtype", "name", "name_en", "kb_id",
	"mention", "start", "end", "kind"}

// csvWriter prints entity mentions as CSV (RFC 4180, through encoding/csv),
// one row per mention, under one header row. Error records have no place
// in it (see CarriesErrors).
type csvWriter struct {
	w      *csv.Writer
	header bool
}

func newCSVWriter(w io.Writer) *csvWriter { return &csvWriter{w: csv.NewWriter(w)} }

func (c *csvWriter) writeHeader() error {
	if c.header {
		return nil
	}
	c.header = true
	return c.w.Write(CSVHeader)
}

func (c *csvWriter) Write(r Result) error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	if r.Err != nil || r.Doc == nil {
		return nil
	}
	for _, e := range r.Doc.Entities {
		for _, m := range e.Mentions {
			row := []string{r.Doc.ID, e.ID, e.Type, e.Subtype, e.Name, e.NameEn, e.KBID,
				m.Text, strconv.Itoa(m.Start), strconv.Itoa(m.End), m.Kind}
			if err := c.w.Write(row); err != nil {
				return err
			}
		}
	}
	c.w.Flush()
	return c.w.Error()
}

// Close writes the header if no result came, so the output is always a
// valid CSV file with its columns named.
func (c *csvWriter) Close() error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	c.w.Flush()
	return c.w.Error()
}
