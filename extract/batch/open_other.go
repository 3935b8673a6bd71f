//go:build !linux

package batch

import "os"

// openFile opens path for reading (see open_linux.go for why Linux does
// it differently).
func openFile(path string) (*os.File, error) { return os.Open(path) }
