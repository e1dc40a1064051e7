# shellcheck shell=bash
# Sourced by scripts/run and scripts/test: installs the missing Debian packages, then configures and
# builds Kafkascope with CMake and Ninja.
#
# Environment:
#   KAFKASCOPE_BUILD_DIR  build directory, relative to the repository root unless absolute
#                         (default: build, or build-asan when sanitizing)
#   KAFKASCOPE_SANITIZE   1 to build with AddressSanitizer and UndefinedBehaviorSanitizer

KAFKASCOPE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

KAFKASCOPE_PACKAGES=(
  build-essential cmake ninja-build qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libqt6sql6-sqlite libqcustomplot-dev libgl-dev xvfb xauth
)

case "${KAFKASCOPE_SANITIZE:-0}" in
  0) KAFKASCOPE_SANITIZE_CMAKE=OFF ;;
  1) KAFKASCOPE_SANITIZE_CMAKE=ON ;;
  *)
    echo "KAFKASCOPE_SANITIZE must be 0 or 1, not '${KAFKASCOPE_SANITIZE}'." >&2
    exit 1
    ;;
esac

if [[ $KAFKASCOPE_SANITIZE_CMAKE == ON ]]; then
  KAFKASCOPE_BUILD_DIR="${KAFKASCOPE_BUILD_DIR:-build-asan}"
else
  KAFKASCOPE_BUILD_DIR="${KAFKASCOPE_BUILD_DIR:-build}"
fi

ks_fail() {
  printf '%s\n' "$@" >&2
  exit 1
}

# Prints the packages from KAFKASCOPE_PACKAGES that are not installed, one per line.
ks_missing_packages() {
  local package status
  for package in "${KAFKASCOPE_PACKAGES[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
    if [[ $status != "install ok installed" ]]; then
      printf '%s\n' "$package"
    fi
  done
}

ks_install_missing_packages() {
  if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    ks_fail "Kafkascope's scripts install their dependencies with apt-get and need Debian 12." \
      "On another system, install the equivalent of: ${KAFKASCOPE_PACKAGES[*]}"
  fi

  local missing
  mapfile -t missing < <(ks_missing_packages)
  if ((${#missing[@]} == 0)); then
    return 0
  fi

  local as_root=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null ||
      ks_fail "These packages are missing: ${missing[*]}" \
        "You are not root and sudo is not installed. As root, run:" \
        "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
    as_root=(sudo)
  fi

  echo "Installing missing packages: ${missing[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
}

# Configures only when the build directory has no Ninja build yet or its sanitizer setting differs;
# afterwards Ninja reruns CMake by itself whenever a CMakeLists.txt changes.
ks_configure() {
  if [[ -f $KAFKASCOPE_BUILD_DIR/build.ninja ]] &&
    grep -qsx "KAFKASCOPE_SANITIZE:BOOL=$KAFKASCOPE_SANITIZE_CMAKE" "$KAFKASCOPE_BUILD_DIR/CMakeCache.txt"; then
    return 0
  fi
  cmake -S . -B "$KAFKASCOPE_BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DKAFKASCOPE_SANITIZE="$KAFKASCOPE_SANITIZE_CMAKE"
}

# Leaves the shell in the repository root with an up-to-date build in KAFKASCOPE_BUILD_DIR.
ks_prepare() {
  cd "$KAFKASCOPE_ROOT" || ks_fail "Cannot enter the repository root $KAFKASCOPE_ROOT."
  ks_install_missing_packages
  ks_configure
  cmake --build "$KAFKASCOPE_BUILD_DIR" -j "$(nproc)"
}
