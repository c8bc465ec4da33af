#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#
# Formats every tracked C++ file with the repository's .clang-format (scripts/test.sh checks it).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
command -v clang-format >/dev/null 2>&1 || {
    echo "format.sh: clang-format is missing; install it (apt-get install clang-format)" >&2
    exit 1
}
mapfile -t sources < <(git ls-files -- '*.cpp' '*.h')
if [ ${#sources[@]} -gt 0 ]; then
    clang-format -i "${sources[@]}"
fi
