//go:build ignore

// gen_snapshot writes snapshot.bin, the parsed and indexed form of the
// embedded gazetteer data that newsx decodes at start-up. Run it with
// `go generate ./gazetteer` after changing any file in data/. The output
// is generated: DO NOT EDIT.
package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/newsx/newsx/gazetteer"
)

func main() {
	var b bytes.Buffer
	if err := gazetteer.WriteSnapshot(&b); err != nil {
		fmt.Fprintln(os.Stderr, "gen_snapshot:", err)
		os.Exit(1)
	}
	if err := os.WriteFile("snapshot.bin", b.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen_snapshot:", err)
		os.Exit(1)
	}
}
