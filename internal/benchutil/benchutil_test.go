package benchutil

import "testing"

func TestCPUTimerAdvances(t *testing.T) {
	c := StartCPU()
	x := 0
	for i := 0; i < 50_000_000; i++ {
		x += i % 7
	}
	if x == 0 || c.Elapsed() <= 0 {
		t.Skip("no CPU clock on this platform")
	}
}
