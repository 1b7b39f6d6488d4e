#!/usr/bin/env bash
# The test command (README): installs what the tests need on a fresh machine, then runs every test.
# Tests that need what this machine cannot have (a Neo4j server) are reported as skipped, with the reason.
set -uo pipefail
cd "$(dirname "$0")/.."
bash tests/setup.sh || { echo "tests/setup.sh failed: see above for the missing prerequisite"; exit 1; }
results="$PWD/tests/TestResults"
rm -rf "$results"
dotnet test KnowledgeGraph.sln -c Release --results-directory "$results" \
  --logger "console;verbosity=normal" --logger "trx;LogFileName=results.trx" "$@"
status=$?
# One plain closing line, whatever the runner printed above: "N passed, N failed, N skipped".
counters=$(grep -ho '<Counters [^>]*>' "$results"/*.trx 2>/dev/null | head -n 1)
if [ -n "$counters" ]; then
  get() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  total=$(get total); executed=$(get executed); passed=$(get passed); failed=$(get failed)
  echo "tests: $passed passed, $failed failed, $((total - executed)) skipped"
fi
exit $status
