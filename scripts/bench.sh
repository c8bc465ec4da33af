#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#
# Builds the release preset and measures the performance budget of ARCHITECTURE on demo projects of
# 1,000, 10,000 and 100,000 risks (isms-cli new --demo --scale N), each operation beside the baseline
# it is judged against, measured in the same run, and prints ONE table:
#   - start-up to the Risks page: isms-workbench FILE --screenshot out.bmp --page risks against
#     isms_bench_empty_window (an empty main window of the same size, shown, painted and saved the same
#     way: the image of the window as painted on the screen); both save an uncompressed BMP. Until the
#     Risks page exists the Assets page is measured (the table says which). For reference, the same
#     window with a menu bar and a plain 100-row table (isms_bench_empty_window PATH --table) is timed
#     too. The peak memory is that run's maximum resident set size;
#   - filtering the risk register on a keystroke, a bulk change of every risk's owner and the readiness
#     check (Google Benchmark, tests/bench);
#   - importing the register's risks from CSV with isms-cli import against sqlite3 .import --csv of the
#     same file into a plain table;
#   - the risk register PDF (isms-cli export risk-report), when this version has that command;
#   - the Statement of Applicability PDF of the demo project (isms-cli export soa), once, with the
#     process start and the opening of the file included;
#   - isms-cli check, and making the demo, for how cost grows.
# Everything is timed as the median of several runs (fewer at 100,000 risks); the raw output (the
# whole Google Benchmark suite and the isms-cli timings) goes to build/release/bench/details.txt.
#
# Environment: ISMS_JOBS limits the build jobs (default: every processor); ISMS_BENCH_SIZES (default
# "1000 10000 100000"); ISMS_BENCH_RUNS (runs per timing below 100,000 risks, default 5);
# ISMS_BENCH_LARGE_RUNS (at 100,000 risks and more, default 2); ISMS_BENCH_QUICK=1 skips the rest of the
# Google Benchmark suite and the isms-cli timings of details.txt.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib/deps.sh
source "$root/scripts/lib/deps.sh"

cd "$root"
isms_install_deps "${ISMS_PACKAGES[@]}"
isms_setup_ccache "$root"
cmake --preset release >/dev/null
cmake --build --preset release -j "$(isms_jobs)" \
    --target isms_benchmarks isms_bench_empty_window isms-cli isms-workbench >/dev/null

build="$root/build/release"
bench="$build/tests/bench/isms_benchmarks"
empty="$build/tests/bench/isms_bench_empty_window"
cli="$build/app/cli/isms-cli"
gui="$build/app/gui/isms-workbench"
read -r -a sizes <<<"${ISMS_BENCH_SIZES:-1000 10000 100000}"
small_runs="${ISMS_BENCH_RUNS:-5}"
large_runs="${ISMS_BENCH_LARGE_RUNS:-2}"
mkdir -p "$build/bench"
details="$build/bench/details.txt"
: >"$details"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export ISMS_ACTOR=bench XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen
load_at_start="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
started=$(date +%s)

say() {
    printf 'bench.sh: %s\n' "$*" >&2
}

runs_for() {
    if [ "$1" -ge 100000 ]; then echo "$large_runs"; else echo "$small_runs"; fi
}

# Milliseconds since the epoch, with microseconds.
now_ms() {
    local ns
    ns=$(date +%s%N)
    printf '%d.%03d\n' $((ns / 1000000)) $(((ns / 1000) % 1000))
}

# Runs "$@" once, quietly, and prints its wall time in milliseconds; fails when the command fails.
time_once() {
    local start end
    start=$(now_ms)
    "$@" >/dev/null 2>>"$details" || { say "failed: $*"; return 1; }
    end=$(now_ms)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f\n", b - a }'
}

# Like time_once under /usr/bin/time, and prints "MILLISECONDS KILOBYTES" (the maximum resident set).
time_with_memory() {
    local milliseconds
    milliseconds=$(time_once /usr/bin/time -f %M -o "$work/rss" "$@")
    printf '%s %s\n' "$milliseconds" "$(tail -1 "$work/rss")"
}

median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit; print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

declare -A result # "row,size" -> milliseconds (or MB for memory), or text

