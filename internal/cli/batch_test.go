package cli

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/extract/analysis"
	"github.com/newsx/newsx/extract/doc"
)

// TestMain removes the newsx binary the subprocess tests build.
func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

var (
	binOnce sync.Once
	binDir  string
	binPath string
	binErr  error
)

// newsxBinary builds cmd/newsx once for the tests that need a real process
// (closed pipes, terminals, memory).
func newsxBinary(t testing.TB) string {
	t.Helper()
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "newsx-test-bin-")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "newsx")
		out, err := exec.Command("go", "build", "-o", binPath, "../../cmd/newsx").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// Sentence templates for generated articles; {p} a person, {c} a city,
// {o} an organisation, {d} a date. Written for these tests.
var (
	genTemplates = []string{
		"زار {p} مدينة {c} {d}، والتقى عددا من المسؤولين المحليين.",
		"وقال {p} إن {o} تدعم الحوار بين جميع الأطراف.",
		"وعقدت {o} اجتماعا في {c} لبحث التطورات الأخيرة في المنطقة.",
		"وأعلنت {o} أن المحادثات ستستأنف {d} في {c}.",
		"واستقبل وزير الخارجية {p} في {c} وبحث معه سبل التعاون.",
		"وأكد {p} في تصريح للصحفيين أن الزيارة كانت مثمرة.",
		"وشارك {p} في مؤتمر نظمته {o} في {c} {d}.",
	}
	genPeople = []string{"أحمد المنصوري", "ليلى حداد", "سامر العلي", "هانس غروندبرغ", "أيمن الصفدي", "مريم الزعبي"}
	genCities = []string{"جنيف", "عمّان", "القاهرة", "الرباط", "تونس", "بيروت", "الدوحة"}
	genOrgs   = []string{"الأمم المتحدة", "جامعة الدول العربية", "الاتحاد الأفريقي", "منظمة الصحة العالمية", "حلف شمال الأطلسي"}
	genDates  = []string{"يوم الاثنين", "أمس", "في 12 مارس 2025", "الأسبوع المقبل", "صباح اليوم", "في 3 نوفمبر"}
)

// genArticle generates the i-th test article: a headline and three to six
// sentences, all determined by i.
func genArticle(i int) string {
	pick := func(list []string, k int) string { return list[(i*7+k*13)%len(list)] }
	fill := func(s string, k int) string {
		return strings.NewReplacer("{p}", pick(genPeople, k), "{c}", pick(genCities, k+1), "{o}", pick(genOrgs, k+2), "{d}", pick(genDates, k+3)).Replace(s)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s يزور %s\n\n", pick(genPeople, 0), pick(genCities, 1))
	n := 3 + i%4
	for k := 0; k < n; k++ {
		b.WriteString(fill(genTemplates[(i+k*3)%len(genTemplates)], k))
		b.WriteByte(' ')
	}
	b.WriteString("\n")
	return b.String()
}

// inputExpect is what one input must produce: its source and error code (or ""
// for a document) and a warning code the document must carry.
type inputExpect struct {
	source, code, warning string
}

func writeTestFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// genTree writes n generated articles under dir in nested directories
// whose names sort in generation order, and returns what each must give.
func genTree(t testing.TB, dir string, n int) []inputExpect {
	var want []inputExpect
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("batch-%03d", i/100), fmt.Sprintf("article-%05d.txt", i))
		writeTestFile(t, p, []byte(genArticle(i)))
		want = append(want, inputExpect{source: p})
	}
	return want
}

