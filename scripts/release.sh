#!/usr/bin/env bash
# Stages a release, checks it, and (without --dry-run) uploads it to the Central Portal.
#
#   scripts/release.sh VERSION             # maintainer: sign with $MAVEN_GPG_KEY_ID, check, upload (autoPublish off)
#   scripts/release.sh VERSION --dry-run   # CI: throwaway GPG key, stage and check only, nothing leaves the machine
#
# What it checks (scripts/ReleaseCheck.java): every deployed artifact has its .pom, main jar, -sources.jar,
# -javadoc.jar, a valid .asc for each and checksums; every POM has the metadata Central requires and no
# -SNAPSHOT dependency; every jar has module-info.class and META-INF/LICENSE; the BOM lists exactly the
# deployed modules. Then it builds the release a second time from scratch and compares the two byte for
# byte, and builds a tiny consumer project against the staged repository (scripts/consumer).
set -euo pipefail

VERSION="${1:?usage: scripts/release.sh VERSION [--dry-run]}"
DRY_RUN=false
[[ "${2:-}" == "--dry-run" ]] && DRY_RUN=true
if [[ "$VERSION" == *-SNAPSHOT ]]; then
  echo "release.sh: $VERSION is a snapshot; give the release version" >&2
  exit 2
fi

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/cxone-release.XXXXXX")"
OUT="$ROOT/target/release"
rm -rf "$OUT" && mkdir -p "$OUT"
trap 'rm -rf "$WORK"' EXIT

if ! command -v gpg >/dev/null 2>&1; then
  echo "release.sh: gpg is missing (Debian: apt-get install gnupg)" >&2
  exit 2
fi

if $DRY_RUN; then
  export GNUPGHOME="$WORK/gnupg"
  mkdir -m 700 -p "$GNUPGHOME"
  export MAVEN_GPG_PASSPHRASE="dry-run-$$"
  gpg --batch --quiet --pinentry-mode loopback --passphrase "$MAVEN_GPG_PASSPHRASE" \
      --quick-gen-key "cxone-sdk release dry run <dry-run@example.invalid>" ed25519 sign 1d
  MAVEN_GPG_KEY_ID="$(gpg --list-secret-keys --with-colons | awk -F: '/^fpr/ {print $10; exit}')"
  export MAVEN_GPG_KEY_ID
fi
: "${MAVEN_GPG_KEY_ID:?set MAVEN_GPG_KEY_ID (and MAVEN_GPG_PASSPHRASE) to the release signing key}"

# every archive entry carries the release commit's time, so two builds of one commit are byte for byte equal
TIMESTAMP="$(git -C "$ROOT" log -1 --format=%cI HEAD)"

# Builds the committed tree at VERSION into a file repository; $1 = name of the build
stage() {
  local name="$1" src="$WORK/$1/src" repo="$WORK/$1/staging"
  local log="$WORK/$1/build.log"
  mkdir -p "$src"
  git -C "$ROOT" archive HEAD | tar -x -C "$src"
  if ! (cd "$src" \
    && ./mvnw -B -ntp org.codehaus.mojo:versions-maven-plugin:2.19.1:set -DnewVersion="$VERSION" \
         -DprocessAllModules=true -DgenerateBackupPoms=false -DupdateBuildOutputTimestampPolicy=never \
    && ./mvnw -B -ntp -Prelease -DskipTests -Dmaven.install.skip=true -Dproject.build.outputTimestamp="$TIMESTAMP" \
         -DaltDeploymentRepository="staging::file://$repo" deploy) >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "release.sh: the $1 build failed (log above)" >&2
    return 1
  fi
  echo "$repo"
}

echo "== building the release ($VERSION)"
FIRST="$(stage first)"
echo "== checking the staged artifacts"
java "$ROOT/scripts/ReleaseCheck.java" "$FIRST" "$VERSION"

echo "== building again from scratch to check reproducibility"
SECOND="$(stage second)"
java "$ROOT/scripts/ReleaseCheck.java" --compare "$FIRST" "$SECOND"

echo "== building a consumer project against the staged repository"
"$ROOT/scripts/consumer/run.sh" "$FIRST" "$VERSION"

cp -r "$FIRST" "$OUT/staging"
echo "== staged and checked: $OUT/staging"

if ! $DRY_RUN; then
  echo "== uploading to the Central Portal (autoPublish off: press Publish in the portal after checking)"
  (cd "$WORK/first/src" && ./mvnw -B -ntp -Prelease,central -DskipTests -Dmaven.install.skip=true deploy)
fi
