#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#
# Installs what is missing, builds and runs every test, then checks formatting, fuzzes the open path
# briefly (dev only) and checks translations.
#   scripts/test.sh           the dev preset (Debug, warnings as errors)
#   scripts/test.sh --asan    the asan preset (AddressSanitizer and UndefinedBehaviorSanitizer)
# ISMS_JOBS limits the parallel build jobs (default: every processor).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib/deps.sh
source "$root/scripts/lib/deps.sh"

preset=dev
for argument in "$@"; do
    case "$argument" in
        --asan) preset=asan ;;
        -h | --help)
            sed -n '5,9p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *) isms_die "unknown argument \"$argument\"; use --asan or nothing" ;;
    esac
done

cd "$root"
isms_install_deps "${ISMS_PACKAGES[@]}"
isms_setup_ccache "$root"

if [ "$preset" = asan ]; then
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
    if [ -f "$root/tests/support/lsan.supp" ]; then
        export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/tests/support/lsan.supp:print_suppressions=0}"
    fi
fi

jobs="$(isms_jobs)"
isms_log "configuring the $preset preset"
cmake --preset "$preset"
isms_log "building with $jobs jobs"
cmake --build --preset "$preset" -j "$jobs"
isms_log "running the tests"
ctest --preset "$preset" -j "$jobs"

isms_log "checking the formatting"
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t sources < <(git -C "$root" ls-files -- '*.cpp' '*.h')
else
    mapfile -t sources < <(find core ui app tests -name '*.cpp' -o -name '*.h')
fi
if [ ${#sources[@]} -gt 0 ]; then
    clang-format --dry-run --Werror "${sources[@]}"
fi

if [ "$preset" = dev ]; then
    # A short smoke run of the open-path fuzzer from the seeds alone (scripts/fuzz.sh for long runs).
    isms_log "fuzzing the open path"
    rm -rf "$root/build/fuzz/corpus/smoke"
    ISMS_FUZZ_CORPUS="$root/build/fuzz/corpus/smoke" "$root/scripts/fuzz.sh" 20
fi

build_dir="$root/build/$preset"
for target in check_translations translations_check check-translations; do
    if ninja -C "$build_dir" -t targets all 2>/dev/null | grep -q "^$target:"; then
        isms_log "checking the translations"
        cmake --build "$build_dir" --target "$target"
        break
    fi
done

isms_log "all checks passed ($preset)"