// genBadInputs adds one of each bad input under dir/zz-bad and returns
// what each must give, in output order. What cannot be made as root is
// said so: a directory root cannot list is simulated in the batch
// package's TestExpandUnreadableDirectory.
func genBadInputs(t testing.TB, dir string) []inputExpect {
	bad := filepath.Join(dir, "zz-bad")
	p := func(name string) string { return filepath.Join(bad, name) }
	writeTestFile(t, p("a-empty.txt"), nil)
	writeTestFile(t, p("b-binary.txt"), []byte("PK\x03\x04\x00\x00binary"))
	writeTestFile(t, p("c-invalid-utf8.txt"), []byte("زار الوزير \xff\xfe جنيف أمس."))
	// 50 MB on one line: over the default --max-bytes, refused on its size
	// without being read.
	big := bytes.Repeat([]byte("كلمة "), 50<<20/len("كلمة "))
	writeTestFile(t, p("d-one-line-50mb.txt"), big)
	// Unreadable for root too: a dangling link, a file whose read fails
	// with EIO (/proc/self/mem at offset 0), and a loop of links.
	batchMust(t, os.Symlink(p("nowhere.txt"), p("e-dangling.txt")))
	batchMust(t, os.Symlink("/proc/self/mem", p("f-read-error.txt")))
	batchMust(t, os.Symlink("g-loop2.txt", p("g-loop1.txt")))
	batchMust(t, os.Symlink("g-loop1.txt", p("g-loop2.txt")))
	writeTestFile(t, p("h-russian.txt"), []byte("Президент посетил Женеву в понедельник и встретился с министром."))
	// Not inputs, and must not hang the walk: a link to a parent directory
	// (a loop) and a FIFO with no writer.
	batchMust(t, os.Symlink("..", p("i-parent-loop")))
	batchMust(t, syscall.Mkfifo(p("j-fifo.txt"), 0o644))
	return []inputExpect{
		{source: p("a-empty.txt")},
		{source: p("b-binary.txt"), code: doc.ErrBinary},
		{source: p("c-invalid-utf8.txt"), warning: "invalid_utf8"},
		{source: p("d-one-line-50mb.txt"), code: doc.ErrTooLarge},
		{source: p("e-dangling.txt"), code: doc.ErrUnreadable},
		{source: p("f-read-error.txt"), code: doc.ErrUnreadable},
		{source: p("g-loop1.txt"), code: doc.ErrUnreadable},
		{source: p("g-loop2.txt"), code: doc.ErrUnreadable},
		{source: p("h-russian.txt"), warning: "language"},
	}
}

func batchMust(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// checkLines checks JSON Lines output against want: one line per input,
// in order, with the right error codes and warnings.
func checkLines(t *testing.T, out string, want []inputExpect) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d lines for %d inputs", len(lines), len(want))
	}
	for i, l := range lines {
		var rec struct {
			Source   string
			Language string
			Error    *doc.ErrorBody
			Warnings []doc.Warning
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("line %d: %v: %.200s", i+1, err, l)
		}
		code := ""
		if rec.Error != nil {
			code = rec.Error.Code
		}
		w := want[i]
		if rec.Source != w.source || code != w.code {
			t.Errorf("line %d: %s error %q; want %s error %q", i+1, rec.Source, code, w.source, w.code)
			continue
		}
		if w.warning != "" {
			found := false
			for _, x := range rec.Warnings {
				found = found || x.Code == w.warning
			}
			if !found {
				t.Errorf("line %d (%s): no %s warning in %+v", i+1, rec.Source, w.warning, rec.Warnings)
			}
		}
		if w.warning == "language" && rec.Language != "und" {
			t.Errorf("line %d: language %q, want und", i+1, rec.Language)
		}
	}
}

