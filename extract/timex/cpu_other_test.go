//go:build !unix

package timex

func cpuSeconds() float64 { return 0 }
