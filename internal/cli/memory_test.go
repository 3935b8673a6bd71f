package cli

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsx/newsx/extract"
)

// peakMemoryLimit is the target for a batch of any size.
const peakMemoryLimit = 100 << 20

// TestPeakMemory runs the real binary over a tree of generated articles
// plus a 50 MB single-line file and measures the process's peak resident
// memory. It must stay under 100 MB, in JSON Lines and in HTML (the
// formats that could be tempted to hold results), with one output line per
// input, and must not grow with the number of files (a run over a tenth
// of the tree is the yardstick). The tree has 2,000 files, to keep CI
// quick; NEWSX_BIG=1 makes it the 10,000 (about half a minute).
func TestPeakMemory(t *testing.T) {
	n := 2000
	if os.Getenv("NEWSX_BIG") != "" {
		n = 10000
	}
	bin := newsxBinary(t)
	dir := t.TempDir()
	genTree(t, dir, n)
	writeTestFile(t, filepath.Join(dir, "zz-one-line-50mb.txt"), bytes.Repeat([]byte("كلمة "), 50<<20/len("كلمة ")))
	// A tenth of the tree first: the peak must not grow with the count.
	var tenth []string
	for i := 0; i < n/1000; i++ {
		tenth = append(tenth, filepath.Join(dir, fmt.Sprintf("batch-%03d", i)))
	}
	small, _, _ := runMeasured(t, bin, filepath.Join(t.TempDir(), "small.jsonl"), append([]string{"extract", "-q", "-j", "2"}, tenth...)...)
	t.Logf("%d files, -j 2: peak RSS %.1f MB", n/10, float64(small)/(1<<20))
	for _, format := range []string{"jsonl", "html"} {
		out := filepath.Join(t.TempDir(), "out."+format)
		rss, elapsed, stderr := runMeasured(t, bin, out, "extract", "-j", "2", "--format", format, dir)
		t.Logf("%d files + one 50 MB line, --format %s, -j 2: peak RSS %.1f MB, %.1f s; %s", n, format, float64(rss)/(1<<20), elapsed.Seconds(), strings.TrimSpace(stderr))
		if rss > peakMemoryLimit {
			t.Errorf("--format %s: peak RSS %.1f MB over %d files, want under 100 MB", format, float64(rss)/(1<<20), n)
		}
		if rss > small+20<<20 {
			t.Errorf("--format %s: peak RSS grows with the file count: %.1f MB for %d files, %.1f MB for %d",
				format, float64(rss)/(1<<20), n, float64(small)/(1<<20), n/10)
		}
		if format == "jsonl" {
			b, err := os.ReadFile(out)
			batchMust(t, err)
			if got := bytes.Count(b, []byte("\n")); got != n+1 {
				t.Errorf("%d lines for %d inputs", got, n+1)
			}
		}
	}
}

// runMeasured runs bin with args, standard output to the file out, and
// returns its peak resident set size in bytes, its run time and its
// standard error. Exit code 1 (the 50 MB file fails) is expected.
//
// The peak is measured by GNU time (/usr/bin/time -f %M), not by this
// process's wait4 rusage: Linux counts in a child's ru_maxrss the memory
// of the process it was forked from, until it execs, and that is this
// test process, big after the other tests. time is a small C program, so
// what it reports is newsx's own.
func runMeasured(t testing.TB, bin, out string, args ...string) (int64, time.Duration, string) {
	t.Helper()
	timeBin := "/usr/bin/time"
	if _, err := os.Stat(timeBin); err != nil {
		t.Skip("no GNU time (/usr/bin/time) to measure a child's peak memory alone (Debian package time)")
	}
	f, err := os.Create(out)
	batchMust(t, err)
	defer f.Close()
	rssFile := filepath.Join(t.TempDir(), "rss")
	cmd := exec.Command(timeBin, append([]string{"-o", rssFile, "-f", "%M", bin}, args...)...)
	cmd.Stdout = f
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err = cmd.Run()
	elapsed := time.Since(start)
	if code := cmd.ProcessState.ExitCode(); code > 1 || code < 0 {
		t.Fatalf("newsx %v: %v: %s", args, err, stderr.String())
	}
	b, err := os.ReadFile(rssFile)
	batchMust(t, err)
	// GNU time may add a line about the exit status before the figure.
	fields := strings.Fields(string(b))
	kb, err := strconv.ParseInt(fields[len(fields)-1], 10, 64)
	if err != nil {
		t.Fatalf("time output %q: %v", b, err)
	}
	return kb * 1024, elapsed, stderr.String()
}

// BenchmarkBatchWorkers measures the throughput (MB/s) of `newsx extract`
// over 2,000 generated articles with -j 1, 2 and all cores. The pipeline
// (gazetteers) is built once outside the timer: loading it is a fixed
// start-up cost, not throughput.
func BenchmarkBatchWorkers(b *testing.B) {
	dir := b.TempDir()
	genTree(b, dir, 2000)
	var size int64
	filepath.Walk(dir, func(_ string, info os.FileInfo, _ error) error {
		if info != nil && info.Mode().IsRegular() {
			size += info.Size()
		}
		return nil
	})
	pipe, err := extract.Default(extract.Config{})
	if err != nil {
		b.Fatal(err)
	}
	built := func(extract.Config) (*extract.Pipeline, error) { return pipe, nil }
	jobs := []int{1, 2}
	if runtime.NumCPU() > 2 {
		jobs = append(jobs, runtime.NumCPU())
	}
	for _, j := range jobs {
		b.Run(fmt.Sprintf("j%d", j), func(b *testing.B) {
			b.SetBytes(size)
			for i := 0; i < b.N; i++ {
				var out, errOut bytes.Buffer
				o := &ExtractOptions{Streams: &Streams{In: strings.NewReader(""), Out: &out, Err: &errOut},
					Args: []string{dir}, Input: "text", Workers: j, Glob: "*.txt", MaxBytes: 1 << 20, Quiet: true, newPipeline: built}
				if err := runExtract(o); err != nil {
					b.Fatalf("%v: %s", err, errOut.String())
				}
			}
		})
	}
}