// TestBatchTree is the acceptance test: 2,000 generated articles
// plus one of each bad input give exactly one JSON line per input, in
// sorted-path order, with the right error codes, exit code 1 and a
// summary; -j 1 and -j 8 give byte-identical output.
func TestBatchTree(t *testing.T) {
	dir := t.TempDir()
	want := append(genTree(t, dir, 2000), genBadInputs(t, dir)...)
	var outs [2]string
	for k, j := range []string{"1", "8"} {
		done := make(chan struct{})
		var errOut string
		var code int
		go func() {
			defer close(done)
			outs[k], errOut, code = run(t, "", "extract", "-j", j, "--ref-date", "2025-10-26", dir)
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Minute):
			t.Fatal("the batch hangs")
		}
		if code != ExitFailed {
			t.Errorf("-j %s: exit %d, want 1; stderr %s", j, code, errOut)
		}
		checkLines(t, outs[k], want)
		summary := regexp.MustCompile(`newsx: 2009 files, 2003 documents, \d+ entities, \d+ dates, \d+ events, 6 errors; [\d.]+ MB in [\d.]+ s \([\d.]+ MB/s\)`)
		if !summary.MatchString(errOut) {
			t.Errorf("-j %s: no summary line on stderr: %q", j, errOut)
		}
		if !strings.Contains(errOut, "6 input(s) failed") {
			t.Errorf("-j %s: stderr does not count the failures: %q", j, errOut)
		}
	}
	if outs[0] != outs[1] {
		t.Errorf("-j 1 and -j 8 outputs differ")
	}
}

// TestBatchJSONLStream is the same for a JSON Lines stream: 2,000 records
// and bad ones (malformed, no text, NUL, over --max-bytes, a bad date),
// one output line per record, in order, the same for -j 1 and -j 8.
func TestBatchJSONLStream(t *testing.T) {
	var in strings.Builder
	var want []inputExpect
	for i := 0; i < 2000; i++ {
		b, _ := json.Marshal(map[string]string{"id": fmt.Sprint("r", i), "text": genArticle(i), "date": "2025-10-26"})
		in.Write(b)
		in.WriteByte('\n')
		want = append(want, inputExpect{source: fmt.Sprintf("-:%d", len(want)+1)})
		switch i {
		case 500:
			in.WriteString("{\"id\": \"broken\", \"text\": \n")
			want = append(want, inputExpect{source: fmt.Sprintf("-:%d", len(want)+1), code: doc.ErrMalformed})
		case 900:
			in.WriteString("{\"id\": \"nul\", \"text\": \"a\\u0000b\"}\n")
			want = append(want, inputExpect{source: fmt.Sprintf("-:%d", len(want)+1), code: doc.ErrBinary})
		case 1200:
			in.WriteString("{\"id\": \"huge\", \"text\": \"" + strings.Repeat("ن", 40000) + "\"}\n")
			want = append(want, inputExpect{source: fmt.Sprintf("-:%d", len(want)+1), code: doc.ErrTooLarge})
		case 1500:
			in.WriteString("{\"id\": \"no-text\"}\n")
			want = append(want, inputExpect{source: fmt.Sprintf("-:%d", len(want)+1), code: doc.ErrMalformed})
		case 1800:
			in.WriteString("{\"id\": \"bad-date\", \"text\": \"نص\", \"date\": \"tomorrow\"}\n")
			want = append(want, inputExpect{source: fmt.Sprintf("-:%d", len(want)+1), code: doc.ErrMalformed})
		}
	}
	var outs [2]string
	for k, j := range []string{"1", "8"} {
		out, errOut, code := run(t, in.String(), "extract", "--input", "jsonl", "--max-bytes", "20000", "-j", j, "-")
		if code != ExitFailed {
			t.Errorf("exit %d, want 1: %s", code, errOut)
		}
		checkLines(t, out, want)
		outs[k] = out
	}
	if outs[0] != outs[1] {
		t.Errorf("-j 1 and -j 8 outputs differ")
	}
}

