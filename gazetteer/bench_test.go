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

// BenchmarkDecodeSnapshot measures decoding the snapshot alone, fresh
// each iteration (Default caches its gazetteer, so only a first call
// would): B/op is the memory start-up writes, which in a new process
// costs more than the decoding itself, every page of it faulted in.
func BenchmarkDecodeSnapshot(b *testing.B) {
	sum := snapshotSum(snapshot)
	b.ReportAllocs()
	cpu := benchutil.StartCPU()
	defer func() { b.ReportMetric(float64(cpu.Elapsed().Microseconds())/1e3/float64(b.N), "cpu-ms/op") }()
	for b.Loop() {
		if _, err := decodeSnapshot(snapshot, sum); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWordID measures the matcher's word lookup, which runs for
// every token read: half the words are in the vocabulary, half not.
func BenchmarkWordID(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	m := g.Matcher()
	q := make([]string, 4096)
	for i := range q {
		w := m.VocabularyWord(i * 7919 % m.VocabularySize())
		if i%2 == 1 {
			w += "ة"
		}
		q[i] = w
	}
	n := 0
	for i := 0; b.Loop(); i++ {
		if m.WordID(q[i&4095]) >= 0 {
			n++
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
