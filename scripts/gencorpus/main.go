// Command gencorpus writes generated Arabic news articles (internal/newsgen)
// into a directory, one file each, for command-level measurements such as
// scripts/wcratio.sh:
//
//	go run ./scripts/gencorpus -n 2000 -o /tmp/corpus
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsx/newsx/internal/newsgen"
)

func main() {
	n := flag.Int("n", 2000, "number of articles")
	dir := flag.String("o", "corpus", "output directory")
	seed := flag.Uint64("seed", 0, "seed of the first article")
	flag.Parse()
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	total := 0
	for i := 0; i < *n; i++ {
		a := newsgen.Article(*seed + uint64(i))
		total += len(a)
		p := filepath.Join(*dir, fmt.Sprintf("article-%05d.ar.txt", i))
		if err := os.WriteFile(p, []byte(a), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	fmt.Fprintf(os.Stderr, "gencorpus: %d articles, %d bytes in %s\n", *n, total, *dir)
}
