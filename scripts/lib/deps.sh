# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
# shellcheck shell=bash
#
# Shared by scripts/test.sh, scripts/run.sh and scripts/bench.sh: the Debian/Ubuntu packages that
# build, test and run ISMS Workbench, and a function that installs the missing ones. Source it.

# Keep this list in step with README.md ("Packages").
ISMS_PACKAGES=(
    cmake ninja-build g++
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins libgl-dev libvulkan-dev libxkbcommon-dev
    libgtest-dev libgmock-dev googletest libbenchmark-dev libboost-dev libboost-graph-dev
    libquazip1-qt6-dev libsqlite3-dev libssl-dev zlib1g-dev
    qpdf poppler-utils xvfb xauth clang-format fonts-dejavu-core qt6-translations-l10n
    ccache clang libclang-rt-14-dev strace sqlite3 time
)

isms_log() {
    printf '%s: %s\n' "${0##*/}" "$*" >&2
}

isms_die() {
    isms_log "$*"
    exit 1
}

# Prints the packages of ISMS_PACKAGES (or of the arguments) that are not installed, one per line.
isms_missing_packages() {
    local package
    local packages=("$@")
    [ ${#packages[@]} -gt 0 ] || packages=("${ISMS_PACKAGES[@]}")
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
            printf '%s\n' "$package"
        fi
    done
}

# Installs the missing packages with apt-get, as root or through sudo. Does nothing when all are
# present, so it needs no network then. Outside Debian and Ubuntu it only explains what to install.
isms_install_deps() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        isms_log "not a Debian or Ubuntu system: install the packages named in README.md yourself"
        return 0
    fi
    local missing
    mapfile -t missing < <(isms_missing_packages "$@")
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 \
            || isms_die "missing packages (${missing[*]}) and no sudo; install them as root with apt-get"
        sudo=(sudo)
    fi
    isms_log "installing ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q \
        || isms_die "apt-get update failed; check the network and the package sources"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" \
        || isms_die "apt-get install failed for: ${missing[*]}"
}

# Compiles go through ccache (CMake's ISMS_CCACHE). Paths are rewritten relative to the checkout, so a
# fresh clone anywhere on this machine (CI's) reuses what earlier builds compiled.
isms_setup_ccache() {
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$1}"
    export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
    export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
}

# The number of parallel build jobs: ISMS_JOBS when set, otherwise every processor.
isms_jobs() {
    if [ -n "${ISMS_JOBS:-}" ]; then
        printf '%s\n' "$ISMS_JOBS"
    else
        nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2
    fi
}
