package entities

import (
	"os"
	"strings"
)

// TEMPORARY experiment switches; removed before the work is handed back.
var expOff = os.Getenv("NEWSX_OFF")

func on(name string) bool { return !strings.Contains(expOff, name) }
