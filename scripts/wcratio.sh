#!/usr/bin/env bash
# wcratio.sh measures newsx as users run it: `newsx extract DIR` with -j 1
# and with every core, against `wc -w` over the same files, on a directory
# of generated articles; and start-up, `newsx extract` on a one-line file.
#
#   scripts/wcratio.sh            # 2,000 articles
#   N=10000 scripts/wcratio.sh
#
# Times are wall clock (what users see) and CPU (user+system, steadier on a
# shared machine), the median of $RUNS runs.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-2000}
RUNS=${RUNS:-3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/newsx-wcratio.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

go build -o "$WORK/newsx" ./cmd/newsx
go run ./scripts/gencorpus -n "$N" -o "$WORK/corpus"
printf 'زار الوزير جنيف أمس.\n' > "$WORK/one.txt"
BYTES=$(cat "$WORK"/corpus/*.txt | wc -c)

# run NAME CMD...: runs CMD $RUNS times, prints the median wall and CPU
# seconds (GNU time's %e and %U+%S).
run() {
	local name=$1; shift
	local walls=() cpus=()
	for _ in $(seq "$RUNS"); do
		/usr/bin/time -f '%e %U %S' -o "$WORK/t" "$@" > /dev/null 2> "$WORK/err" || { cat "$WORK/err" >&2; return 1; }
		read -r w u s < "$WORK/t"
		walls+=("$w"); cpus+=("$(echo "$u + $s" | bc -l)")
	done
	local w c
	w=$(printf '%s\n' "${walls[@]}" | sort -g | sed -n "$(( (RUNS + 1) / 2 ))p")
	c=$(printf '%s\n' "${cpus[@]}" | sort -g | sed -n "$(( (RUNS + 1) / 2 ))p")
	printf '%s %s %s\n' "$name" "$w" "$c"
}

{
	run wc sh -c "wc -w $WORK/corpus/*.txt"
	run j1 "$WORK/newsx" extract "$WORK/corpus" -j 1
	run jall "$WORK/newsx" extract "$WORK/corpus"
	run startup "$WORK/newsx" extract "$WORK/one.txt"
} > "$WORK/res"

awk -v n="$N" -v bytes="$BYTES" -v cores="$(nproc)" '
{ wall[$1] = $2; cpu[$1] = $3 }
END {
	printf "%d articles, %.1f MB, %d cores\n", n, bytes / 1e6, cores
	printf "%-28s %10s %10s %12s %12s\n", "command", "wall s", "cpu s", "wall ratio", "cpu ratio"
	split("wc j1 jall", k, " ")
	label["wc"] = "wc -w"; label["j1"] = "newsx extract -j 1"; label["jall"] = "newsx extract -j " cores
	for (i = 1; i <= 3; i++) {
		c = k[i]
		wr = wall["wc"] > 0 ? sprintf("%.1f", wall[c] / wall["wc"]) : "-"
		cr = cpu["wc"] > 0 ? sprintf("%.1f", cpu[c] / cpu["wc"]) : "-"
		printf "%-28s %10.3f %10.3f %12s %12s\n", label[c], wall[c], cpu[c], wr, cr
	}
	printf "newsx extract -j 1: %.2f MB/s wall, %.2f MB/s per CPU second\n", bytes / 1e6 / wall["j1"], bytes / 1e6 / cpu["j1"]
	printf "start-up (one-line input): %.0f ms wall, %.0f ms CPU\n", wall["startup"] * 1000, cpu["startup"] * 1000
}' "$WORK/res"
