#!/usr/bin/env bash
# Neo4j's own Cypher parser and linter (npm @neo4j-cypher/language-support, pinned in
# tools/cypher-lint/package-lock.json), for the tests that check graph.cypher. Runs on Node.js 20
# (npm warns that the package asks for a newer engine; the linter works).
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v npm >/dev/null; then
    apt-get install -y --no-install-recommends nodejs npm
fi
cd tools/cypher-lint
if ! npm ls --depth=0 >/dev/null 2>&1; then      # not installed yet, or not the pinned versions
    npm ci --no-audit --no-fund --loglevel=error
fi
node lint.mjs - <<<'RETURN 1;' >/dev/null         # it starts and parses
