# Shared by scripts/run, scripts/test and friends. Sourced, not run.

# Debian packages the build needs. One list, so every script installs the same set.
FOI_BUILD_PACKAGES=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools qt6-pdf-dev qt6-charts-dev
    libqt6opengl6-dev
    libkainjow-mustache-dev
    libsqlite3-dev sqlite3
    libsodium-dev
    libquazip1-qt6-dev qt6-5compat-dev libpoppler-qt6-dev
    libgmime-3.0-dev
    fonts-dejavu-core fonts-dejavu-extra
)
# Further packages the test suite uses (PDF inspection tools and the like).
# PostgreSQL and Qt's driver for it: the team-store tests start a throwaway server
# (scripts/lib/throwaway-postgres) and never use one set up by hand.
FOI_TEST_PACKAGES=(
    poppler-utils qpdf dpkg-dev file
    postgresql libqt6sql6-psql
)

# Further packages scripts/package uses to build and check the .deb.
FOI_PACKAGE_PACKAGES=(
    dpkg-dev file lintian desktop-file-utils appstream
)

foi_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
foi_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs the packages in "$@" that are missing, saying which, through apt-get as root or sudo.
foi_ensure_packages() {
    local missing=() package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    command -v apt-get >/dev/null || foi_die "apt-get not found: install by hand: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || foi_die "not root and no sudo: install by hand: ${missing[*]}"
        sudo=(sudo)
    fi
    foi_say "Installing Debian packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq ||
        foi_die "apt-get update failed"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" || foi_die "apt-get install failed for: ${missing[*]}"
}

# Configures (first time only) and builds a CMake preset incrementally: every target, or only the
# targets named after the preset (and what they link), so scripts/run compiles no test.
foi_build_preset() {
    local preset=$1 root
    shift
    root=$(foi_root)
    local dir="$root/build/$preset"
    if [ ! -f "$dir/build.ninja" ]; then
        foi_say "Configuring the '$preset' build in build/$preset"
        cmake --preset "$preset" -S "$root" >/dev/null || foi_die "cmake configure failed"
    fi
    foi_say "Building build/$preset"
    local targets=()
    [ $# -gt 0 ] && targets=(--target "$@")
    cmake --build "$dir" --parallel "$(nproc)" "${targets[@]}" || foi_die "build failed"
}

foi_root() { cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd; }

# ccache hits across clones (CI builds a fresh clone in another folder each time): hash paths
# relative to the source root rather than absolute.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(foi_root)}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
