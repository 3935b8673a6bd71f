package gazetteer

import (
	"testing"

	"github.com/newsx/newsx/internal/benchutil"
)

// BenchmarkLoad measures what start-up pays: hashing the embedded data
// files and decoding the snapshot into a ready gazetteer (matcher and
// lexicon included).
//
// On a shared machine wall time overstates the cost: cpu-ms/op is the CPU
// time one load takes (GC included).
func BenchmarkLoad(b *testing.B) {
	cpu := benchutil.StartCPU()
	defer func() { b.ReportMetric(float64(cpu.Elapsed().Microseconds())/1e3/float64(b.N), "cpu-ms/op") }()
	for b.Loop() {
		sum, err := dataHash(embedded, "data")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := decodeSnapshot(snapshot, sum); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadFromTSV is the slow path: parsing, validating and indexing
// the TSV files (what go generate does, and start-up when the snapshot is
// stale).
func BenchmarkLoadFromTSV(b *testing.B) {
	for b.Loop() {
		g, err := LoadFS(embedded, "data")
		if err != nil {
			b.Fatal(err)
		}
		g.build()
	}
}
