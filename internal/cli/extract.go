package cli

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"

	"github.com/spf13/cobra"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/batch"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/write"
)

// ExtractOptions are the flags of `newsx extract`.
type ExtractOptions struct {
	Streams    *Streams
	Args       []string
	Input      string
	Format     string
	RefDate    string
	Workers    int
	Glob       string
	MaxBytes   int64
	Lang       string
	Gazetteers []string
}

func newExtractCmd(s *Streams) *cobra.Command {
	o := &ExtractOptions{Streams: s}
	cmd := &cobra.Command{
		Use:   "extract [PATH|DIR|-]...",
		Short: "Extract entities, dates and events from articles",
		Long: `Extract reads articles and writes one document per article, following the
newsx output contract (see 'newsx schema').

Inputs are files, directories (read recursively, files matching --glob, in
sorted order) and standard input ("-", also when no argument is given and
standard input is not a terminal). With --input jsonl every line of every
input is a record {"id": …, "text": …, "date": …} (date optional) and yields
one output line, in order, written as soon as it is ready.

An input that cannot be processed (unreadable, binary, over --max-bytes, a
malformed record) yields an error record {"id", "source", "error": {"code",
"message"}} in its place; the others are still processed, and newsx exits 1.`,
		Example: `  newsx extract article.txt
  newsx extract --ref-date 2025-10-26 --format table article.txt
  newsx extract corpus/ --glob '*.ar.txt' -j 4 > out.jsonl
  cat records.jsonl | newsx extract --input jsonl - > out.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			return runExtract(o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Input, "input", "text", "input kind: text (one article a file) or jsonl (one record a line)")
	f.StringVarP(&o.Format, "format", "f", "", "output format: json, jsonl or table (default: json for one text input, else jsonl)")
	f.StringVar(&o.RefDate, "ref-date", "", "reference date for relative expressions: YYYY-MM-DD or an RFC 3339 date-time")
	f.IntVarP(&o.Workers, "jobs", "j", runtime.NumCPU(), "number of parallel workers (output order does not depend on it)")
	f.StringVar(&o.Glob, "glob", "*.txt", "file-name pattern for files found in directories")
	f.Int64Var(&o.MaxBytes, "max-bytes", batch.DefaultMaxBytes, "largest input (file or record) to read, in bytes")
	f.StringVar(&o.Lang, "lang", "", "force the document language (ar or en) instead of detecting it")
	f.StringArrayVar(&o.Gazetteers, "gazetteer", nil, "extra gazetteer file (same TSV format as the embedded ones; repeatable)")
	return cmd
}

func runExtract(o *ExtractOptions) error {
	if o.Input != "text" && o.Input != "jsonl" {
		return usagef("--input must be text or jsonl, not %q", o.Input)
	}
	if o.Workers < 1 {
		return usagef("-j must be at least 1")
	}
	if _, err := filepath.Match(o.Glob, "x"); err != nil {
		return usagef("bad --glob %q: %v", o.Glob, err)
	}
	if o.MaxBytes < 1 {
		return usagef("--max-bytes must be positive")
	}
	var ref *analysis.Reference
	if o.RefDate != "" {
		r, err := extract.ParseReference(o.RefDate)
		if err != nil {
			return usageError{err}
		}
		ref = r
	}
	args := o.Args
	if len(args) == 0 {
		if stdinIsTerminal(o.Streams.In) {
			return usagef("no input: give files, directories or - (standard input)")
		}
		args = []string{"-"}
	}
	format := o.Format
	if format == "" {
		format = "jsonl"
		if o.Input == "text" && len(args) == 1 && !isDir(args[0]) {
			format = "json"
		}
	}
	if !slices.Contains(write.Formats, format) {
		return usagef("--format must be one of %v, not %q", write.Formats, format)
	}
	pipe, err := extract.Default(extract.Config{Gazetteers: o.Gazetteers, Lang: o.Lang})
	if err != nil {
		return usageError{err}
	}
	out := bufio.NewWriterSize(o.Streams.Out, 1<<16)
	w, err := write.New(format, out, write.Options{Terminal: isTerminal(o.Streams.Out)})
	if err != nil {
		return usageError{err}
	}

	stdinUsed := false
	produce := func(send func(batch.Job) error) error {
		return batch.Expand(args, o.Glob, func(j batch.Job) error {
			if j.Path == "-" {
				if stdinUsed {
					return send(batch.Job{ID: "-", Source: "-", Err: &doc.ErrorBody{Code: doc.ErrUnreadable, Message: "standard input given twice"}})
				}
				stdinUsed = true
				if o.Input == "jsonl" {
					return batch.ReadJSONL(o.Streams.In, "-", o.MaxBytes, send)
				}
				text, warns, err := batch.ReadAll(o.Streams.In, "standard input", o.MaxBytes)
				if err != nil {
					return send(batch.Job{ID: "-", Source: "-", Err: batch.Body(err)})
				}
				return send(batch.Job{ID: "-", Source: "-", Text: text, Warnings: warns})
			}
			if o.Input == "jsonl" && j.Err == nil {
				f, err := os.Open(j.Path)
				if err != nil {
					return send(batch.Job{ID: j.ID, Source: j.Source, Err: batch.Body(&batch.InputError{Code: doc.ErrUnreadable, Err: err})})
				}
				defer f.Close()
				return batch.ReadJSONL(f, j.Path, o.MaxBytes, send)
			}
			return send(j)
		})
	}
	work := func(j batch.Job) write.Result {
		return process(pipe, j, ref, o.MaxBytes)
	}
	failed := 0
	emit := func(r write.Result) error {
		if r.Err != nil {
			failed++
		}
		if err := w.Write(r); err != nil {
			return err
		}
		// Flush per record when streaming records, so newsx can sit in a
		// pipe and answer each line as it arrives.
		if o.Input == "jsonl" {
			return out.Flush()
		}
		return nil
	}
	runErr := batch.Run(o.Workers, produce, work, emit)
	if runErr == nil {
		runErr = w.Close()
	}
	if runErr == nil {
		runErr = out.Flush()
	}
	if runErr != nil {
		return runErr
	}
	if failed > 0 {
		fmt.Fprintf(o.Streams.Err, "newsx: %d input(s) failed; see their error records\n", failed)
		return errFailed
	}
	return nil
}

// process turns one job into a result; it never panics the batch.
func process(pipe *extract.Pipeline, j batch.Job, ref *analysis.Reference, maxBytes int64) (res write.Result) {
	fail := func(body *doc.ErrorBody) write.Result {
		return write.Result{Err: &doc.ErrorRecord{ID: j.ID, Source: j.Source, Error: *body}}
	}
	defer func() {
		if p := recover(); p != nil {
			res = fail(&doc.ErrorBody{Code: doc.ErrInternal, Message: fmt.Sprintf("%s: internal error: %v", j.Source, p)})
		}
	}()
	if j.Err != nil {
		return fail(j.Err)
	}
	text, warns := j.Text, j.Warnings
	if j.Path != "" && j.Path != "-" {
		t, w, err := batch.ReadFile(j.Path, maxBytes)
		if err != nil {
			return fail(batch.Body(err))
		}
		text, warns = t, w
	}
	in := extract.Input{ID: j.ID, Source: j.Source, Text: text, Ref: ref, Warnings: warns}
	if j.Date != "" {
		r, err := extract.ParseReference(j.Date)
		if err != nil {
			return fail(&doc.ErrorBody{Code: doc.ErrMalformed, Message: fmt.Sprintf("%s: %v", j.Source, err)})
		}
		in.Ref = r
	}
	a := pipe.Analyze(in)
	return write.Result{Doc: a.Doc, Analysis: a}
}

func isDir(p string) bool {
	if p == "-" {
		return false
	}
	info, err := os.Stat(p)
	return err == nil && info.IsDir()
}
