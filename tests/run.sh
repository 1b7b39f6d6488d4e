#!/usr/bin/env bash
# The test command (README): installs what the tests need on a fresh machine, then runs every test.
# Tests that need what this machine cannot have (a Neo4j server) are reported as skipped, with the reason.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/setup.sh
dotnet test KnowledgeGraph.sln -c Release --logger "console;verbosity=normal" --logger "trx;LogFileName=results.trx" "$@"
