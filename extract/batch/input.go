// Package batch reads newsx inputs — files, directory trees, standard input
// and JSON Lines streams — and runs a pipeline over them with a pool of
// workers, delivering results in input order whatever the pool size.
package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/newsx/newsx/extract/doc"
)

// DefaultMaxBytes is the default largest input newsx reads (32 MiB). A
// long news article is tens of kilobytes; a file near the limit is a dump
// or a mistake, but it is still processed in bounded time: the tokeniser
// cuts boundary-less runs into bounded sentences.
const DefaultMaxBytes = 32 << 20

// Job is one input to process. Exactly one of Path, Text or Err is the
// payload: a file still to be read by a worker, an in-memory text, or an
// error found while enumerating (an unreadable directory, a bad record).
type Job struct {
	ID     string
	Source string
	// Path is a file to read; empty for in-memory texts.
	Path string
	// Text is the text of stdin or a JSON Lines record.
	Text string
	// Date is the JSON Lines record's date, if any.
	Date string
	// Warnings found while reading.
	Warnings []doc.Warning
	// Err, when set, makes the job an error record.
	Err *doc.ErrorBody
}

// InputError is an error with a code for the error record.
type InputError struct {
	Code string
	Err  error
}

func (e *InputError) Error() string { return e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// Body returns the error-record body of err.
func Body(err error) *doc.ErrorBody {
	var ie *InputError
	if errors.As(err, &ie) {
		return &doc.ErrorBody{Code: ie.Code, Message: ie.Error()}
	}
	return &doc.ErrorBody{Code: doc.ErrUnreadable, Message: err.Error()}
}

// Expand turns command-line arguments into jobs, in order: each file as
// given, each directory as the files below it whose base name matches glob,
// directory by directory with names in sorted order (the order of `find`
// with sorted entries, and of `ls -R`). Symbolic links to directories are
// not followed, so a link loop cannot hang the walk; links to files are
// read, and a link that leads nowhere (dangling, or a loop of links) is an
// `unreadable` error job. Other non-regular files found in directories
// (FIFOs, sockets, devices) are skipped, so a walk never blocks on them.
// Unreadable paths become error jobs rather than stopping the walk. "-" is
// passed through as a stdin job for the caller to fill. Expand stops and
// returns the first error emit returns.
func Expand(args []string, glob string, emit func(Job) error) error {
	if glob == "" {
		glob = "*.txt"
	}
	if _, err := filepath.Match(glob, "x"); err != nil {
		return fmt.Errorf("bad --glob %q: %w", glob, err)
	}
	for _, arg := range args {
		if arg == "-" {
			if err := emit(Job{ID: "-", Source: "-", Path: "-"}); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			if err := emit(errJob(arg, doc.ErrUnreadable, err)); err != nil {
				return err
			}
			continue
		}
		if !info.IsDir() {
			if err := emit(Job{ID: arg, Source: arg, Path: arg}); err != nil {
				return err
			}
			continue
		}
		if err := walk(arg, glob, emit); err != nil {
			return err
		}
	}
	return nil
}

// readDir lists a directory sorted by name. It is a variable so that tests
// can make a directory fail to list: they run as root, whom permission
// bits do not stop.
var readDir = os.ReadDir

// walk emits the matching files below dir in sorted order. It holds one
// directory listing per level of the tree, so memory stays proportional
// to the widest directory, not to the tree.
func walk(dir, glob string, emit func(Job) error) error {
	entries, err := readDir(dir)
	// os.ReadDir returns what it could read along with the error: process
	// those entries, then report the directory once.
	for _, d := range entries {
		p := filepath.Join(dir, d.Name())
		if d.IsDir() {
			if e := walk(p, glob, emit); e != nil {
				return e
			}
			continue
		}
		if ok, _ := filepath.Match(glob, d.Name()); !ok {
			continue
		}
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			info, serr := os.Stat(p)
			if serr != nil {
				if e := emit(errJob(p, doc.ErrUnreadable, serr)); e != nil {
					return e
				}
				continue
			}
			if info.IsDir() || !info.Mode().IsRegular() {
				continue
			}
		case !d.Type().IsRegular():
			continue
		}
		if e := emit(Job{ID: p, Source: p, Path: p}); e != nil {
			return e
		}
	}
	if err != nil {
		return emit(errJob(dir, doc.ErrUnreadable, fmt.Errorf("read directory %s: %w", dir, err)))
	}
	return nil
}

func errJob(path, code string, err error) Job {
	return Job{ID: path, Source: path, Err: &doc.ErrorBody{Code: code, Message: err.Error()}}
}

// ReadFile reads the text of a file job, enforcing maxBytes and rejecting
// binary data. Invalid UTF-8 is repaired with U+FFFD and reported as a
// warning. A regular file over maxBytes is refused before it is read;
// anything else (a pipe, /dev/stdin) is read up to maxBytes+1 bytes and no
// further, so memory stays bounded by the limit.
func ReadFile(path string, maxBytes int64) (string, []doc.Warning, error) {
	f, err := openFile(path)
	if err != nil {
		return "", nil, &InputError{doc.ErrUnreadable, fmt.Errorf("read %s: %w", path, err)}
	}
	defer f.Close()
	size := int64(-1)
	if info, err := f.Stat(); err == nil {
		if info.IsDir() {
			return "", nil, &InputError{doc.ErrUnreadable, fmt.Errorf("read %s: is a directory", path)}
		}
		if info.Mode().IsRegular() {
			if info.Size() > maxBytes {
				return "", nil, &InputError{doc.ErrTooLarge, fmt.Errorf("read %s: %d bytes is over the limit of %d (--max-bytes)", path, info.Size(), maxBytes)}
			}
			size = info.Size()
		}
	}
	return readCapped(f, path, maxBytes, size)
}

