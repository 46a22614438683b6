#!/usr/bin/env bash
# Kontor's one entry point for a fresh Debian 12 machine.
#   tools/dev.sh demo   install what is missing, build, start Kontor in demo mode
#   tools/dev.sh test   install what is missing, build, run every test suite (README's test command)
#   tools/dev.sh asan   build with AddressSanitizer + UBSan and run the unit and integration tests
#   tools/dev.sh fuzz [SECONDS [TARGET...]]  build the libFuzzer targets (clang) and run each for SECONDS (60)
#   tools/dev.sh package        build, then the Debian and RPM packages into build/ (kontor_*.deb, kontor-*.rpm)
#   tools/dev.sh package-check  package, lint them (lintian, desktop-file-validate, appstreamcli, groff), install
#                               the .deb, run the installed kontor-cli and kontor, remove it again (root or sudo)
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
# Only the fuzz command needs clang and libFuzzer (libclang_rt.fuzzer is in libclang-rt-14-dev).
fuzz_packages=(clang libclang-rt-14-dev)
# Only the package commands: dpkg-shlibdeps, rpmbuild, and the checkers of packages, desktop files and man pages.
package_packages=(dpkg-dev rpm lintian desktop-file-utils appstream file groff-base)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

setup() {
    local missing=()
    for p in "${packages[@]}" "$@"; do
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

# Runs every fuzz target (or the named ones) for $1 seconds each, one after the other, on a fresh copy of its
# seed corpus under build-fuzz/fuzz-run (the repository is only read). Crash, leak, timeout and out-of-memory
# inputs are kept in build-fuzz/fuzz-artifacts/<target>/; any of them fails the run.
run_fuzz() {
    local seconds=$1
    shift
    local manifest=build-fuzz/tests/fuzz/fuzz-targets.txt run=build-fuzz/fuzz-run
    rm -rf "$run"
    local total=0 failed=0 found=0
    printf '%-12s %12s %9s  %s\n' target executions "exec/s" result
    while IFS='|' read -r name exe regressions seeds dicts; do
        if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then
            continue
        fi
        found=$((found + 1))
        local dir=$run/$name artifacts=build-fuzz/fuzz-artifacts/$name/
        mkdir -p "$dir/corpus" "$artifacts"
        local seed
        IFS=';' read -ra seed_dirs <<<"$seeds"
        for seed in "${seed_dirs[@]}"; do
            cp -r "$seed/." "$dir/corpus/"
        done
        local inputs=("$dir/corpus")
        [ -d "$regressions" ] && inputs+=("$regressions")
        local options=(-max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
                       -artifact_prefix="$artifacts")
        if [ -n "$dicts" ]; then
            IFS=';' read -ra dict_files <<<"$dicts"
            cat "${dict_files[@]}" >"$dir/fuzz.dict"
            options+=(-dict="$dir/fuzz.dict")
        fi
        local status=0
        nice -n 10 "$exe" "${options[@]}" "${inputs[@]}" >"$dir/fuzz.log" 2>&1 </dev/null || status=$?
        local runs rate
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/fuzz.log" | tail -n 1)
        rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/fuzz.log" | tail -n 1)
        runs=${runs:-0}
        total=$((total + runs))
        local result=ok
        if [ "$status" -ne 0 ]; then
            failed=$((failed + 1))
            local kept
            kept=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$dir/fuzz.log" | tr '\n' ' ')
            result="FAILED (exit $status): ${kept:-no input written}; log $dir/fuzz.log"
        fi
        printf '%-12s %12s %9s  %s\n' "$name" "$runs" "${rate:-0}" "$result"
    done <"$manifest"
    if [ "$found" -eq 0 ]; then
        echo "no fuzz target matches: $*" >&2
        return 2
    fi
    echo "total: $total executions in $found targets, $failed failed"
    [ "$failed" -eq 0 ]
}

# The packages of the default build, into build/. CPack strips the executables and runs dpkg-shlibdeps.
make_packages() {
    rm -f build/kontor_*.deb build/kontor-*.rpm
    (cd build && cpack -G "DEB;RPM" >cpack.log 2>&1) || { cat build/cpack.log; return 1; }
    ls -l build/kontor_*.deb build/kontor-*.rpm
}

remove_package() {
    as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq kontor >/dev/null || true
}

# Checks the packages made by make_packages, then installs the .deb and runs what it installed. The package is
# removed again on the way out, whatever happened, so later steps test the build tree.
check_packages() {
    local deb rpm
    deb=$(ls build/kontor_*.deb)
    rpm=$(ls build/kontor-*.rpm)
    echo "-- lintian $deb"
    lintian --fail-on error --tag-display-limit 0 --allow-root "$deb"
    echo "-- desktop-file-validate, appstreamcli validate, groff"
    desktop-file-validate resources/io.github.kontor.Kontor.desktop
    appstreamcli validate --no-net resources/io.github.kontor.Kontor.metainfo.xml
    local page warnings
    for page in packaging/man/*.1; do
        warnings=$(LC_ALL=C.UTF-8 groff -wall -man -Tutf8 -z "$page" 2>&1)
        if [ -n "$warnings" ]; then
            echo "$page: $warnings" >&2
            return 1
        fi
    done
    echo "-- $rpm"
    rpm -qp --qf '%{NAME} %{VERSION} %{LICENSE}\n' "$rpm"
    rpm -qpl "$rpm" | grep -c . | sed 's/^/files: /'
    rpm -qp --requires "$rpm" | grep -q 'libQt6Widgets' || { echo "$rpm: no Qt requirement" >&2; return 1; }

    echo "-- install $deb"
    dpkg-deb -f "$deb" Depends
    trap remove_package EXIT
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
    local home
    home=$(mktemp -d)
    # The installed files only: no build tree, a private HOME and session bus, no display.
    (
        cd "$home"
        export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share QT_QPA_PLATFORM=offscreen
        unset KONTOR_CONFIG_DIR KONTOR_DATA_DIR KONTOR_LOG_DIR
        /usr/bin/kontor-cli --version
        /usr/bin/kontor --version
        dpkg -L kontor | grep -E 'bin/|\.desktop|metainfo|man1|doc/|512x512|scalable' | tr '\n' ' '
        echo
        dbus-run-session -- /usr/bin/kontor --demo --screenshot "$home/kontor.png" </dev/null
        test -s "$home/kontor.png"
        file "$home/kontor.png"
        cp "$home/kontor.png" "$OLDPWD/build/package-check-screenshot.png"
    )
    local status=$?
    rm -rf "$home"
    return $status
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
fuzz)
    shift
    seconds=${1:-60}
    if [ $# -gt 0 ]; then shift; fi
    if ! [[ $seconds =~ ^[0-9]+$ ]]; then
        echo "usage: tools/dev.sh fuzz [SECONDS [TARGET...]]" >&2
        exit 2
    fi
    setup "${fuzz_packages[@]}"
    build fuzz
    run_fuzz "$seconds" "$@"
    ;;
package)
    setup "${package_packages[@]}"
    build default
    make_packages
    ;;
package-check)
    setup "${package_packages[@]}"
    build default
    make_packages
    check_packages
    ;;
*)
    sed -n '2,11p' "$0"
    exit 2
    ;;
esac
