#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#
# Installs what is missing, builds, and opens the demo project in ISMS Workbench.
#   scripts/run.sh                  the dev preset (Debug)
#   scripts/run.sh --release        the release preset (optimised)
#   scripts/run.sh [--release] -- ARGS...   runs isms-workbench ARGS... instead of --demo
# ISMS_JOBS limits the parallel build jobs (default: every processor).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib/deps.sh
source "$root/scripts/lib/deps.sh"

preset=dev
app_arguments=(--demo)
while [ $# -gt 0 ]; do
    case "$1" in
        --release) preset=release ;;
        --)
            shift
            app_arguments=("$@")
            break
            ;;
        -h | --help)
            sed -n '5,9p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *) isms_die "unknown argument \"$1\"; use --release, or -- followed by isms-workbench's arguments" ;;
    esac
    shift
done

cd "$root"
isms_install_deps "${ISMS_PACKAGES[@]}"
isms_setup_ccache "$root"
cmake --preset "$preset"
cmake --build --preset "$preset" -j "$(isms_jobs)" --target isms-workbench

app="$root/build/$preset/app/gui/isms-workbench"
[ -x "$app" ] || isms_die "the build did not produce $app"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname -s)" = Linux ] \
    && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    isms_log "no display found (DISPLAY and WAYLAND_DISPLAY are unset); running the self-test instead"
    QT_QPA_PLATFORM=offscreen exec "$app" --self-test
fi
exec "$app" "${app_arguments[@]}"
