#!/usr/bin/env bash
# Installs the tests' system prerequisites when missing (idempotent; needs root or sudo on a fresh machine).
set -euo pipefail
cd "$(dirname "$0")/.."

# Cypher lint (tests/Neo4j): Neo4j's own Cypher front end from npm, pinned by package-lock.json.
if [ ! -d tests/cypher-lint/node_modules/@neo4j-cypher/language-support ]; then
    if ! command -v npm >/dev/null 2>&1; then
        apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
    fi
    (cd tests/cypher-lint && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "setup: prerequisites ready"
