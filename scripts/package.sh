#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#
# Builds the release preset, makes the platform's package with CPack (a DEB here) and smoke-tests what
# the package holds: the desktop files validate, isms-cli creates, checks and exports a demo project,
# and isms-workbench --self-test passes.
# ISMS_JOBS limits the parallel build jobs (default: every processor).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib/deps.sh
source "$root/scripts/lib/deps.sh"

cd "$root"
isms_install_deps "${ISMS_PACKAGES[@]}" dpkg-dev desktop-file-utils appstream
isms_setup_ccache "$root"

build="$root/build/release"
cmake --preset release
cmake --build --preset release -j "$(isms_jobs)" --target isms-workbench isms-cli

isms_log "validating the desktop integration files"
desktop-file-validate "$root/packaging/linux/org.ismsworkbench.IsmsWorkbench.desktop"
appstreamcli validate --no-net "$root/packaging/linux/org.ismsworkbench.IsmsWorkbench.metainfo.xml"

isms_log "building the package"
rm -f "$build"/isms-workbench_*.deb
(cd "$build" && cpack -G DEB)
packages=("$build"/isms-workbench_*.deb)
[ -f "${packages[0]}" ] || isms_die "cpack wrote no package into $build"
package="${packages[0]}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$package" "$work/root"
export ISMS_ACTOR=package-test XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen
cli="$work/root/usr/bin/isms-cli"
"$cli" new "$work/demo.isms" --demo
"$cli" check "$work/demo.isms"
"$cli" export controls "$work/demo.isms" -o "$work/controls.pdf"
pdftotext "$work/controls.pdf" - | grep -q 'A\.8\.34' || isms_die "the exported report lacks A.8.34"
"$work/root/usr/bin/isms-workbench" --self-test

isms_log "package ready: $package"
dpkg-deb --field "$package" Package Version Depends
