package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/batch"
	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/extract/write"
)

// ExtractOptions are the flags of `newsx extract`.
type ExtractOptions struct {
	Streams     *Streams
	Args        []string
	Input       string
	Format      string
	RefDate     string
	Workers     int
	Glob        string
	MaxBytes    int64
	Lang        string
	Gazetteers  []string
	Quiet       bool
	FailIfEmpty bool

	// newPipeline builds the pipeline; nil means extract.Default. Tests
	// set it to run the command over a pipeline of their own.
	newPipeline func(extract.Config) (*extract.Pipeline, error)
}

const extractLong = `Extract reads articles and writes one document per article, following the
newsx output contract (see 'newsx schema').

Inputs are files, directories (read recursively, files matching --glob, in
sorted order) and standard input ("-", also when no argument is given and
standard input is not a terminal). With --input jsonl every line of every
input is a record {"id": …, "text": …, "date": …} (date optional) and yields
one output line, in order, written as soon as it is ready.

Results stream out in input order while -j workers process the inputs in
parallel; memory stays flat however many inputs there are, and the output
is byte-identical whatever -j is.

An input that cannot be processed yields an error record {"id", "source",
"error": {"code", "message"}} in its place and the others are still
processed. Codes: binary (NUL bytes), too_large (over --max-bytes),
unreadable (missing, unreadable, a dangling or looping link), malformed (a
bad JSON Lines record), internal. Invalid UTF-8 is repaired with U+FFFD and
a warning; text in no language newsx knows gets language "und" and a
warning.

Formats: json (one document, or an array), jsonl (one document a line),
table (for reading in a terminal), html (one self-contained right-to-left
page with the entities, dates and events highlighted), conll (token and
IOB2 tag a line, for research), csv (one entity mention a row). conll and
csv have no place for error records: they are printed on standard error.

At the end a summary goes to standard error (files, documents, entities,
dates, events, errors, throughput), and while it runs a progress bar when
standard error is a terminal and the output is not; --quiet silences both.

Exit codes:
  0  every input was processed
  1  some inputs failed (each has its error record), or --fail-if-empty
     found no entity in any document
  2  usage error (bad flag or argument)
A closed output pipe (newsx extract … | head) ends the run quietly with 0.`