# The page the start-up is measured on: Risks once it exists, Assets until then.
page=risks
if ! "$gui" --help 2>/dev/null | tr -s '\n ' '  ' | grep -Eq '[:,] risks[,.]'; then
    page=assets
fi

# The risk register PDF, when this version can export it.
pdf_available=0

for size in "${sizes[@]}"; do
    runs=$(runs_for "$size")
    project="$work/demo-$size.isms"
    say "$size risks: making the demo"
    result["create,$size"]=$(time_once "$cli" new "$project" --demo --scale "$size")

    say "$size risks: start-up ($runs runs each, page $page)"
    gui_times=()
    empty_times=()
    table_times=()
    peak=0
    empty_peak=0
    for ((i = 0; i < runs; i++)); do
        read -r milliseconds kilobytes < <(time_with_memory "$empty" "$work/empty.bmp")
        empty_times+=("$milliseconds")
        [ "$kilobytes" -gt "$empty_peak" ] && empty_peak=$kilobytes
        read -r milliseconds kilobytes < <(time_with_memory "$empty" "$work/table.bmp" --table)
        table_times+=("$milliseconds")
        read -r milliseconds kilobytes < <(time_with_memory "$gui" "$project" --screenshot "$work/shot.bmp" \
            --page "$page")
        gui_times+=("$milliseconds")
        [ "$kilobytes" -gt "$peak" ] && peak=$kilobytes
    done
    result["startup,$size"]=$(printf '%s\n' "${gui_times[@]}" | median)
    result["empty,$size"]=$(printf '%s\n' "${empty_times[@]}" | median)
    result["table,$size"]=$(printf '%s\n' "${table_times[@]}" | median)
    result["memory,$size"]=$(awk -v k="$peak" 'BEGIN { printf "%.0f\n", k / 1024 }')
    result["empty-memory,$size"]=$(awk -v k="$empty_peak" 'BEGIN { printf "%.0f\n", k / 1024 }')

    say "$size risks: filter, bulk change and readiness check (Google Benchmark)"
    min_time=0.5
    [ "$size" -ge 100000 ] && min_time=0.1
    env "ISMS_BENCH_PROJECT_$size=$project" "$bench" \
        --benchmark_filter="^(filterRisksOnAKeystroke|bulkChangeRiskOwner|readinessCheck)/$size\$" \
        --benchmark_min_time="$min_time" --benchmark_format=csv 2>>"$details" >"$work/gbench.csv"
    cat "$work/gbench.csv" >>"$details"
    # CSV: name,iterations,real_time,cpu_time,time_unit,...
    for name in filterRisksOnAKeystroke bulkChangeRiskOwner readinessCheck; do
        value=$(awk -F, -v n="\"$name/$size\"" '$1 == n {
            f = ($5 == "\"ns\"" || $5 == "ns") ? 1e-6 : ($5 == "\"us\"" || $5 == "us") ? 1e-3 : ($5 == "\"s\"" || $5 == "s") ? 1000 : 1
            printf "%.3f\n", $3 * f }' "$work/gbench.csv")
        result["$name,$size"]="$value"
    done

    say "$size risks: import from CSV ($runs runs each)"
    csv="$work/risks-$size.csv"
    "$cli" export risks "$project" -o "$csv" >/dev/null
    "$cli" new "$work/template.isms" --org Bench >/dev/null
    import_times=()
    sqlite_times=()
    for ((i = 0; i < runs; i++)); do
        cp "$work/template.isms" "$work/target.isms"
        rm -f "$work/plain.db"
        # The target has no assets, so the links travel no further than the file: --map leaves them out.
        # Each run has settings of its own: the target is a fresh copy of the template each time, which
        # remembered history would take for a file rolled back behind its back and check in full.
        rm -rf "$work/import-config"
        import_times+=("$(XDG_CONFIG_HOME="$work/import-config" time_once "$cli" import risks \
            "$work/target.isms" "$csv" --map 'assets=,existing_controls=,planned_controls=')")
        sqlite_times+=("$(time_once sqlite3 "$work/plain.db" ".import --csv $csv risk")")
    done
    result["import,$size"]=$(printf '%s\n' "${import_times[@]}" | median)
    result["sqlite,$size"]=$(printf '%s\n' "${sqlite_times[@]}" | median)
    rm -f "$work/template.isms" "$work/target.isms" "$work/plain.db" "$csv"

    if [ "$size" = "${sizes[0]}" ]; then
        # Exit code 2: this version has no such export (a usage error); anything else but 0 is a failure.
        pdf_status=0
        "$cli" export risk-report "$project" -o "$work/risks.pdf" >/dev/null 2>>"$details" || pdf_status=$?
        case "$pdf_status" in
        0) pdf_available=1 ;;
        2) pdf_available=0 ;;
        *) pdf_available=failed ;;
        esac
    fi
    if [ "$pdf_available" = 1 ]; then
        say "$size risks: risk register PDF"
        pdf_times=()
        for ((i = 0; i < runs; i++)); do
            pdf_times+=("$(time_once "$cli" export risk-report "$project" -o "$work/risks.pdf")")
        done
        result["pdf,$size"]=$(printf '%s\n' "${pdf_times[@]}" | median)
    fi

    say "$size risks: isms-cli check"
    check_times=()
    for ((i = 0; i < runs; i++)); do
        check_times+=("$(time_once "$cli" check "$project")")
    done
    result["check,$size"]=$(printf '%s\n' "${check_times[@]}" | median)
    rm -f "$project"
