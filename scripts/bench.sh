#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#
# Builds the release preset and measures the performance budget of ARCHITECTURE:
#   1. the Google Benchmark suite (tests/bench), with any arguments passed on (--benchmark_filter=...);
#   2. isms-cli commands on a demo project, timed as whole processes (hyperfine when installed,
#      otherwise a loop of ISMS_BENCH_RUNS runs, default 20).
# ISMS_JOBS limits the parallel build jobs (default: every processor).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib/deps.sh
source "$root/scripts/lib/deps.sh"

cd "$root"
isms_install_deps "${ISMS_PACKAGES[@]}"
isms_setup_ccache "$root"
cmake --preset release >/dev/null
cmake --build --preset release -j "$(isms_jobs)" --target isms_benchmarks isms-cli

bench="$root/build/release/tests/bench/isms_benchmarks"
cli="$root/build/release/app/cli/isms-cli"
runs="${ISMS_BENCH_RUNS:-20}"

echo "== Google Benchmark (build/release, $(nproc) processors)"
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$bench" "$@"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export ISMS_ACTOR=bench XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen
demo="$work/demo.isms"
"$cli" new "$demo" --demo >/dev/null

# Times "$@" $runs times and prints mean, min and max in milliseconds.
time_loop() {
    local label="$1"
    shift
    local i start end
    local samples=()
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        samples+=($(((end - start) / 1000)))
    done
    printf '%s\n' "${samples[@]}" | awk -v label="$label" -v runs="$runs" '
        { sum += $1; if (min == "" || $1 < min) min = $1; if ($1 > max) max = $1 }
        END { printf "%-52s mean %8.1f ms   min %8.1f ms   max %8.1f ms   (%d runs)\n",
              label, sum / NR / 1000, min / 1000, max / 1000, runs }'
}

# Alternates a control's status so that every run writes one logged change.
status_flip=0
change_control() {
    status_flip=$((1 - status_flip))
    if [ "$status_flip" -eq 1 ]; then
        "$cli" control "$demo" 5.7 --status planned
    else
        "$cli" control "$demo" 5.7 --status partial
    fi
}

read_commands=(
    "--version"
    "info $demo"
    "controls $demo"
    "controls $demo --format csv"
    "controls $demo --format json"
    "control $demo A.5.1"
    "history $demo"
    "check $demo"
    "export controls $demo -o $work/controls.pdf"
)

echo
echo "== isms-cli as a process (demo project, release build)"
if command -v hyperfine >/dev/null 2>&1; then
    hyperfine_commands=()
    for command in "${read_commands[@]}"; do
        hyperfine_commands+=("$cli $command")
    done
    hyperfine --shell=none --warmup 3 --runs "$runs" --style basic "${hyperfine_commands[@]}"
else
    echo "(hyperfine is not installed; timing with a loop of date +%s%N)"
    for command in "${read_commands[@]}"; do
        read -r -a arguments <<<"$command"
        time_loop "isms-cli ${command//$work\//}" "$cli" "${arguments[@]}"
    done
fi
time_loop "isms-cli control demo.isms 5.7 --status ..." change_control

# Creates a new empty project under a fresh name each time.
serial=0
new_project() {
    serial=$((serial + 1))
    "$cli" new "$work/new-$serial.isms" --org Bench
}
time_loop "isms-cli new (empty project)" new_project
