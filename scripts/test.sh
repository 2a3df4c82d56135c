#!/usr/bin/env bash
# `npm test`: the one gate, the same locally and in CI. Every step must pass.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$*"; }

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    step "installing Debian's Chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium ontbreekt ($CHROMIUM). Installeer het met: sudo apt-get install -y chromium" >&2
    echo "of zet CHROMIUM_PATH naar een Chromium- of Chrome-binary." >&2
    exit 1
  fi
fi

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  step "starting a throwaway PostgreSQL for the PostgreSQL variants of the store tests"
  if pg_env=$(bash scripts/ci-postgres.sh); then
    eval "$pg_env"
  else
    echo "PostgreSQL niet beschikbaar: de PostgreSQL-varianten van de tests worden overgeslagen." >&2
  fi
fi

step "content:check"
npm run --silent content:check
step "typecheck"
npm run --silent typecheck
step "lint"
npm run --silent lint
step "format"
npm run --silent format
step "unit and API tests"
npx vitest run --project unit
step "build"
npm run --silent build
step "browser tests"
npx vitest run --project browser