// ReadAll reads at most maxBytes from r and checks the text as ReadFile
// does; name is used in messages.
func ReadAll(r io.Reader, name string, maxBytes int64) (string, []doc.Warning, error) {
	return readCapped(r, name, maxBytes, -1)
}

// readCapped reads r up to maxBytes (+1 to detect overflow). sizeHint, when
// known, sizes the buffer at once instead of growing it by doubling.
func readCapped(r io.Reader, name string, maxBytes, sizeHint int64) (string, []doc.Warning, error) {
	var buf bytes.Buffer
	if sizeHint >= 0 && sizeHint <= maxBytes {
		// One spare byte lets ReadFrom see EOF without growing the buffer.
		buf.Grow(int(sizeHint) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, maxBytes+1)); err != nil {
		var pe *fs.PathError
		if !errors.As(err, &pe) { // a PathError already names the file
			err = fmt.Errorf("read %s: %w", name, err)
		}
		return "", nil, &InputError{doc.ErrUnreadable, err}
	}
	if int64(buf.Len()) > maxBytes {
		return "", nil, &InputError{doc.ErrTooLarge, fmt.Errorf("read %s: over the limit of %d bytes (--max-bytes)", name, maxBytes)}
	}
	b := buf.Bytes()
	if err := checkBinary(b, name); err != nil {
		return "", nil, err
	}
	if utf8.Valid(b) {
		// buf is ours and never written again: the text can share its
		// bytes instead of copying them.
		return unsafe.String(unsafe.SliceData(b), len(b)), nil, nil
	}
	return CheckText(b, name)
}

func checkBinary(b []byte, name string) error {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return &InputError{doc.ErrBinary, fmt.Errorf("%s: binary data (NUL byte at offset %d), not text", name, i)}
	}
	return nil
}

// CheckText validates raw input bytes as text: NUL bytes mean binary data
// (an error); invalid UTF-8 is repaired with U+FFFD (a warning); a UTF-8
// byte order mark is kept, since offsets count it like any code point and
// the normaliser drops it from the matching form.
func CheckText(b []byte, name string) (string, []doc.Warning, error) {
	if err := checkBinary(b, name); err != nil {
		return "", nil, err
	}
	if utf8.Valid(b) {
		return string(b), nil, nil
	}
	bad := 0
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	for i := 0; i < len(b); {
		r, sz := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && sz == 1 {
			bad++
		}
		sb.WriteRune(r)
		i += sz
	}
	w := doc.Warning{Code: "invalid_utf8", Message: fmt.Sprintf("%s: %d invalid UTF-8 byte(s) replaced with U+FFFD", name, bad)}
	return sb.String(), []doc.Warning{w}, nil
}

// Record is one JSON Lines input record.
type Record struct {
	ID   *json.RawMessage `json:"id"`
	Text *string          `json:"text"`
	Date *string          `json:"date"`
}

// ReadJSONL reads JSON Lines records from r as they arrive and emits one
// job per non-blank line: a text job, or an error job for a malformed
// record. A line over maxBytes is an error job too; the stream goes on.
func ReadJSONL(r io.Reader, source string, maxBytes int64, emit func(Job) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	for line := 1; ; line++ {
		b, tooLong, err := readLine(br, maxBytes)
		if len(b) > 0 || tooLong {
			j := recordJob(b, tooLong, source, line, maxBytes)
			if e := emit(j); e != nil {
				return e
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return emit(errJob(fmt.Sprintf("%s:%d", source, line), doc.ErrUnreadable, err))
		}
	}
}

// readLine reads one line without its newline, discarding (and flagging)
// the part of a line beyond max bytes so memory stays bounded.
func readLine(br *bufio.Reader, max int64) ([]byte, bool, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 {
				tooLong = true
				buf = nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimRight(buf, "\r\n")
		return bytes.TrimSpace(buf), tooLong, err
	}
}

func recordJob(b []byte, tooLong bool, source string, line int, max int64) Job {
	id := fmt.Sprintf("%s:%d", source, line)
	if tooLong {
		return Job{ID: id, Source: id, Err: &doc.ErrorBody{Code: doc.ErrTooLarge,
			Message: fmt.Sprintf("%s: record over the limit of %d bytes (--max-bytes)", id, max)}}
	}
	var rec Record
	if err := json.Unmarshal(b, &rec); err != nil {
		return Job{ID: id, Source: id, Err: &doc.ErrorBody{Code: doc.ErrMalformed,
			Message: fmt.Sprintf("%s: malformed JSON Lines record: %v", id, err)}}
	}
	if rec.ID != nil {
		var s string
		if json.Unmarshal(*rec.ID, &s) == nil {
			id = s
		} else {
			id = strings.TrimSpace(string(*rec.ID))
		}
	}
	if rec.Text == nil {
		return Job{ID: id, Source: fmt.Sprintf("%s:%d", source, line), Err: &doc.ErrorBody{Code: doc.ErrMalformed,
			Message: fmt.Sprintf("%s:%d: record has no \"text\" string", source, line)}}
	}
	j := Job{ID: id, Source: fmt.Sprintf("%s:%d", source, line), Text: *rec.Text}
	if strings.IndexByte(j.Text, 0) >= 0 {
		j.Err = &doc.ErrorBody{Code: doc.ErrBinary, Message: fmt.Sprintf("%s:%d: text holds NUL bytes", source, line)}
	}
	if rec.Date != nil {
		j.Date = *rec.Date
	}
	return j
}
