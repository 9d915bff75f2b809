#!/usr/bin/env bash
# Checks the packed package against another aws-cdk-lib version (default: the lowest supported),
# in a scratch project, so the declared peer range is tested at its lower end.
set -euo pipefail
VERSION="${1:-2.100.0}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
npm run build >/dev/null
TARBALL="$(npm pack --silent --pack-destination "$WORK" | tail -n 1)"
cd "$WORK"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error "aws-cdk-lib@$VERSION" "constructs@^10" "./$TARBALL" >/dev/null
cp "$ROOT/test/compat/aspect-app.js" .
node aspect-app.js