// TestStreamingAnswersEachRecord feeds records one at a time through a
// pipe and reads each answer before sending the next: newsx as a
// streaming stage must not wait for the end of its input.
func TestStreamingAnswersEachRecord(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int)
	go func() {
		done <- Main([]string{"extract", "--input", "jsonl", "-q", "-j", "2", "-"}, inR, outW, io.Discard)
		outW.Close()
	}()
	lines := bufio.NewScanner(outR)
	lines.Buffer(make([]byte, 1<<20), 1<<20)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(inW, "{\"id\": \"s%d\", \"text\": %q}\n", i, genArticle(i))
		got := make(chan string)
		go func() {
			lines.Scan()
			got <- lines.Text()
		}()
		select {
		case l := <-got:
			if !strings.Contains(l, fmt.Sprintf(`"id":"s%d"`, i)) {
				t.Fatalf("record %d: got %.100s", i, l)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("no answer to record %d before the input ended", i)
		}
	}
	inW.Close()
	if code := <-done; code != 0 {
		t.Errorf("exit %d", code)
	}
}

// TestClosedPipe runs the real binary with its output read by a reader
// that stops after one line, as `newsx extract … | head -1` does: newsx
// must exit 0 and print nothing on stderr.
func TestClosedPipe(t *testing.T) {
	bin := newsxBinary(t)
	dir := t.TempDir()
	genTree(t, dir, 1500)
	for _, format := range []string{"jsonl", "table", "html", "csv", "conll"} {
		cmd := exec.Command(bin, "extract", "-j", "2", "--format", format, dir)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		stdout, err := cmd.StdoutPipe()
		batchMust(t, err)
		batchMust(t, cmd.Start())
		first, err := bufio.NewReader(stdout).ReadString('\n')
		if err != nil || first == "" {
			t.Fatalf("%s: no first line: %v", format, err)
		}
		stdout.Close()
		err = cmd.Wait()
		if err != nil || stderr.Len() > 0 {
			t.Errorf("%s: after the reader went away: %v (exit %d), stderr %q", format, err, cmd.ProcessState.ExitCode(), stderr.String())
		}
	}
}

// TestClosedPipeInProcess checks the same path without a process: an
// output that fails with EPIPE ends the run with exit 0 and no message.
func TestClosedPipeInProcess(t *testing.T) {
	dir := t.TempDir()
	genTree(t, dir, 200)
	var errOut bytes.Buffer
	code := Main([]string{"extract", "-j", "4", dir}, strings.NewReader(""), &brokenPipe{after: 1000}, &errOut)
	if code != 0 || errOut.Len() != 0 {
		t.Errorf("exit %d, stderr %q; want 0 and nothing", code, errOut.String())
	}
}

type brokenPipe struct{ after int }

func (b *brokenPipe) Write(p []byte) (int, error) {
	if b.after <= 0 {
		return 0, &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}
	}
	b.after -= len(p)
	return len(p), nil
}

// TestProgressBar runs newsx with standard error on a pseudo-terminal
// (util-linux `script`) and the output in a file: the progress bar shows;
// with --quiet nothing does. With standard error not a terminal (the other
// tests), only the summary is printed.
func TestProgressBar(t *testing.T) {
	script, err := exec.LookPath("script")
	if err != nil {
		t.Skip("no `script` (util-linux) to give newsx a terminal")
	}
	bin := newsxBinary(t)
	dir := t.TempDir()
	genTree(t, dir, 300)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	term := func(args string) string {
		t.Helper()
		cmd := exec.Command(script, "-qec", bin+" extract -j 2 "+args+" "+dir+" > "+out, "/dev/null")
		cmd.Env = append(os.Environ(), "TERM=xterm", "COLUMNS=100")
		b, err := cmd.CombinedOutput()
		if err != nil && bytes.Contains(bytes.ToLower(b), []byte("pseudo-terminal")) {
			t.Skipf("no pseudo-terminal on this machine: %s", b)
		}
		if err != nil {
			t.Fatalf("script: %v: %s", err, b)
		}
		return string(b)
	}
	tty := term("")
	if !strings.Contains(tty, "newsx extract") || !strings.Contains(tty, "files") || !strings.Contains(tty, "\r") {
		t.Errorf("no progress bar on a terminal: %q", tty)
	}
	if !strings.Contains(tty, "newsx: 300 files, 300 documents") {
		t.Errorf("no summary after the bar: %q", tty)
	}
	if got, _ := os.ReadFile(out); bytes.Count(got, []byte("\n")) != 300 {
		t.Errorf("output file has %d lines", bytes.Count(got, []byte("\n")))
	}
	if quiet := term("--quiet"); strings.TrimSpace(quiet) != "" {
		t.Errorf("--quiet printed %q", quiet)
	}
	_, errOut, _ := run(t, "", "extract", dir)
	if strings.Contains(errOut, "\r") || strings.Contains(errOut, "newsx extract") {
		t.Errorf("progress shown on a non-terminal: %q", errOut)
	}
}

