#!/usr/bin/env bash
# run.sh DIR — validates the exports in DIR with ../shared/interop's xmllint scripts: XLIFF 2.1 and 1.2
# against the official schemas, TMX against the TMX 1.4 DTD. Exit 0 only if there is at least one
# file and every file passes. SHARED_DIR overrides where shared/ lives (default: beside the repo).
set -euo pipefail
SHARED="${SHARED_DIR:-$(cd "$(dirname "$0")/../../.." && pwd)/shared}"
dir="${1:?usage: run.sh DIR_WITH_EXPORTS}"
[ -d "$dir" ] || { echo "FAIL interop: no directory '$dir'"; exit 1; }

shopt -s nullglob
failed=0
checked=0
check() { # SCRIPT FILE...
  local script="$1"; shift
  for file in "$@"; do
    checked=$((checked + 1))
    bash "$SHARED/interop/$script" "$file" || failed=$((failed + 1))
  done
}
check validate-xliff2.sh "$dir"/xliff21--*.xlf
check validate-xliff12.sh "$dir"/xliff12--*.xlf
check validate-tmx.sh "$dir"/*.tmx
[ "$checked" -gt 0 ] || { echo "FAIL interop: no exports found in '$dir'"; exit 1; }
if [ "$failed" -eq 0 ]; then
  echo "PASS interop: $checked export(s) valid"
else
  echo "FAIL interop: $failed of $checked export(s) invalid"
  exit 1
fi
