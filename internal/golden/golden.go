// Package golden compares test output with reviewed golden files under
// testdata/, rewriting them only when the test binary runs with -update.
// Every package's golden tests share it, so the flag means the same
// everywhere: go test ./... -update rewrites all of them.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// Update is the -update flag: rewrite golden files instead of comparing.
var Update = flag.Bool("update", false, "rewrite golden files under testdata/ instead of comparing with them")

// Check compares got with the golden file at path, or rewrites the file
// when -update is set. It reports a difference with the start of both.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("output differs from %s (rerun with -update if the change is intended)\n got: %.800s\nwant: %.800s", path, got, want)
	}
}
