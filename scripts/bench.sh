#!/usr/bin/env bash
# bench.sh runs the benchmarks and prints a table of throughput (wall-clock
# MB/s and CPU MB/s: user+system CPU time of the process, the steadier
# figure on a shared machine) and allocations per KB of input.
#
#   scripts/bench.sh                    # the pipeline stages and end to end
#   PKGS=./... scripts/bench.sh         # every package's benchmarks
#   BENCH='Stages/tokenize' BENCHTIME=10x scripts/bench.sh
#
# The raw `go test` output is kept in $OUT (default $TMPDIR/newsx-bench.out) for benchstat.
set -euo pipefail
cd "$(dirname "$0")/.."

PKGS=${PKGS:-"./normalize ./extract/token ./extract"}
BENCH=${BENCH:-.}
BENCHTIME=${BENCHTIME:-3x}
OUT=${OUT:-${TMPDIR:-/tmp}/newsx-bench.out}

# shellcheck disable=SC2086 # PKGS is a list
go test -run '^$' -bench "$BENCH" -benchmem -benchtime "$BENCHTIME" $PKGS | tee "$OUT" >&2

awk '
/^pkg:/ { pkg = $2; sub(/^github.com\/newsx\/newsx\/?/, "", pkg); if (pkg == "") pkg = "." }
/^Benchmark/ {
	name = $1; sub(/^Benchmark/, "", name); sub(/-[0-9]+$/, "", name)
	ns = mbs = cpu = allocs = bop = ""
	for (i = 3; i < NF; i += 2) {
		v = $i; u = $(i + 1)
		if (u == "ns/op") ns = v
		else if (u == "MB/s") mbs = v
		else if (u == "cpuMB/s") cpu = v
		else if (u == "allocs/op") allocs = v
		else if (u == "B/op") bop = v
	}
	# Bytes of input per op, from MB/s = bytes/op / (ns/op) * 1e3.
	perkb = "-"; bperkb = "-"
	if (mbs != "" && ns != "" && mbs + 0 > 0) {
		bytes = mbs * ns / 1e3
		if (allocs != "") perkb = sprintf("%.2f", allocs / (bytes / 1024))
		if (bop != "") bperkb = sprintf("%.0f", bop / (bytes / 1024))
	}
	if (mbs == "") mbs = "-"
	if (cpu == "") cpu = "-"
	ms = (ns != "") ? sprintf("%.1f", ns / 1e6) : "-"
	rows[++n] = sprintf("%-16s %-28s %10s %10s %10s %12s %10s", pkg, name, ms, mbs, cpu, perkb, bperkb)
}
END {
	printf "%-16s %-28s %10s %10s %10s %12s %10s\n", "package", "benchmark", "ms/op", "MB/s", "cpuMB/s", "allocs/KB", "B/KB"
	for (i = 1; i <= n; i++) print rows[i]
}' "$OUT"
