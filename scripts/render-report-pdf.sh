#!/usr/bin/env bash
# Renders sample report PDFs (a daily report of 32 districts with confirmations and corrections, a district's own
# daily report, a revised monthly report) to PNG pages, to look at the layout and the Thai text (tone marks and
# vowels of น้ำ, ที่นี่, Latin-first words) with an image viewer. Needs pdftoppm (Debian: poppler-utils).
# Usage: scripts/render-report-pdf.sh [out-dir]   → out-dir/<sample>.pdf and <sample>-<page>.png
set -euo pipefail
out="${1:-.data/report-render}"
if ! command -v pdftoppm >/dev/null; then
  echo "pdftoppm is missing: apt-get update && apt-get install -y poppler-utils" >&2
  exit 1
fi
cd "$(dirname "$0")/.."
mkdir -p "$out"
node --import @swc-node/register/esm-register scripts/render-report-pdf.ts "$out"
for sample in report-sample district-sample monthly-sample; do
  pdftoppm -r 110 -png "$out/$sample.pdf" "$out/$sample"
done
ls "$out"/*.png