// placeStage is a stand-in extraction stage: every جنيف is a LOCATION.
// It lets the CLI tests exercise formats and gates without depending on
// what the real stages find.
type placeStage struct{}

func (placeStage) Name() string { return "place" }

func (placeStage) Process(a *analysis.Analysis) {
	var ms []doc.Mention
	runes := []rune(a.Text.Original)
	word := []rune("جنيف")
	for i := 0; i+len(word) <= len(runes); i++ {
		if string(runes[i:i+len(word)]) == string(word) {
			ms = append(ms, doc.Mention{Text: string(word), Start: i, End: i + len(word), Kind: doc.KindName})
		}
	}
	if len(ms) > 0 {
		a.Doc.Entities = append(a.Doc.Entities, doc.Entity{ID: "e1", Type: doc.Location, Subtype: "city",
			Name: "جنيف", NameEn: "Geneva", KBID: "loc:geneva", Mentions: ms})
	}
}

func fakePipeline(stages ...analysis.Stage) func(extract.Config) (*extract.Pipeline, error) {
	return func(extract.Config) (*extract.Pipeline, error) {
		return extract.New(extract.WithStages(stages...)), nil
	}
}

func runWith(t *testing.T, o *ExtractOptions) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	o.Streams = &Streams{In: strings.NewReader(""), Out: &out, Err: &errOut}
	if o.Input == "" {
		o.Input = "text"
	}
	if o.Workers == 0 {
		o.Workers = 2
	}
	if o.Glob == "" {
		o.Glob = "*.txt"
	}
	if o.MaxBytes == 0 {
		o.MaxBytes = 1 << 20
	}
	code := exitCode(runExtract(o), &errOut)
	return out.String(), errOut.String(), code
}

func TestFailIfEmpty(t *testing.T) {
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, "a.txt"), []byte("وصل الوزير إلى جنيف."))
	writeTestFile(t, filepath.Join(dir, "b.txt"), []byte("لا شيء هنا."))
	// Some entity somewhere: the gate passes.
	_, errOut, code := runWith(t, &ExtractOptions{Args: []string{dir}, FailIfEmpty: true, newPipeline: fakePipeline(placeStage{})})
	if code != ExitOK {
		t.Errorf("with entities: exit %d: %s", code, errOut)
	}
	// No entity in any document: it fails, and says why.
	_, errOut, code = runWith(t, &ExtractOptions{Args: []string{dir}, FailIfEmpty: true, newPipeline: fakePipeline()})
	if code != ExitFailed || !strings.Contains(errOut, "--fail-if-empty: no entity in 2 document(s)") {
		t.Errorf("without entities: exit %d, stderr %q", code, errOut)
	}
	// Without the flag, no entities is fine.
	_, _, code = runWith(t, &ExtractOptions{Args: []string{dir}, newPipeline: fakePipeline()})
	if code != ExitOK {
		t.Errorf("no gate: exit %d", code)
	}
	// --quiet drops the summary but not the gate's message.
	_, errOut, _ = runWith(t, &ExtractOptions{Args: []string{dir}, FailIfEmpty: true, Quiet: true, newPipeline: fakePipeline()})
	if strings.Contains(errOut, "files,") || !strings.Contains(errOut, "--fail-if-empty") {
		t.Errorf("--quiet: stderr %q", errOut)
	}
}

