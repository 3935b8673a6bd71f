// Package write formats documents for people and programs: JSON and JSON
// Lines (the output contract), terminal tables, a self-contained HTML page,
// CoNLL (token and BIO tag) and CSV (one entity mention a row). Writers
// only format; they never change a document. Every writer streams: it
// writes each result as it receives it and holds none back beyond the
// first (json, to choose between an object and an array).
package write

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
)

// Result is what one input produced: a document (with the analysis behind
// it, for writers that need tokens or the original text) or an error
// record.
type Result struct {
	Doc      *doc.Document
	Analysis *analysis.Analysis
	Err      *doc.ErrorRecord
}

// Writer receives results in input order.
type Writer interface {
	Write(Result) error
	// Close finishes the output (closing brackets, summaries).
	Close() error
}

// Options tune writers.
type Options struct {
	// Terminal reports that output goes to a terminal: tables get borders
	// and widths fitted to Width.
	Terminal bool
	// Width is the width tables fit in, in terminal columns (0: 100).
	Width int
}

// Formats lists the output formats New accepts.
var Formats = []string{"json", "jsonl", "table", "html", "conll", "csv"}

// CarriesErrors reports whether format has a place for error records. The
// others (conll, csv) leave them out, and the caller should report them
// elsewhere (newsx prints them on standard error).
func CarriesErrors(format string) bool {
	return format != "conll" && format != "csv"
}

// New returns a writer for format on w.
func New(format string, w io.Writer, o Options) (Writer, error) {
	switch format {
	case "json":
		return &jsonWriter{w: w}, nil
	case "jsonl":
		return &jsonlWriter{w: w}, nil
	case "table":
		return newTableWriter(w, o), nil
	case "html":
		return &htmlWriter{w: w}, nil
	case "conll":
		return &conllWriter{w: w}, nil
	case "csv":
		return newCSVWriter(w), nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %v)", format, Formats)
}

// Marshal encodes v as compact JSON without HTML escaping, so Arabic and
// symbols stay readable.
func Marshal(v any) ([]byte, error) {
	if d, ok := v.(*doc.Document); ok && d != nil {
		// The common case, without reflection (see encode.go).
		return marshalDocument(d), nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

func payload(r Result) any {
	if r.Err != nil {
		return r.Err
	}
	return r.Doc
}

type jsonlWriter struct{ w io.Writer }

func (j *jsonlWriter) Write(r Result) error {
	b, err := Marshal(payload(r))
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = j.w.Write(b)
	return err
}

func (j *jsonlWriter) Close() error { return nil }

// jsonWriter prints one indented object for one input and an array for
// several. It holds the first result back until it knows which.
type jsonWriter struct {
	w     io.Writer
	first []byte
	n     int
}

func (j *jsonWriter) Write(r Result) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(payload(r)); err != nil {
		return err
	}
	b := bytes.TrimRight(buf.Bytes(), "\n")
	j.n++
	switch j.n {
	case 1:
		j.first = append([]byte(nil), b...)
		return nil
	case 2:
		if _, err := io.WriteString(j.w, "[\n"); err != nil {
			return err
		}
		if _, err := j.w.Write(j.first); err != nil {
			return err
		}
		j.first = nil
	}
	if _, err := io.WriteString(j.w, ",\n"); err != nil {
		return err
	}
	_, err := j.w.Write(b)
	return err
}

func (j *jsonWriter) Close() error {
	var err error
	switch {
	case j.n == 0:
		_, err = io.WriteString(j.w, "[]\n")
	case j.n == 1:
		_, err = j.w.Write(append(j.first, '\n'))
	default:
		_, err = io.WriteString(j.w, "\n]\n")
	}
	return err
}
