#!/usr/bin/env bash
# run.sh DIR — checks the exports in DIR (written by make-exports.mjs) with real clients, driven by
# ../shared/interop's scripts:
#   xmllint            XLIFF 2.1 and 1.2 against the official schemas, TMX against the TMX 1.4 DTD
#   translate-toolkit  reads our XLIFF 1.2, TMX and CSV and counts the units and translated units we exported
#   OmegaT 3.6         translates the article from our TMX in tm/auto (every approved sentence must come out
#                      in English), and opens our XLIFF 1.2 and writes it back unchanged
#   LibreOffice        opens the three DOCX exports; the bilingual tables have one row per segment
# A check whose tool is missing is skipped with a visible SKIP line (CI installs every tool, and sets
# INTEROP_REQUIRE_ALL=1 so that a skip fails). SHARED_DIR overrides where shared/ lives.
set -uo pipefail
SHARED="${SHARED_DIR:-$(cd "$(dirname "$0")/../../.." && pwd)/shared}/interop"
dir="${1:?usage: run.sh DIR_WITH_EXPORTS}"
[ -d "$dir" ] || { echo "FAIL interop: no directory '$dir'"; exit 1; }
# shellcheck disable=SC1091
. "$dir/expect.env"

shopt -s nullglob
failed=0; passed=0; skipped=0
pass() { passed=$((passed + 1)); echo "  ok: $*"; }
fail() { failed=$((failed + 1)); echo "  FAIL: $*"; }
skip() { skipped=$((skipped + 1)); echo "SKIP interop: $*"; }
only() { # the one file matching a glob, or fail
  local files=("$@"); [ "${#files[@]}" -eq 1 ] && [ -f "${files[0]}" ] && { echo "${files[0]}"; return 0; }; return 1
}
xliff21=$(only "$dir"/xliff21--*.xlf) || { echo "FAIL interop: no XLIFF 2.1 export"; exit 1; }
xliff12=$(only "$dir"/xliff12--*.xlf) || { echo "FAIL interop: no XLIFF 1.2 export"; exit 1; }
tmx=$(only "$dir"/tmx--*.tmx) || { echo "FAIL interop: no TMX export"; exit 1; }
csv=$(only "$dir"/csv--*.csv) || { echo "FAIL interop: no CSV export"; exit 1; }
docx=$(only "$dir"/docx--*.docx) || { echo "FAIL interop: no DOCX export"; exit 1; }
docx_tracked=$(only "$dir"/docx-tracked--*.docx) || { echo "FAIL interop: no tracked DOCX export"; exit 1; }
target_docx=$(only "$dir"/target-docx--*.docx) || { echo "FAIL interop: no target DOCX export"; exit 1; }

run() { # run LABEL SCRIPT ARGS... — prints the script's output indented; returns its status
  local label="$1"; shift
  echo "== $label"
  local output status
  output=$(bash "$@" 2>&1); status=$?
  printf '%s\n' "$output" | sed 's/^/   | /' | tail -40
  LAST_OUTPUT="$output"
  return $status
}
field() { # field NAME — a name=value from the last line of LAST_OUTPUT that starts with OK
  printf '%s\n' "$LAST_OUTPUT" | grep '^OK ' | tail -1 | tr ' ' '\n' | sed -n "s/^$1=//p"
}

if command -v xmllint >/dev/null; then
  run "xmllint: XLIFF 2.1 schema" "$SHARED/validate-xliff2.sh" "$xliff21" && pass "XLIFF 2.1 valid" || fail "XLIFF 2.1 invalid"
  run "xmllint: XLIFF 1.2 strict schema" "$SHARED/validate-xliff12.sh" "$xliff12" && pass "XLIFF 1.2 valid" || fail "XLIFF 1.2 invalid"
  run "xmllint: TMX 1.4 DTD" "$SHARED/validate-tmx.sh" "$tmx" && pass "TMX valid" || fail "TMX invalid"
else skip "xmllint missing (apt-get install libxml2-utils)"; fi

