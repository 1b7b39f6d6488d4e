#!/usr/bin/env bash
# Installs the tests' system prerequisites when missing (idempotent; needs root or sudo on a fresh machine).
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

# Debian's chromium for the browser tests (Playwright drives it; no browser is ever downloaded).
if [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing chromium (apt)"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
    || echo "setup: WARNING chromium could not be installed; the browser tests will be skipped with that reason"
fi

# The pages' browser libraries (GraphiQL, React, Cytoscape.js) from npm; the build runs npm ci too when they are missing.
if [ ! -f graph-api/node_modules/.package-lock.json ]; then
  command -v npm >/dev/null 2>&1 || as_root apt-get install -y -qq nodejs npm >/dev/null
  echo "setup: npm ci in graph-api"
  (cd graph-api && npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
fi

# Cypher lint (tests/Neo4j): Neo4j's own Cypher front end from npm, pinned by package-lock.json.
if [ ! -d tests/cypher-lint/node_modules/@neo4j-cypher/language-support ]; then
    if ! command -v npm >/dev/null 2>&1; then
        apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
    fi
    (cd tests/cypher-lint && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "setup: prerequisites ready"
