# Shared by scripts/run and scripts/test: find the project, get root for apt, install what is missing.
# shellcheck shell=bash
set -euo pipefail
SKYBEAM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SKYBEAM_ROOT

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the packages of scripts/packages.txt that are not installed yet; does nothing when all are.
install_packages() {
    local wanted missing=()
    wanted=$(grep -v -E '^\s*(#|$)' "$SKYBEAM_ROOT/scripts/packages.txt")
    for pkg in $wanted; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    # Debian's nodejs comes without npm; other builds of nodejs (nodesource) include it and conflict.
    if ! command -v npm >/dev/null 2>&1 && ! printf '%s\n' "${missing[@]}" | grep -qx nodejs; then
        missing+=(npm)
    fi
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    if ! command -v npm >/dev/null 2>&1; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm
    fi
}

# configure_and_build BUILD_DIR [extra cmake args...]
configure_and_build() {
    local dir=$1
    shift
    cmake -S "$SKYBEAM_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$dir" --parallel "$(nproc)"
}
