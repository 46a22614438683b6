#!/usr/bin/env bash
# Kontor's one entry point for a fresh Debian 12 machine.
#   tools/dev.sh demo   install what is missing, build, start Kontor in demo mode
#   tools/dev.sh test   install what is missing, build, run every test suite (README's test command)
#   tools/dev.sh asan   build with AddressSanitizer + UBSan and run the unit and integration tests
#   tools/dev.sh setup  only install the Debian packages
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    build-essential cmake ninja-build ccache pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 qtkeychain-qt6-dev nlohmann-json3-dev libxkbcommon-dev libgl-dev
    libssl-dev
    dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth procps
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

setup() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build() {
    local preset=$1
    cmake --preset "$preset" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
    cmake --build --preset "$preset" -j "$(nproc)"
}

run_tests() {
    local preset=$1 dir=$2 exclude=$3
    # The whole run shares one temporary root (private HOME, D-Bus, gnome-keyring); the leak check reads
    # every file the run wrote plus the run's own output log before that root is removed.
    tests/run-with-keyring.sh bash -c '
        set -o pipefail
        log="$KONTOR_TEST_ROOT/../ctest-output.log"
        ctest --preset "$1" -j "$(nproc)" -LE "$2" --output-on-failure 2>&1 | tee "$log"
        status=${PIPESTATUS[0]}
        KONTOR_TEST_OUTPUT_LOG="$log" ctest --preset "$1" -L "leakcheck|i18naudit" --output-on-failure || status=1
        exit $status
    ' run-tests "$preset" "$exclude"
}

case "${1:-help}" in
setup)
    setup
    ;;
demo)
    setup
    build default
    exec ./build/src/app/kontor --demo
    ;;
test)
    setup
    build default
    run_tests default build "leakcheck|i18naudit"
    ;;
asan)
    setup
    build asan
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
    run_tests asan build-asan "leakcheck|i18naudit|gui|translations"
    ;;
*)
    sed -n '2,7p' "$0"
    exit 2
    ;;
esac
