package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestGazetteerList(t *testing.T) {
	code, out, errOut := runCLI(t, "gazetteer", "list", "--type", "ORG")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "org:nato") || strings.Contains(out, "loc:geneva") {
		t.Errorf("list --type ORG:\n%.500s", out)
	}
	if code, _, _ := runCLI(t, "gazetteer", "list", "--type", "planet"); code != ExitUsage {
		t.Errorf("unknown type: exit %d, want %d", code, ExitUsage)
	}
}

func TestGazetteerCheck(t *testing.T) {
	dir := t.TempDir()
	header := "kb_id\ttype\tsubtype\tname_ar\tname_en\taliases_ar\taliases_en\tadjectives\tnominals\tcountry\tattrs\tflags\n"
	good := filepath.Join(dir, "good.tsv")
	os.WriteFile(good, []byte("# mine\n"+header+"org:newsx-lab\tORGANIZATION\tthink_tank\tمختبر نيوزإكس\tnewsx Lab\t\t\t\t\t\t\t\n"), 0o644)
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte(header+"loc:x\tLOCATION\tplanet\tإكس\t\t\t\t\t\t\t\t\norg:Bad\tORGANIZATION\tngo\tس\t\t\t\t\t\t\t\t\n"), 0o644)

	if code, out, errOut := runCLI(t, "gazetteer", "check", good); code != ExitOK || !strings.Contains(out, "good.tsv: ok") {
		t.Errorf("good file: exit %d, out %q, err %q", code, out, errOut)
	}
	code, _, errOut := runCLI(t, "gazetteer", "check", bad)
	if code != ExitFailed {
		t.Errorf("bad file: exit %d, want %d", code, ExitFailed)
	}
	for _, want := range []string{"bad.tsv:2: bad subtype \"planet\"", "bad.tsv:3: bad kb_id \"org:Bad\""} {
		if !strings.Contains(errOut, want) {
			t.Errorf("check output lacks %q:\n%s", want, errOut)
		}
	}
}

func TestEvalNER(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.conll")
	os.WriteFile(gold, []byte("زار B-PERS\nالسفير O\nبوريس B-PERS\nروجه I-PERS\nجنيف B-LOC\n. O\n\nاجتمع O\nحلف B-ORG\nشمال I-ORG\nالأطلسي I-ORG\n"), 0o644)
	code, out, errOut := runCLI(t, "eval", "ner", "--errors", gold)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"2 sentences, 10 tokens", "ORG     100.00  100.00  100.00", "FN\tPERS\tزار"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
	if code, _, _ := runCLI(t, "eval", "ner", filepath.Join(dir, "missing.conll")); code != ExitUsage {
		t.Errorf("missing file: exit %d, want %d", code, ExitUsage)
	}
}
