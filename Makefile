# Benchmarks: see scripts/bench.sh and scripts/wcratio.sh.
.PHONY: bench bench-all wcratio

# Pipeline stages and end to end: a table of MB/s, CPU MB/s, allocs/KB.
bench:
	scripts/bench.sh

# Every package's benchmarks.
bench-all:
	PKGS=./... scripts/bench.sh

# newsx extract DIR (-j 1 and all cores) against wc -w, and start-up.
wcratio:
	scripts/wcratio.sh
