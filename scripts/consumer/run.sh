#!/usr/bin/env bash
# Builds and runs the consumer project against a staged release: scripts/consumer/run.sh STAGING_REPO VERSION
set -euo pipefail
STAGED="${1:?staging repository}"; VERSION="${2:?version}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/cxone-consumer.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cp -r "$HERE/pom.xml" "$HERE/src" "$WORK/"
# the staged artifacts must come from the staging repository, never from an earlier local copy
rm -rf "${HOME}/.m2/repository/io/github/cxonesdk/"*/"$VERSION"
cd "$ROOT"
"$ROOT/mvnw" -B -ntp -q -f "$WORK/pom.xml" -Dstaged.repo="file://$STAGED" -Dcxone.version="$VERSION" package
java --module-path "$WORK/target/classes:$WORK/target/lib" --module example.consumer/io.github.cxonesdk.consumer.Main
rm -rf "${HOME}/.m2/repository/io/github/cxonesdk/"*/"$VERSION"
