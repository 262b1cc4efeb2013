#!/usr/bin/env bash
# Runs every libFuzzer target of a KEYWAY_FUZZ build for a bounded time each, starting from its seed corpora
# (listed by the build in fuzz/<target>.seeds), and fails when any target crashes, leaks or times out on an input.
# Usage: tests/run-fuzz.sh [BUILD_DIR (build/asan)] [SECONDS_PER_TARGET (60)] [TARGET ...]
# Crash inputs are kept in BUILD_DIR/fuzz/crashes/<target>/; each one becomes a regression test under tests/data.
# Prints each target's executions and coverage (libFuzzer's cov: and ft:) at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/asan}
seconds=${2:-60}
shift $(( $# > 2 ? 2 : $# ))
dir="$build/fuzz"
if [ ! -d "$dir" ]; then
    echo "no fuzz targets in $dir: configure with the asan preset (KEYWAY_FUZZ=ON)" >&2
    exit 2
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for exe in "$dir"/fuzz_*; do
        [ -x "$exe" ] && [ -f "$exe" ] && targets+=("$(basename "$exe")")
    done
fi
if [ ${#targets[@]} -eq 0 ]; then
    echo "no fuzz targets built in $dir" >&2
    exit 2
fi

# Leaks are found by the sanitizer test suite; here they would only stop long runs on Qt's one-time allocations.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

failed=0
summary=""
for t in "${targets[@]}"; do
    work="$dir/work/$t"
    crashes="$dir/crashes/$t"
    mkdir -p "$work" "$crashes"
    seeds=()
    if [ -f "$dir/$t.seeds" ]; then
        while IFS= read -r s; do
            [ -n "$s" ] && [ -d "$s" ] && seeds+=("$s")
        done < "$dir/$t.seeds"
    fi
    log="$dir/$t.log"
    echo "== $t: ${seconds}s"
    # -timeout: one input may take at most 10 s; -rss_limit_mb bounds memory (a billion-laughs must not pass).
    "$dir/$t" "$work" "${seeds[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$crashes/" -print_final_stats=1 > "$log" 2>&1
    rc=$?
    last=$(grep -aE '^#[0-9]+' "$log" | tail -1)
    execs=$(grep -a 'stat::number_of_executed_units' "$log" | awk '{print $2}')
    summary+=$(printf '%-24s rc=%d execs=%s %s' "$t" "$rc" "${execs:-?}" "$(echo "$last" | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9a-zA-Z]+')")$'\n'
    if [ $rc -ne 0 ]; then
        failed=1
        echo "!! $t failed (exit $rc); see $log and $crashes" >&2
        grep -aE 'ERROR|SUMMARY|artifact' "$log" | head -20 >&2
    fi
done
printf '%s' "$summary"
exit $failed
