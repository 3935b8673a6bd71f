// Command newsx extracts people, organisations, places, dates and events
// from Arabic (and English) news articles. See README.md.
package main

import (
	"os"

	"github.com/newsx/newsx/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