func TestFormatsCoNLLAndCSV(t *testing.T) {
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, "a.txt"), []byte("وصل الوزير إلى جنيف أمس. وغادر جنيف اليوم."))
	writeTestFile(t, filepath.Join(dir, "b.txt"), []byte("\x00binary"))
	out, errOut, code := runWith(t, &ExtractOptions{Args: []string{dir}, Format: "conll", newPipeline: fakePipeline(placeStage{})})
	if code != ExitFailed {
		t.Errorf("conll: exit %d", code)
	}
	wantCoNLL := "-DOCSTART- O\n\nوصل O\nالوزير O\nإلى O\nجنيف B-LOC\nأمس O\n. O\n\nوغادر O\nجنيف B-LOC\nاليوم O\n. O\n\n"
	if out != wantCoNLL {
		t.Errorf("conll:\n got %q\nwant %q", out, wantCoNLL)
	}
	if !strings.Contains(errOut, "b.txt: error binary") {
		t.Errorf("conll: the error record should go to stderr: %q", errOut)
	}
	out, errOut, _ = runWith(t, &ExtractOptions{Args: []string{dir}, Format: "csv", newPipeline: fakePipeline(placeStage{})})
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("csv: %v, %d rows:\n%s", err, len(rows), out)
	}
	a := filepath.Join(dir, "a.txt")
	if got := strings.Join(rows[2], "|"); got != a+"|e1|LOCATION|city|جنيف|Geneva|loc:geneva|جنيف|31|35|name" {
		t.Errorf("csv row %q", got)
	}
	if !strings.Contains(errOut, "b.txt: error binary") {
		t.Errorf("csv: the error record should go to stderr: %q", errOut)
	}
}

func TestFormatHTMLFromCLI(t *testing.T) {
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, "a.txt"), []byte("وصل الوزير إلى جنيف <b>أمس</b>."))
	writeTestFile(t, filepath.Join(dir, "b.txt"), []byte("\x00"))
	out, _, code := runWith(t, &ExtractOptions{Args: []string{dir}, Format: "html", newPipeline: fakePipeline(placeStage{})})
	if code != ExitFailed {
		t.Errorf("exit %d", code)
	}
	for _, want := range []string{"<!DOCTYPE html>", `dir="rtl"`, `<mark class="ent t-location k-name" data-ref="d1-e1"`,
		">جنيف</mark>", "&lt;b&gt;أمس&lt;/b&gt;", "error <code>binary</code>", "1 document, 1 error"} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func TestExitCodesInHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"extract", "--help"}} {
		out, _, code := run(t, "", args...)
		if code != 0 {
			t.Errorf("%v: exit %d", args, code)
		}
		for _, want := range []string{"Exit codes:", "0  every input was processed", "1  some inputs failed", "2  usage error"} {
			if !strings.Contains(out, want) {
				t.Errorf("%v: help lacks %q", args, want)
			}
		}
	}
	out, _, _ := run(t, "", "extract", "--help")
	for _, want := range []string{"--quiet", "--fail-if-empty", "html", "conll", "csv"} {
		if !strings.Contains(out, want) {
			t.Errorf("extract --help lacks %q", want)
		}
	}
}

// TestTableWidthFromColumns checks that --format table fits $COLUMNS and
// is plain ASCII when the output is not a terminal.
func TestTableWidthFromColumns(t *testing.T) {
	t.Setenv("COLUMNS", "60")
	path := filepath.Join(testdata, "articles", "amman-talks.ar.txt")
	out, _, code := run(t, "", "extract", "--format", "table", "--ref-date", "2025-10-14", path)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "== ") {
			continue // the heading names the file and may be longer
		}
		if w := twwidth.Width(line); w > 60 {
			t.Errorf("line of %d columns with COLUMNS=60: %s", w, line)
		}
		if strings.ContainsAny(line, "│─┌") {
			t.Errorf("box drawing in output that is not a terminal: %s", line)
		}
	}
}
