#!/usr/bin/env bash
# Install the independent tools the tests check our outputs with (Debian and npm packages).
# Each tool has one script in scripts/setup.d/; they are run in name order and are idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
for step in scripts/setup.d/*.sh; do
    [ -e "$step" ] || continue
    echo "setup: $step" >&2
    bash "$step"
done
