#!/usr/bin/env bash
# OpenLink Virtuoso 7 (Debian virtuoso-opensource): the SPARQL server the tests compare `kg query` with.
# The tests start their own server on loopback in a temporary folder (tests/virtuoso.py); the one the
# package may have started is not used.
set -euo pipefail
if ! command -v virtuoso-t >/dev/null || ! command -v isql-vt >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y --no-install-recommends virtuoso-opensource
fi
[ -r /etc/virtuoso-opensource-7/virtuoso.ini ] || { echo "20-virtuoso: no /etc/virtuoso-opensource-7/virtuoso.ini" >&2; exit 1; }
echo "20-virtuoso: $(command -v virtuoso-t)" >&2