if "${PY:-/usr/bin/python3}" -c 'import translate' 2>/dev/null; then
  expect_counts() { # LABEL units with_target translated
    local u wt tr; u=$(field units); wt=$(field with_target); tr=$(field translated)
    if [ "$u" = "$2" ] && [ "$wt" = "$3" ] && { [ -z "$4" ] || [ "$tr" = "$4" ]; }; then pass "$1: units=$u with_target=$wt translated=$tr"
    else fail "$1: translate-toolkit counted units=$u with_target=$wt translated=$tr, we exported units=$2 with_target=$3 translated=${4:-any}"; fi
  }
  run "translate-toolkit: XLIFF 1.2" "$SHARED/ttk-read.sh" "$xliff12" && expect_counts "XLIFF 1.2" "$SEGMENTS" "$WITH_TARGET" "$APPROVED" || fail "translate-toolkit could not read the XLIFF 1.2"
  run "translate-toolkit: TMX" "$SHARED/ttk-read.sh" "$tmx" && expect_counts "TMX" "$TMX_UNITS" "$TMX_UNITS" "" || fail "translate-toolkit could not read the TMX"
  run "translate-toolkit: CSV" "$SHARED/ttk-read.sh" "$csv" && expect_counts "CSV" "$TEXT_SEGMENTS" "$WITH_TARGET" "" || fail "translate-toolkit could not read the CSV"
else skip "translate-toolkit missing (apt-get install translate-toolkit)"; fi

if [ -f "${OMEGAT_JAR:-/usr/share/omegat/OmegaT.jar}" ] && command -v java >/dev/null; then
  keep=$(mktemp -d)
  if run "OmegaT: translate the article from our TMX" "$SHARED/omegat-tmx.sh" "$dir/source.txt" "$tmx" --keep "$keep/omegat"; then
    target="$keep/omegat/project/target/source.txt"
    missing=0
    while IFS= read -r sentence; do
      [ -n "$sentence" ] || continue
      grep -qF -- "$sentence" "$target" || { missing=$((missing + 1)); echo "   | not in OmegaT's target: $sentence"; }
    done < "$dir/approved-targets.txt"
    [ "$missing" -eq 0 ] && pass "OmegaT target has all $APPROVED approved sentences in English" || fail "OmegaT target lacks $missing approved sentence(s)"
  else fail "OmegaT could not translate from the TMX"; fi
  rm -rf "$keep"
  run "OmegaT: open the XLIFF 1.2 and write it back" "$SHARED/omegat-xliff.sh" "$xliff12" && pass "OmegaT round-trips the XLIFF 1.2" || fail "OmegaT changed or could not read the XLIFF 1.2"
else skip "OmegaT or Java missing (apt-get install omegat)"; fi

if command -v soffice >/dev/null; then
  rows=$((SEGMENTS + 1))
  for file in "$docx" "$docx_tracked"; do
    if run "LibreOffice: $(basename "$file")" "$SHARED/docx-read.sh" "$file" --table; then
      sizes=$(printf '%s\n' "$LAST_OUTPUT" | sed -n 's/.*sizes(rows x cols)=\([^ ;]*\).*/\1/p' | tail -1)
      [ "$sizes" = "${rows}x5" ] && pass "$(basename "$file"): one table of $rows rows x 5 columns" || fail "$(basename "$file"): table is $sizes, expected ${rows}x5"
    else fail "LibreOffice could not open $(basename "$file")"; fi
  done
  run "LibreOffice: $(basename "$target_docx")" "$SHARED/docx-read.sh" "$target_docx" && pass "English DOCX opens" || fail "LibreOffice could not open the English DOCX"
else skip "LibreOffice missing (apt-get install libreoffice-writer-nogui)"; fi

echo "interop: $passed passed, $failed failed, $skipped skipped"
if [ "$failed" -gt 0 ]; then echo "FAIL interop"; exit 1; fi
if [ "$skipped" -gt 0 ] && [ "${INTEROP_REQUIRE_ALL:-0}" = "1" ]; then echo "FAIL interop: a tool is missing and INTEROP_REQUIRE_ALL=1"; exit 1; fi
echo "PASS interop"