func newExtractCmd(s *Streams) *cobra.Command {
	o := &ExtractOptions{Streams: s}
	cmd := &cobra.Command{
		Use:   "extract [PATH|DIR|-]...",
		Short: "Extract entities, dates and events from articles",
		Long:  extractLong,
		Example: `  newsx extract article.txt
  newsx extract --ref-date 2025-10-26 --format table article.txt
  newsx extract corpus/ --glob '*.ar.txt' -j 4 > out.jsonl
  newsx extract --format html corpus/ > corpus.html
  newsx extract --quiet --fail-if-empty corpus/ > out.jsonl   # a CI gate
  cat records.jsonl | newsx extract --input jsonl - > out.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			return runExtract(o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Input, "input", "text", "input kind: text (one article a file) or jsonl (one record a line)")
	f.StringVarP(&o.Format, "format", "f", "", "output format: json, jsonl, table, html, conll or csv (default: json for one text input, else jsonl)")
	f.StringVar(&o.RefDate, "ref-date", "", "reference date for relative expressions: YYYY-MM-DD or an RFC 3339 date-time")
	f.IntVarP(&o.Workers, "jobs", "j", runtime.NumCPU(), "number of parallel workers (output order does not depend on it)")
	f.StringVar(&o.Glob, "glob", "*.txt", "file-name pattern for files found in directories")
	f.Int64Var(&o.MaxBytes, "max-bytes", batch.DefaultMaxBytes, "largest input (file or record) to read, in bytes")
	f.StringVar(&o.Lang, "lang", "", "force the document language (ar or en) instead of detecting it")
	f.StringArrayVar(&o.Gazetteers, "gazetteer", nil, "extra gazetteer file (same TSV format as the embedded ones; repeatable)")
	f.BoolVarP(&o.Quiet, "quiet", "q", false, "no progress bar and no summary on standard error (errors are still reported)")
	f.BoolVar(&o.FailIfEmpty, "fail-if-empty", false, "exit 1 when no document yields any entity (a CI gate)")
	return cmd
}

// buildPipeline builds the pipeline with the collector held back, and
// returns a function that lets it go. Start-up allocates some megabytes of
// tables that live as long as the process; from the runtime's initial
// 4 MB heap goal, GOGC=100 would run several collections while they are
// built, each re-marking what the last kept. Restoring the setting (GOGC,
// or off) at once would start a collection straight away, a few
// milliseconds that a one-document run does not need, so the caller
// restores it when a second document is written, or at the end.
func buildPipeline(newPipeline func(extract.Config) (*extract.Pipeline, error), cfg extract.Config) (*extract.Pipeline, func(), error) {
	restore := func() {}
	if old := debug.SetGCPercent(400); old < 0 || old > 400 {
		debug.SetGCPercent(old) // off or already higher: leave it
	} else {
		restore = func() { debug.SetGCPercent(old) }
	}
	p, err := newPipeline(cfg)
	if err != nil {
		restore()
		return nil, func() {}, err
	}
	return p, sync.OnceFunc(restore), nil
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
		if isTTY(o.Streams.In) {
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
	newPipeline := o.newPipeline
	if newPipeline == nil {
		newPipeline = extract.Default
	}
	pipe, restoreGC, err := buildPipeline(newPipeline, extract.Config{Gazetteers: o.Gazetteers, Lang: o.Lang})
	if err != nil {
		return usageError{err}
	}
	defer restoreGC()
	out := bufio.NewWriterSize(o.Streams.Out, 1<<16)
	outTTY := isTTY(o.Streams.Out)
	w, err := write.New(format, out, write.Options{Terminal: outTTY, Width: outputWidth(o.Streams.Out, outTTY)})
	if err != nil {
		return usageError{err}
	}

	st := &runStats{start: time.Now()}
	var bar *progress
	if !o.Quiet && isTTY(o.Streams.Err) && !outTTY {
		bar = newProgress(o.Streams.Err, o.Input == "jsonl")
		if o.Input == "text" && !slices.Contains(args, "-") {
			bar.countFiles(args, o.Glob)
		}
	}

	stdinUsed := false
	produce := func(send func(batch.Job) error) error {
		return batch.Expand(args, o.Glob, func(j batch.Job) error {
			st.files++
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
	carries := write.CarriesErrors(format)
	// emit runs on one goroutine, in input order; nothing is kept once a
	// result is written.
	emitted := 0
	emit := func(r write.Result) error {
		st.add(r)
		if r.Err != nil && !carries {
			bar.clear()
			fmt.Fprintf(o.Streams.Err, "newsx: %s: error %s: %s\n", r.Err.Source, r.Err.Error.Code, r.Err.Error.Message)
		}
		if err := w.Write(r); err != nil {
			return err
		}
		// Some writers (tablewriter's renderer) drop write errors; the
		// buffer keeps the first one, and an empty write returns it, so a
		// closed pipe stops the run at once whatever the format.
		if _, err := out.Write(nil); err != nil {
			return err
		}
		bar.add(r)
		if emitted++; emitted == 2 {
			restoreGC()
		}
		if r.Analysis != nil {
			// Written: the tokens' memory serves the next documents.
			r.Analysis.Tokens.Release()
			r.Analysis.Tokens = nil
		}
		// Flush per record when streaming records, so newsx can sit in a
		// pipe and answer each line as it arrives.
		if o.Input == "jsonl" {
			return out.Flush()
		}
		return nil
	}
	// Files go to the workers a few at a time (a hand-over per article
	// would cost more than a short article's extraction); records of a
	// JSON Lines stream one at a time, so each is answered as it comes.
	chunk := 8
	if o.Input == "jsonl" {
		chunk = 1
	}
	runErr := batch.RunChunked(o.Workers, chunk, produce, work, emit)
	if runErr == nil {
		runErr = w.Close()
	}
	if runErr == nil {
		runErr = out.Flush()
	}
	bar.finish()
	if runErr != nil {
		// A closed pipe is the reader's choice, not a failure: say nothing
		// (exitCode maps it to 0).
		return runErr
	}
	if !o.Quiet {
		fmt.Fprintln(o.Streams.Err, st.summary(time.Since(st.start)))
	}
	var gate error
	if st.failed > 0 {
		fmt.Fprintf(o.Streams.Err, "newsx: %d input(s) failed; see their error records\n", st.failed)
		gate = errFailed
	}
	if o.FailIfEmpty && st.entities == 0 {
		fmt.Fprintf(o.Streams.Err, "newsx: --fail-if-empty: no entity in %d document(s)\n", st.docs)
		gate = errFailed
	}
	return gate
}

// runStats counts what a run read and found, for the closing summary.
type runStats struct {
	start                          time.Time
	files                          int // inputs named or found (files, stdin), counted by the producer
	docs, failed                   int
	entities, dates, events, bytes int64
}

func (s *runStats) add(r write.Result) {
	if r.Err != nil {
		s.failed++
		return
	}
	s.docs++
	if d := r.Doc; d != nil {
		s.entities += int64(len(d.Entities))
		s.dates += int64(len(d.Dates))
		s.events += int64(len(d.Events))
	}
	s.bytes += resultBytes(r)
}

func resultBytes(r write.Result) int64 {
	if r.Analysis != nil && r.Analysis.Text != nil {
		return int64(len(r.Analysis.Text.Original))
	}
	return 0
}

// summary is the closing line on standard error, e.g.
//
//	newsx: 2006 files, 2000 documents, 4000 entities, 2000 dates, 1000 events, 6 errors; 1.2 MB in 0.84 s (1.4 MB/s)
func (s *runStats) summary(elapsed time.Duration) string {
	mb := float64(s.bytes) / 1e6
	secs := elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = mb / secs
	}
	return fmt.Sprintf("newsx: %s, %s, %s, %s, %s, %s; %.1f MB in %.2f s (%.1f MB/s)",
		plural(int64(s.files), "file"), plural(int64(s.docs), "document"), plural(s.entities, "entity"),
		plural(s.dates, "date"), plural(s.events, "event"), plural(int64(s.failed), "error"), mb, secs, rate)
}

func plural(n int64, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "y") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(word, "y"))
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// progress is the progress bar on standard error. A nil *progress is a
// bar that is not shown, so callers need not check.
type progress struct {
	bar  *progressbar.ProgressBar
	stop chan struct{}
	done chan struct{}
}

func newProgress(w io.Writer, records bool) *progress {
	unit := "files"
	if records {
		unit = "records"
	}
	bar := progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("newsx extract"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString(unit),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionShowElapsedTimeOnFinish(),
	)
	return &progress{bar: bar, stop: make(chan struct{})}
}

// countFiles counts the files of args in the background (names only, no
// reading) and turns the spinner into a bar with a total once it knows.
func (p *progress) countFiles(args []string, glob string) {
	p.done = make(chan struct{})
	go func() {
		defer close(p.done)
		n := int64(0)
		err := batch.Expand(args, glob, func(batch.Job) error {
			select {
			case <-p.stop:
				return errStopCount
			default:
			}
			n++
			return nil
		})
		if err == nil {
			p.bar.ChangeMax64(n)
		}
	}()
}

var errStopCount = errors.New("stop counting")

func (p *progress) add(write.Result) {
	if p != nil {
		p.bar.Add64(1)
	}
}

// clear removes the bar from the terminal line, so that a message can be
// printed; the bar comes back with the next result.
func (p *progress) clear() {
	if p != nil {
		p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p == nil {
		return
	}
	close(p.stop)
	if p.done != nil {
		<-p.done
	}
	p.bar.Exit()
	p.bar.Clear()
}

// isTTY reports whether w is a terminal (not merely a character device
// such as /dev/null).
func isTTY(w any) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// outputWidth is the width tables fit in: $COLUMNS when set, else the
// terminal's width, else 0 (the writer's default, 100 columns).
func outputWidth(w io.Writer, tty bool) int {
	if c, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && c > 0 {
		return c
	}
	if f, ok := w.(*os.File); ok && tty {
		if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 0 {
			return cols
		}
	}
	return 0
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
