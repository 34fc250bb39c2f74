#!/usr/bin/env bash
# The interop tier: export the sample with the built code, then check the files with real tools
# (xmllint against the official XLIFF 2.1 schemas). Needs Debian's libxml2-utils; .ci/run installs it.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
npm run build
node tests/interop/make-exports.mjs "$out"
bash tests/interop/run.sh "$out"