done

# The Statement of Applicability does not grow with the risks: measured once, on the demo project.
soa_result=""
soa_demo="$work/soa-demo.isms"
"$cli" new "$soa_demo" --demo >/dev/null
if "$cli" export soa "$soa_demo" -o "$work/soa.pdf" >/dev/null 2>>"$details"; then
    say "the Statement of Applicability PDF of the demo project"
    soa_times=()
    for ((i = 0; i < small_runs; i++)); do
        soa_times+=("$(time_once "$cli" export soa "$soa_demo" -o "$work/soa.pdf")")
    done
    soa_result=$(printf '%s
' "${soa_times[@]}" | median)
fi
rm -f "$soa_demo"

if [ -z "${ISMS_BENCH_QUICK:-}" ]; then
    say "the rest of the Google Benchmark suite and isms-cli timings (into $details)"
    {
        echo "== Google Benchmark suite (build/release, $(nproc) processors)"
        "$bench" --benchmark_filter='-(filterRisksOnAKeystroke|bulkChangeRiskOwner|readinessCheck)' 2>&1
        echo
        echo "== isms-cli as a process on the demo project (median of $small_runs runs)"
        demo="$work/demo.isms"
        "$cli" new "$demo" --demo >/dev/null
        for command in "--version" "info $demo" "controls $demo" "list risks $demo" "check $demo" \
            "export controls $demo -o $work/controls.pdf"; do
            read -r -a arguments <<<"$command"
            times=()
            for ((i = 0; i < small_runs; i++)); do
                times+=("$(time_once "$cli" "${arguments[@]}")")
            done
            printf '%-40s %8s ms\n' "isms-cli ${command//$work\//}" "$(printf '%s\n' "${times[@]}" | median)"
        done
    } >>"$details" 2>&1
fi

# ------------------------------------------------------------------------------------------- table

# Formats milliseconds: "0.31 ms", "8.2 ms", "430 ms", "3.41 s".
ms() {
    awk -v v="$1" 'BEGIN {
        if (v == "") { print "-"; exit }
        if (v < 1) printf "%.2f ms\n", v; else if (v < 10) printf "%.1f ms\n", v;
        else if (v < 1000) printf "%.0f ms\n", v; else printf "%.2f s\n", v / 1000 }'
}

ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "-"; else printf "%.1fx\n", a / b }'
}

# How the cost per risk grows from the smallest to the largest size (1.0x: flat).
growth() {
    local first="${sizes[0]}" last="${sizes[-1]}"
    awk -v a="${result[$1,$first]:-}" -v b="${result[$1,$last]:-}" -v n="$first" -v m="$last" 'BEGIN {
        if (a == "" || b == "" || a == 0 || n == m) print "-"; else printf "%.2fx\n", (b / m) / (a / n) }'
}

at10k=10000
verdict() { # verdict VALUE LIMIT -> "ok" or "over"
    awk -v v="$1" -v l="$2" 'BEGIN { if (v == "") print "-"; else if (v <= l) print "ok"; else print "over" }'
}

