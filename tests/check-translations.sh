#!/usr/bin/env bash
# Fails when a user-visible string has no German, Russian or Hungarian translation: runs lupdate over
# the sources into copies of the .ts files and looks for unfinished or missing entries.
#   tests/check-translations.sh SOURCE_DIR LUPDATE
set -euo pipefail
src=$1
lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/kontor_*.ts; do
    cp "$ts" "$work/"
    copy="$work/$(basename "$ts")"
    "$lupdate" -silent -locations none -no-obsolete -extensions cpp,h,ui \
        "$src/src/core" "$src/src/app" "$src/src/cli" "$src/ui" "$src/src/sandbox/Sandbox.cpp" -ts "$copy" >/dev/null
    total=$(grep -c '<message' "$copy" || true)
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    empty=$(grep -c '<translation></translation>' "$copy" || true)
    echo "$(basename "$ts"): $total messages, $unfinished unfinished, $empty empty"
    if [ "$total" -lt 20 ] || [ "$unfinished" -ne 0 ] || [ "$empty" -ne 0 ]; then
        grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -n 20 | sed 's/^/  untranslated: /'
        status=1
    fi
done
exit $status
