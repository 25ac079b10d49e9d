#!/usr/bin/env bash
# Renders the first page of a sample daily-report PDF to PNG, to look at the Thai text (tone marks and
# vowels of น้ำ, ที่นี่, Latin-first words) with an image viewer. Needs pdftoppm (Debian: poppler-utils).
# Usage: scripts/render-report-pdf.sh [out-dir]   → out-dir/report-sample.pdf and report-sample-1.png
set -euo pipefail
out="${1:-.data/report-render}"
if ! command -v pdftoppm >/dev/null; then
  echo "pdftoppm is missing: apt-get update && apt-get install -y poppler-utils" >&2
  exit 1
fi
cd "$(dirname "$0")/.."
mkdir -p "$out"
node --import @swc-node/register/esm-register scripts/render-report-pdf.ts "$out/report-sample.pdf"
pdftoppm -r 110 -f 1 -l 1 -png "$out/report-sample.pdf" "$out/report-sample"
echo "wrote $out/report-sample-1.png"
