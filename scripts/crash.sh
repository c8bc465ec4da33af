#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#
# Builds the dev preset and runs the crash harness (tests/crash) for a long run:
#   scripts/crash.sh [KILLS] [DRIVER OPTIONS...]     KILLS defaults to 200
# A child process edits one project through the core services and is killed with SIGKILL, at random
# moments and inside fsync (through strace, when it may trace); after every kill the file must open,
# pass the integrity check and hold every change the child reported as committed. The driver prints
# its seed (replay with --seed S) and a summary line, and exits 0 only when nothing was found.
# ISMS_JOBS limits the parallel build jobs (default: every processor).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib/deps.sh
source "$root/scripts/lib/deps.sh"

kills=200
if [ $# -gt 0 ]; then
    case "$1" in
        -h | --help)
            sed -n '5,11p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        [0-9]*)
            kills="$1"
            shift
            ;;
    esac
fi

cd "$root"
isms_install_deps "${ISMS_PACKAGES[@]}"
isms_setup_ccache "$root"
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(isms_jobs)" --target isms_crash_driver

exec "$root/build/dev/tests/crash/isms_crash_driver" --kills "$kills" "$@"
