#!/usr/bin/env bash
# Fails when any secret the tests used appears in a file the test run wrote: config dirs, logs, profile
# files, test output. Secrets are listed one per line in tests/test-secrets.txt.
#   tests/check-no-secrets.sh SECRETS_FILE PATH...
# It first proves that it would notice: a planted secret in a scratch file must be found.
set -uo pipefail
secrets=$1
shift
[ -s "$secrets" ] || { echo "no secrets list at $secrets"; exit 2; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
head -n 1 "$secrets" | sed 's/^/log line with /' > "$scratch/planted.log"
if ! grep -r -F -q -f "$secrets" "$scratch"; then
    echo "self-check failed: the scan does not find a planted secret"
    exit 2
fi

files=0
hits=0
for path in "$@"; do
    [ -e "$path" ] || continue
    n=$(find "$path" -type f | wc -l)
    files=$((files + n))
    # -a: binary files too (SQLite, crash dumps); keyring files are encrypted and are read like any other.
    if found=$(grep -r -a -F -l -f "$secrets" "$path" 2>/dev/null); then
        echo "SECRET LEAKED into:"
        echo "$found" | sed 's/^/  /'
        hits=$((hits + 1))
    fi
done
echo "scanned $files files for $(wc -l < "$secrets") test secrets"
if [ "$files" -eq 0 ]; then
    echo "nothing to scan: run the test suite first"
    exit 2
fi
[ "$hits" -eq 0 ] || exit 1
echo "no secret found in any file the tests wrote"
