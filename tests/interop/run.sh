#!/usr/bin/env bash
# run.sh DIR — validates every exported *.xlf in DIR against the official XLIFF 2.x schemas
# with ../shared/interop/validate-xliff2.sh (xmllint). Exit 0 only if there is at least one
# file and every file passes. SHARED_DIR overrides where shared/ lives (default: beside the repo).
set -euo pipefail
SHARED="${SHARED_DIR:-$(cd "$(dirname "$0")/../../.." && pwd)/shared}"
dir="${1:?usage: run.sh DIR_WITH_EXPORTS}"
[ -d "$dir" ] || { echo "FAIL interop: no directory '$dir'"; exit 1; }

shopt -s nullglob
files=("$dir"/*.xlf)
[ ${#files[@]} -gt 0 ] || { echo "FAIL interop: no *.xlf files in '$dir'"; exit 1; }

failed=0
for file in "${files[@]}"; do
  bash "$SHARED/interop/validate-xliff2.sh" "$file" || failed=$((failed + 1))
done
if [ "$failed" -eq 0 ]; then
  echo "PASS interop: ${#files[@]} XLIFF 2 file(s) valid"
else
  echo "FAIL interop: $failed of ${#files[@]} XLIFF 2 file(s) invalid"
  exit 1
fi
