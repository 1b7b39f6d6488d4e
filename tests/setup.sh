#!/usr/bin/env bash
# Installs the tests' system prerequisites when missing (idempotent; quick when all is there; root or sudo on a fresh machine):
# - chromium: the browser tests (Playwright drives Debian's chromium; no browser is ever downloaded);
# - poppler-utils (pdftotext), pandoc, LibreOffice Writer: the format tests compare the readers with them;
# - nodejs/npm: GraphiQL, React and Cytoscape.js for the pages, and Neo4j's Cypher front end for the Cypher lint.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v pandoc >/dev/null || missing+=(pandoc)
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} (apt)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || echo "setup: WARNING could not install ${missing[*]}; the tests needing them will say so"
fi

# The pages' browser libraries, pinned by graph-api/package-lock.json (the build also runs npm ci when they are missing).
if [ ! -f graph-api/node_modules/.package-lock.json ]; then
  echo "setup: npm ci in graph-api"
  (cd graph-api && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
fi

# Cypher lint (tests/Neo4j): Neo4j's own Cypher front end, pinned by tests/cypher-lint/package-lock.json.
if [ ! -d tests/cypher-lint/node_modules/@neo4j-cypher/language-support ]; then
  echo "setup: npm ci in tests/cypher-lint"
  (cd tests/cypher-lint && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "setup: prerequisites ready"
