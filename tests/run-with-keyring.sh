#!/usr/bin/env bash
# Runs a command the way Kontor's tests expect to run: a private HOME and XDG folders, a private D-Bus
# session bus, a real gnome-keyring (Secret Service) unlocked on it, and KONTOR_TEST_ROOT for every
# directory a test creates. Everything lives under one temporary root, which the secret scan reads
# afterwards (tests/check-no-secrets.sh) and which is removed at the end.
#   tests/run-with-keyring.sh <command> [args...]
# KONTOR_KEEP_TEST_ROOT=1 keeps the root for inspection.
set -euo pipefail

root=$(mktemp -d "${TMPDIR:-/tmp}/kontor-test.XXXXXX")
cleanup() {
    if [ "${KONTOR_KEEP_TEST_ROOT:-0}" != 1 ]; then rm -rf "$root"; else echo "test root kept: $root"; fi
}
trap cleanup EXIT

export HOME="$root/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export XDG_STATE_HOME="$HOME/.local/state" XDG_RUNTIME_DIR="$root/run"
export KONTOR_TEST_ROOT="$root/work"
# Every process of the run checks its translation lookups here (src/core/I18n.cpp); a nested run keeps the
# outer run's directory, so one check sees them all.
export KONTOR_I18N_AUDIT_DIR="${KONTOR_I18N_AUDIT_DIR:-$KONTOR_TEST_ROOT/i18n-audit}"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$KONTOR_TEST_ROOT"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

# Inside the private bus: start and unlock the keyring with an empty password, then run the command.
dbus-run-session -- bash -c '
    set -e
    eval "$(printf "\n" | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
    export GNOME_KEYRING_CONTROL
    # Wait until the Secret Service answers on the bus.
    for _ in $(seq 1 50); do
        if dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
             org.freedesktop.DBus.Peer.Ping >/dev/null 2>&1; then break; fi
        sleep 0.1
    done
    set +e
    "$@"
    status=$?
    # The keyring daemon leaves with the bus; stop it now so nothing outlives the run.
    if [ -n "${GNOME_KEYRING_CONTROL:-}" ]; then
        for pid in $(pgrep -x gnome-keyring-d 2>/dev/null); do
            if tr "\\0" "\\n" < "/proc/$pid/environ" 2>/dev/null | grep -qx "DBUS_SESSION_BUS_ADDRESS=$DBUS_SESSION_BUS_ADDRESS"; then
                kill "$pid" 2>/dev/null || true
            fi
        done
    fi
    exit $status
' kontor-tests "$@"
