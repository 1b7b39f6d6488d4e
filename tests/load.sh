#!/usr/bin/env bash
# The API load check for the README: 50 concurrent clients (UCG_LOAD_CLIENTS) for 60 seconds (UCG_LOAD_SECONDS)
# against the real API on loopback over the seed graph; prints requests/s, errors and latency percentiles.
# The default test run does the same for 5 seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
export UCG_LOAD_SECONDS="${UCG_LOAD_SECONDS:-60}" UCG_LOAD_CLIENTS="${UCG_LOAD_CLIENTS:-50}"
dotnet test tests -c Release --filter "FullyQualifiedName~Reliability.LoadTests" --logger "console;verbosity=detailed" \
  | grep -E "clients for|Test Run|Error Message" || true
