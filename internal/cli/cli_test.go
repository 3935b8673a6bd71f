package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newsx/newsx/extract/doc"
	"github.com/newsx/newsx/internal/golden"
)

// run invokes newsx with args and stdin, returning stdout, stderr and the
// exit code.
func run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), code
}

const testdata = "../../testdata"

// goldenFile compares got with the named golden file under testdata/golden.
func goldenFile(t *testing.T, name, got string) {
	t.Helper()
	golden.Check(t, filepath.Join(testdata, "golden", name), []byte(got))
}

func TestExtractGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testdata, "articles", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no articles in testdata/articles")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			out, errOut, code := run(t, "", "extract", "--ref-date", "2025-10-26", f)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			goldenFile(t, name+".json", out)
			table, _, code := run(t, "", "extract", "--ref-date", "2025-10-26", "--format", "table", f)
			if code != 0 {
				t.Fatalf("table exit %d", code)
			}
			goldenFile(t, name+".table.txt", table)
		})
	}
}

func TestExtractStdinMatchesFile(t *testing.T) {
	path := filepath.Join(testdata, "articles", "amman-talks.ar.txt")
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fromFile, _, _ := run(t, "", "extract", "--format", "jsonl", path)
	fromStdin, _, code := run(t, string(text), "extract", "--format", "jsonl", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var a, b doc.Document
	if err := json.Unmarshal([]byte(fromFile), &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(fromStdin), &b); err != nil {
		t.Fatal(err)
	}
	if b.Source != "-" || b.ID != "-" {
		t.Errorf("stdin document id/source = %q/%q, want -", b.ID, b.Source)
	}
	a.ID, a.Source = "-", "-"
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if !bytes.Equal(ja, jb) {
		t.Errorf("stdin and file give different documents")
	}
	// No argument and a non-terminal stdin reads stdin too.
	implicit, _, code := run(t, string(text), "extract", "--format", "jsonl")
	if code != 0 || implicit != fromStdin {
		t.Errorf("implicit stdin differs (exit %d)", code)
	}
}

func TestExtractDirectoryIsSortedJSONL(t *testing.T) {
	out, _, code := run(t, "", "extract", filepath.Join(testdata, "articles"))
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	files, _ := filepath.Glob(filepath.Join(testdata, "articles", "*.txt"))
	if len(lines) != len(files) {
		t.Fatalf("%d lines for %d files", len(lines), len(files))
	}
	for i, l := range lines {
		var d doc.Document
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if d.Source != files[i] {
			t.Errorf("line %d is %s, want %s", i+1, d.Source, files[i])
		}
	}
}

func TestExtractJSONLInput(t *testing.T) {
	in := `{"id": "a", "text": "زار الوزير جنيف أمس.", "date": "2025-10-26"}
{"id": 7, "text": "نص ثان"}
this is not json
{"text": "بلا معرف"}

{"id": "no-text"}
`
	out, errOut, code := run(t, in, "extract", "--input", "jsonl", "-")
	if code != ExitFailed {
		t.Errorf("exit %d, want 1 (two bad records); stderr %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("want 5 lines (blank line skipped), got %d:\n%s", len(lines), out)
	}
	wantIDs := []string{"a", "7", "-:3", "-:4", "no-text"}
	wantErr := []string{"", "", "malformed", "", "malformed"}
	for i, l := range lines {
		var rec struct {
			ID            string
			ReferenceDate *string `json:"reference_date"`
			Error         *doc.ErrorBody
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if rec.ID != wantIDs[i] {
			t.Errorf("line %d id %q, want %q", i+1, rec.ID, wantIDs[i])
		}
		code := ""
		if rec.Error != nil {
			code = rec.Error.Code
		}
		if code != wantErr[i] {
			t.Errorf("line %d error %q, want %q", i+1, code, wantErr[i])
		}
		if i == 0 && (rec.ReferenceDate == nil || *rec.ReferenceDate != "2025-10-26") {
			t.Errorf("record date not used as reference: %v", rec.ReferenceDate)
		}
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("a-good.txt", []byte("زار الوزير جنيف."))
	empty := write("b-empty.txt", nil)
	bin := write("c-binary.txt", []byte("abc\x00\x01\x02"))
	big := write("d-big.txt", bytes.Repeat([]byte("ا"), 600))
	badUTF8 := write("e-invalid.txt", []byte("زار \xff\xfe جنيف"))
	missing := filepath.Join(dir, "f-missing.txt")
	out, errOut, code := run(t, "", "extract", "--max-bytes", "1000", "-j", "3", good, empty, bin, big, badUTF8, missing)
	if code != ExitFailed {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errOut, "3 input(s) failed") {
		t.Errorf("stderr should count failures: %q", errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 6 {
		t.Fatalf("want one line per input (6), got %d", len(lines))
	}
	want := []string{"", "", "binary", "too_large", "", "unreadable"}
	for i, l := range lines {
		var rec struct {
			Source   string
			Error    *doc.ErrorBody
			Warnings []doc.Warning
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		got := ""
		if rec.Error != nil {
			got = rec.Error.Code
			if !strings.Contains(rec.Error.Message, filepath.Base(rec.Source)) {
				t.Errorf("error message %q does not name the file", rec.Error.Message)
			}
		}
		if got != want[i] {
			t.Errorf("line %d (%s): error %q, want %q", i+1, rec.Source, got, want[i])
		}
		if i == 4 && (len(rec.Warnings) != 1 || rec.Warnings[0].Code != "invalid_utf8") {
			t.Errorf("invalid UTF-8 should be repaired with a warning, got %+v", rec.Warnings)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"extract", "--format", "xml", "x.txt"},
		{"extract", "--input", "csv", "x.txt"},
		{"extract", "--ref-date", "yesterday", "x.txt"},
		{"extract", "-j", "0", "x.txt"},
		{"extract", "--no-such-flag"},
		{"normalize", "--off", "nonsense"},
		{"extract", "--glob", "[", "."},
	} {
		_, errOut, code := run(t, "", args...)
		if code != ExitUsage {
			t.Errorf("%v: exit %d, want 2 (stderr %q)", args, code, errOut)
		}
	}
}

func TestWorkersDoNotChangeOutput(t *testing.T) {
	dir := filepath.Join(testdata, "articles")
	one, _, _ := run(t, "", "extract", "-j", "1", "--ref-date", "2025-10-26", dir, dir, dir)
	many, _, _ := run(t, "", "extract", "-j", "8", "--ref-date", "2025-10-26", dir, dir, dir)
	if one == "" || one != many {
		t.Errorf("-j 1 and -j 8 differ")
	}
}

func TestNormalizeCommand(t *testing.T) {
	out, _, code := run(t, "مسئول شؤون جنيـف ٢٠٢٥", "normalize", "-")
	if code != 0 || out != "مسءول شءون جنيف 2025\n" {
		t.Errorf("normalize: %q (exit %d)", out, code)
	}
	out, _, _ = run(t, "مسئول", "normalize", "--off", "hamza", "-")
	if out != "مسئول\n" {
		t.Errorf("normalize --off hamza: %q", out)
	}
	out, _, _ = run(t, "بجنيف", "normalize", "--tokens", "-")
	if !strings.Contains(out, "ب+جنيف+") || !strings.Contains(out, "0-5") {
		t.Errorf("normalize --tokens: %q", out)
	}
}

// TestOutputMatchesSchema validates real output — documents and error
// records — against the shipped JSON Schema.
func TestOutputMatchesSchema(t *testing.T) {
	schemaOut, _, code := run(t, "", "schema")
	if code != 0 {
		t.Fatal("schema command failed")
	}
	sch, err := jsonschema.UnmarshalJSON(strings.NewReader(schemaOut))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("newsx.json", sch); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("newsx.json")
	if err != nil {
		t.Fatal(err)
	}
	inputs := []string{filepath.Join(testdata, "articles"), filepath.Join(testdata, "nope.txt")}
	if _, err := os.Stat("../../../shared/articles"); err == nil {
		inputs = append(inputs, "../../../shared/articles")
	}
	args := append([]string{"extract", "--ref-date", "2025-10-26", "--format", "jsonl"}, inputs...)
	out, _, _ := run(t, "", args...)
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(line))
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(v); err != nil {
			t.Errorf("record does not match the schema: %v\n%.300s", err, line)
		}
		n++
	}
	if n < 3 {
		t.Errorf("validated only %d records", n)
	}
	// And a hand-made document exercising every field.
	full := `{"schema_version":"1","id":"x","source":"x","language":"ar","reference_date":"2025-10-26",
	"entities":[{"id":"e1","type":"PERSON","subtype":"","name":"ن","name_en":"","kb_id":"","attributes":{"title":"السفير"},
	"mentions":[{"text":"ن","start":0,"end":1,"kind":"name"}]}],
	"dates":[{"id":"t1","text":"أمس","start":2,"end":5,"type":"DATE","value":"2025-10-25"}],
	"events":[{"id":"v1","type":"VISIT","plover":"CONSULT","cameo":"042","trigger":{"text":"زار","start":6,"end":9},
	"sentence":{"start":0,"end":10},"modality":"asserted","arguments":[{"role":"agent","entity":"e1"},{"role":"time","date":"t1"},
	{"role":"participant","text":"الممثلين","start":1,"end":3}]}],"warnings":[]}`
	v, _ := jsonschema.UnmarshalJSON(strings.NewReader(full))
	if err := schema.Validate(v); err != nil {
		t.Errorf("full document rejected: %v", err)
	}
	bad := strings.Replace(full, `"kind":"name"`, `"kind":"guess"`, 1)
	v, _ = jsonschema.UnmarshalJSON(strings.NewReader(bad))
	if schema.Validate(v) == nil {
		t.Errorf("schema accepted a bad mention kind")
	}
}