row() {
    local label="$1" key="$2" unit="$3" budget="$4" check="$5"
    local cells=() size
    for size in "${sizes[@]}"; do
        case "$unit" in
        mb) cells+=("${result[$key,$size]:+${result[$key,$size]} MB}") ;;
        text) cells+=("${result[$key,$size]:-}") ;;
        *) cells+=("$(ms "${result[$key,$size]:-}")") ;;
        esac
    done
    printf '%-46s' "$label"
    for cell in "${cells[@]}"; do printf ' %14s' "${cell:--}"; done
    local grows="-"
    [[ "$label" == " "* ]] || [ "$unit" = mb ] || grows="$(growth "$key")" # not for baselines and memory
    printf '  %-9s %-28s %s\n' "$grows" "$budget" "$check"
}

startup_label="start-up to the Risks page"
[ "$page" = risks ] || startup_label="start-up, Assets page (no Risks page yet)"
startup_ratio=$(ratio "${result[startup,$at10k]:-}" "${result[empty,$at10k]:-}")
import_ratio=$(ratio "${result[import,$at10k]:-}" "${result[sqlite,$at10k]:-}")

echo
echo "ISMS Workbench performance budget ($(date -u +%Y-%m-%d), release build, $(nproc) processors:" \
    "$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //'), load average at start" \
    "$load_at_start; QT_QPA_PLATFORM=offscreen)"
echo "Median of $small_runs runs ($large_runs at 100,000 risks and more); Google Benchmark's mean for filter," \
    "bulk change and readiness check. Growth: cost per risk at ${sizes[-1]} risks over cost per risk at ${sizes[0]}."
echo
printf '%-46s' "operation"
for size in "${sizes[@]}"; do printf ' %14s' "$(printf "%'d risks" "$size" 2>/dev/null || echo "$size risks")"; done
printf '  %-9s %-28s %s\n' "growth" "budget (at 10,000 risks)" "at 10,000 risks"
row "$startup_label" startup ms "< 2x the empty window" "$startup_ratio"
row "  baseline: empty Qt Widgets window" empty ms "" ""
row "  for reference: it with a menu and a table" table ms "" \
    "$(ratio "${result[table,$at10k]:-}" "${result[empty,$at10k]:-}") the empty window"
row "peak memory of that start-up" memory mb "< 150 MB" "$(verdict "${result[memory,$at10k]:-}" 150)"
row "  baseline: empty Qt Widgets window" empty-memory mb "" ""
row "filter on a keystroke (model and proxy)" filterRisksOnAKeystroke ms "< 10 ms" \
    "$(verdict "${result[filterRisksOnAKeystroke,$at10k]:-}" 10)"
row "bulk change of every risk's owner" bulkChangeRiskOwner ms "< 1 s, one transaction" \
    "$(verdict "${result[bulkChangeRiskOwner,$at10k]:-}" 1000)"
row "readiness check (every rule)" readinessCheck ms "< 200 ms" \
    "$(verdict "${result[readinessCheck,$at10k]:-}" 200)"
row "import risks from CSV (isms-cli import)" import ms "< 3x sqlite3 .import" "$import_ratio"
row "  baseline: sqlite3 .import --csv" sqlite ms "" ""
if [ "$pdf_available" = 1 ]; then
    row "risk register PDF (isms-cli export)" pdf ms "< 5 s" "$(verdict "${result[pdf,$at10k]:-}" 5000)"
elif [ "$pdf_available" = failed ]; then
    printf '%-46s %s\n' "risk register PDF (isms-cli export)" "failed (see the details)"
else
    printf '%-46s %s\n' "risk register PDF (isms-cli export)" "n/a (not built yet)"
fi
if [ -n "$soa_result" ]; then
    printf '%-46s %14s %14s %14s  %-9s %-28s %s\n' "SoA PDF of the demo (isms-cli export soa)" "$(ms "$soa_result")" \
        "" "" "" "< 0.3 s (93 controls)" "$(verdict "$soa_result" 300)"
fi
row "isms-cli check (integrity, change log)" check ms "(none)" ""
row "make the demo (isms-cli new --scale)" create ms "(none)" ""
echo
echo "Whole run: $(($(date +%s) - started)) s. Details: ${details#"$root"/}"
