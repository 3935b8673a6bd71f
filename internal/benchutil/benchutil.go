// Package benchutil helps benchmarks report figures that stay meaningful on
// a shared machine: throughput per CPU second (user + system time of the
// process, GC included) beside Go's wall-clock MB/s.
package benchutil

import (
	"testing"
	"time"
)

// CPUTimer measures the CPU time a benchmark loop uses.
type CPUTimer struct{ start time.Duration }

// StartCPU starts a CPU timer.
func StartCPU() CPUTimer { return CPUTimer{start: cpuTime()} }

// Elapsed returns the CPU time used since the timer started.
func (t CPUTimer) Elapsed() time.Duration { return cpuTime() - t.start }

// Report adds a cpuMB/s metric to b: bytesPerOp processed b.N times in the
// CPU time since t started. Call it after the loop.
func (t CPUTimer) Report(b *testing.B, bytesPerOp int) {
	b.Helper()
	if c := t.Elapsed(); c > 0 {
		b.ReportMetric(float64(bytesPerOp)*float64(b.N)/c.Seconds()/1e6, "cpuMB/s")
	}
}
