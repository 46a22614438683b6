#!/usr/bin/env bash
# Fails when any process of the test run looked up a Kontor string at run time that the de/ru/hu catalogs
# cannot answer under the context the code asked for (written by the audit translator, src/core/I18n.cpp).
# Such a string is shown in English in every language although the .ts files look complete.
#   tests/check-i18n-audit.sh AUDIT_DIR
set -uo pipefail
dir=${1:-}
[ -n "$dir" ] && [ -d "$dir" ] || { echo "no audit directory '$dir': run the test suite first"; exit 2; }
files=$(find "$dir" -type f -name '*.txt' | wc -l)
procs=$(find "$dir" -type f -name '*.started' | wc -l)
if [ "$procs" -eq 0 ]; then
    echo "no process recorded that the audit ran: it would not notice anything"
    exit 2
fi
misses=$(cat "$dir"/*.txt 2>/dev/null | sort -u)
echo "translation audit: $procs processes audited, $files with misses"
if [ -n "$misses" ]; then
    echo "Looked up at run time but not translated (context, languages missing, source):"
    echo "$misses" | sed 's/^/  /'
    exit 1
fi
echo "every Kontor string looked up at run time has its de, ru and hu translation"
