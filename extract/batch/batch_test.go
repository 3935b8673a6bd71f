package batch

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/newsx/newsx/extract/doc"
)

// collect runs Expand and returns its jobs.
func collect(t *testing.T, args []string, glob string) []Job {
	t.Helper()
	var jobs []Job
	if err := Expand(args, glob, func(j Job) error { jobs = append(jobs, j); return nil }); err != nil {
		t.Fatal(err)
	}
	return jobs
}

func touch(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestExpandOrderLinksAndSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	touch(t, filepath.Join(dir, "b.txt"), "b")
	touch(t, filepath.Join(dir, "a", "z.txt"), "z")
	touch(t, filepath.Join(dir, "a", "y.md"), "not matched")
	touch(t, filepath.Join(dir, "c", "d", "e.txt"), "e")
	// A link to a file is read; a dangling link and a loop of links are
	// errors; a link to a directory (here a loop back to the root) is not
	// followed, so the walk ends.
	must(t, os.Symlink("b.txt", filepath.Join(dir, "link.txt")))
	must(t, os.Symlink("nowhere.txt", filepath.Join(dir, "dangling.txt")))
	must(t, os.Symlink("loop2.txt", filepath.Join(dir, "loop1.txt")))
	must(t, os.Symlink("loop1.txt", filepath.Join(dir, "loop2.txt")))
	must(t, os.Symlink(".", filepath.Join(dir, "c", "up.txt")))
	must(t, os.Symlink("..", filepath.Join(dir, "c", "parent")))
	// A FIFO would block a reader for ever: it is skipped.
	must(t, syscall.Mkfifo(filepath.Join(dir, "fifo.txt"), 0o644))

	done := make(chan []Job)
	go func() { done <- collect(t, []string{dir}, "*.txt") }()
	var jobs []Job
	select {
	case jobs = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Expand hangs (link loop or FIFO)")
	}
	var got []string
	for _, j := range jobs {
		s := strings.TrimPrefix(j.Path, dir+"/")
		if j.Err != nil {
			s = strings.TrimPrefix(j.Source, dir+"/") + " " + j.Err.Code
		}
		got = append(got, s)
	}
	want := []string{"a/z.txt", "b.txt", "c/d/e.txt", "dangling.txt unreadable", "link.txt",
		"loop1.txt unreadable", "loop2.txt unreadable"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("jobs\n got %v\nwant %v", got, want)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestExpandUnreadableDirectory makes one directory fail to list. Tests run
// as root, whom permission bits (chmod 000) do not stop, so the failure is
// simulated by replacing readDir for that one directory: what is tested is
// that the walk reports it once, as `unreadable`, and goes on.
func TestExpandUnreadableDirectory(t *testing.T) {
	dir := t.TempDir()
	touch(t, filepath.Join(dir, "a.txt"), "a")
	touch(t, filepath.Join(dir, "locked", "secret.txt"), "s")
	touch(t, filepath.Join(dir, "z.txt"), "z")
	locked := filepath.Join(dir, "locked")
	defer func(orig func(string) ([]os.DirEntry, error)) { readDir = orig }(readDir)
	readDir = func(name string) ([]os.DirEntry, error) {
		if name == locked {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
		}
		return os.ReadDir(name)
	}
	jobs := collect(t, []string{dir}, "")
	if len(jobs) != 3 {
		t.Fatalf("want a.txt, the locked directory's error, z.txt; got %+v", jobs)
	}
	if jobs[1].Err == nil || jobs[1].Err.Code != doc.ErrUnreadable || jobs[1].Source != locked ||
		!strings.Contains(jobs[1].Err.Message, "permission denied") {
		t.Errorf("locked directory: %+v", jobs[1])
	}
}

func TestExpandMissingArgument(t *testing.T) {
	jobs := collect(t, []string{"/no/such/file.txt", "-"}, "*.txt")
	if len(jobs) != 2 || jobs[0].Err == nil || jobs[0].Err.Code != doc.ErrUnreadable || jobs[1].Path != "-" {
		t.Errorf("jobs %+v", jobs)
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		must(t, os.WriteFile(p, b, 0o644))
		return p
	}
	memLink := filepath.Join(dir, "mem.txt")
	// /proc/self/mem fails to read at offset 0 with EIO, even for root: a
	// real read error behind a file that opens fine.
	must(t, os.Symlink("/proc/self/mem", memLink))
	for _, c := range []struct {
		name, path string
		max        int64
		code       string
		text       string
		warn       string
	}{
		{"text", write("ok.txt", []byte("زار الوزير جنيف")), 100, "", "زار الوزير جنيف", ""},
		{"empty", write("empty.txt", nil), 100, "", "", ""},
		{"exactly max", write("max.txt", bytes.Repeat([]byte("a"), 100)), 100, "", strings.Repeat("a", 100), ""},
		{"over max", write("big.txt", bytes.Repeat([]byte("a"), 101)), 100, doc.ErrTooLarge, "", ""},
		{"NUL", write("bin.txt", []byte("a\x00b")), 100, doc.ErrBinary, "", ""},
		{"invalid UTF-8", write("bad.txt", []byte("a\xffb")), 100, "", "a\uFFFDb", "invalid_utf8"},
		{"missing", filepath.Join(dir, "missing.txt"), 100, doc.ErrUnreadable, "", ""},
		{"directory", dir, 100, doc.ErrUnreadable, "", ""},
		{"read error (EIO)", memLink, 100, doc.ErrUnreadable, "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			text, warns, err := ReadFile(c.path, c.max)
			code := ""
			if err != nil {
				code = Body(err).Code
				if !strings.Contains(err.Error(), filepath.Base(c.path)) {
					t.Errorf("error %q does not name the file", err)
				}
			}
			if code != c.code || text != c.text {
				t.Errorf("got %q, %q; want %q, %q", text, code, c.text, c.code)
			}
			if c.warn != "" && (len(warns) != 1 || warns[0].Code != c.warn) {
				t.Errorf("warnings %+v, want %s", warns, c.warn)
			}
		})
	}
}

// TestReadAllStopsAtLimit reads from an endless stream: ReadAll must stop
// just past the limit rather than read (and hold) everything.
func TestReadAllStopsAtLimit(t *testing.T) {
	var n countingReader
	_, _, err := ReadAll(&n, "endless", 1<<20)
	if Body(err).Code != doc.ErrTooLarge {
		t.Fatalf("err %v, want too_large", err)
	}
	if n > 1<<20+1<<16 {
		t.Errorf("read %d bytes for a limit of %d", n, 1<<20)
	}
}

type countingReader int64

func (c *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	*c += countingReader(len(p))
	return len(p), nil
}

func TestReadJSONLBadRecords(t *testing.T) {
	in := "{\"id\":\"a\",\"text\":\"نص\"}\nnot json\n{\"id\":\"n\",\"text\":\"a\\u0000b\"}\n{\"id\":\"long\",\"text\":\"" +
		strings.Repeat("x", 300) + "\"}\n\n{\"id\":\"z\",\"text\":\"آخر\"}"
	var got []string
	err := ReadJSONL(strings.NewReader(in), "-", 200, func(j Job) error {
		s := j.ID
		if j.Err != nil {
			s += " " + j.Err.Code
		}
		got = append(got, s)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a", "-:2 malformed", "n binary", "-:4 too_large", "z"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestRunOrderAndBoundedMemory runs many jobs with uneven work times and
// checks that results come out in input order and that the pool never
// holds more than a few results per worker: nothing is collected.
func TestRunOrderAndBoundedMemory(t *testing.T) {
	for _, c := range []struct{ n, chunk int }{{1, 1}, {2, 1}, {8, 1}, {2, 8}, {3, 7}} {
		n, chunk := c.n, c.chunk
		t.Run(fmt.Sprintf("j%d-chunk%d", n, chunk), func(t *testing.T) {
			const total = 5000
			var inFlight, peak atomic.Int64
			produce := func(send func(Job) error) error {
				for i := 0; i < total; i++ {
					if err := send(Job{ID: fmt.Sprint(i)}); err != nil {
						return err
					}
				}
				return nil
			}
			work := func(j Job) string {
				v := inFlight.Add(1)
				for {
					p := peak.Load()
					if v <= p || peak.CompareAndSwap(p, v) {
						break
					}
				}
				if len(j.ID)%3 == 0 {
					time.Sleep(10 * time.Microsecond)
				}
				return j.ID
			}
			next := 0
			emit := func(id string) error {
				inFlight.Add(-1)
				if id != fmt.Sprint(next) {
					return fmt.Errorf("got %s, want %d", id, next)
				}
				next++
				return nil
			}
			if err := RunChunked(n, chunk, produce, work, emit); err != nil {
				t.Fatal(err)
			}
			if next != total {
				t.Fatalf("emitted %d of %d", next, total)
			}
			if p := peak.Load(); p > int64((3*n+1)*chunk) {
				t.Errorf("%d results held at once with %d workers and chunks of %d; the pool should bound it by about 3n chunks", p, n, chunk)
			}
		})
	}
}

// TestRunStopsWhenEmitFails is the closed-pipe case: once emit fails, Run
// stops taking input and returns that error, without deadlock.
func TestRunStopsWhenEmitFails(t *testing.T) {
	for _, chunk := range []int{1, 8} {
		t.Run(fmt.Sprint("chunk", chunk), func(t *testing.T) { testRunStops(t, chunk) })
	}
}

func testRunStops(t *testing.T, chunk int) {
	pipeErr := errors.New("write |1: broken pipe")
	produced := 0
	produce := func(send func(Job) error) error {
		for i := 0; ; i++ {
			if err := send(Job{ID: fmt.Sprint(i)}); err != nil {
				return err
			}
			produced++
		}
	}
	emitted := 0
	emit := func(string) error {
		emitted++
		if emitted == 10 {
			return pipeErr
		}
		return nil
	}
	done := make(chan error)
	go func() { done <- RunChunked(4, chunk, produce, func(j Job) string { return j.ID }, emit) }()
	select {
	case err := <-done:
		if !errors.Is(err, pipeErr) {
			t.Errorf("Run returned %v, want the emit error", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not stop after emit failed")
	}
	if produced > 100 {
		t.Errorf("producer went on for %d jobs after the output closed", produced)
	}
}

var _ io.Reader = (*countingReader)(nil)
