#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#
# Builds the fuzz preset (clang, libFuzzer, AddressSanitizer, UndefinedBehaviorSanitizer) and runs the
# open-path fuzzer (tests/fuzz) for SECONDS (default 60) with one worker:
#   scripts/fuzz.sh [SECONDS] [LIBFUZZER_OPTION ...]      e.g. scripts/fuzz.sh 1800, scripts/fuzz.sh 0 -runs=1000000
# The corpus grows in build/fuzz/corpus/open, seeded from real project files written by isms_fuzz_seeds;
# crashing inputs go to build/fuzz/artifacts/ and the whole log to build/fuzz/fuzz-CORPUS.log.
# Prints the number of executions; exits 0 when no crash was found, 1 otherwise.
# ISMS_FUZZ_CORPUS names another corpus folder (scripts/test.sh starts from an empty one each time, so
# that its smoke run does not first replay a corpus grown by long runs).
# ISMS_JOBS limits the parallel build jobs (default: every processor).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib/deps.sh
source "$root/scripts/lib/deps.sh"

seconds=60
if [ $# -gt 0 ]; then
    case "$1" in
        -h | --help)
            sed -n '5,13p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        -*) ;;
        *)
            [[ "$1" =~ ^[0-9]+$ ]] || isms_die "\"$1\" is not a number of seconds; use for example scripts/fuzz.sh 60"
            seconds="$1"
            shift
            ;;
    esac
fi

cd "$root"
isms_install_deps "${ISMS_PACKAGES[@]}"
isms_setup_ccache "$root"
isms_log "building the fuzz preset"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(isms_jobs)" --target isms_fuzz_open isms_fuzz_seeds

build="$root/build/fuzz"
fuzzer="$build/tests/fuzz/isms_fuzz_open"
seeds="$build/seeds"
corpus="${ISMS_FUZZ_CORPUS:-$build/corpus/open}"
artifacts="$build/artifacts"
log="$build/fuzz-$(basename "$corpus").log"
mkdir -p "$seeds" "$corpus" "$artifacts"

# Fresh seeds every run, so that they follow the current schema and demo data.
rm -f "$seeds"/*.isms
if ! seed_output="$("$build/tests/fuzz/isms_fuzz_seeds" "$seeds" 2>&1)"; then
    printf '%s\n' "$seed_output" >&2
    isms_die "the seed corpus could not be written"
fi

# libFuzzer truncates inputs longer than -max_len: leave room above the largest seed.
largest="$(find "$seeds" "$corpus" -type f -printf '%s\n' | sort -n | tail -n 1)"
max_len=$((${largest:-0} + 65536))
[ "$max_len" -ge 262144 ] || max_len=262144

# Each execution writes two project files and SQLite syncs them: keep them in memory when possible.
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
    export TMPDIR=/dev/shm
fi
# A smaller quarantine and shorter allocation stacks double the speed; a crash found this way is
# reproduced with full reports by running the fuzzer on the saved input.
export ASAN_OPTIONS="${ASAN_OPTIONS:-quarantine_size_mb=16:max_malloc_fill_size=0:malloc_context_size=4}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

isms_log "fuzzing the open path for $seconds s (log: ${log#"$root"/})"
status=0
"$fuzzer" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=4096 \
    -dict="$root/tests/fuzz/open-path.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
    "$@" "$corpus" "$seeds" >"$log" 2>&1 || status=$?

executions="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
# libFuzzer exits with 72 when interrupted (Ctrl+C, SIGINT): a stopped run, not a crash.
if [ "$status" -eq 72 ] && grep -q 'libFuzzer: run interrupted' "$log"; then
    echo "fuzz: ${executions:-0} executions before the run was interrupted, no crash"
    exit 0
fi
if [ "$status" -ne 0 ]; then
    tail -n 60 "$log" >&2
    isms_log "the fuzzer found a crash after ${executions:-an unknown number of} executions (exit $status);"
    isms_log "the input is in ${artifacts#"$root"/}/; rerun it with: $fuzzer FILE"
    exit 1
fi
grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 || true
echo "fuzz: ${executions:-0} executions in $seconds s, no crash (corpus: $(find "$corpus" -type f | wc -l) files)"
