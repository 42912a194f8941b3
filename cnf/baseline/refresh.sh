#!/usr/bin/env bash
# Makes the jars of a released build the baseline that bnd-baseline-maven-plugin compares every later
# build against (see README.md here). Run at the root of the release's checkout, after
# `mvn -B -ntp package -DskipTests` at the release version, e.g. `cnf/baseline/refresh.sh 0.2.0`.
# Keeps only the last release: each bundle that exports a Hygie package, reduced to its manifest and
# its org/hygie classes (the API is all that is compared; platform-persistence's embedded Hibernate
# would weigh 20 MB), in Maven layout with checksums and the metadata a version range reads.
set -euo pipefail
version=${1:?usage: cnf/baseline/refresh.sh <released version>}
root=$(cd "$(dirname "$0")/../.." && pwd)
repo=$root/cnf/baseline/org/hygie
rm -rf "$repo"
for jar in $(cd "$root" && ls */target/*-"$version".jar */*/*/target/*-"$version".jar 2>/dev/null); do
  module=$(dirname "$(dirname "$jar")")
  artifact=$(basename "$module")
  [[ $(basename "$jar") == "$artifact-$version.jar" ]] || continue
  [[ $artifact == *-itest ]] && continue          # test fixtures are not shipped
  work=$(mktemp -d)
  (cd "$work" && jar xf "$root/$jar" META-INF/MANIFEST.MF org/hygie 2>/dev/null || true)
  if [[ -f $work/META-INF/MANIFEST.MF ]] && tr -d '\r\n ' < "$work/META-INF/MANIFEST.MF" | grep -q 'Export-Package:.*org\.hygie\.'; then
    out=$repo/$artifact/$version
    mkdir -p "$out"
    jar --create --file "$out/$artifact-$version.jar" --manifest "$work/META-INF/MANIFEST.MF" -C "$work" org
    sha1sum "$out/$artifact-$version.jar" | cut -d' ' -f1 > "$out/$artifact-$version.jar.sha1"
    cat > "$repo/$artifact/maven-metadata.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<metadata>
  <groupId>org.hygie</groupId>
  <artifactId>$artifact</artifactId>
  <versioning>
    <latest>$version</latest>
    <release>$version</release>
    <versions><version>$version</version></versions>
  </versioning>
</metadata>
XML
    sha1sum "$repo/$artifact/maven-metadata.xml" | cut -d' ' -f1 > "$repo/$artifact/maven-metadata.xml.sha1"
    echo "baseline $artifact $version ($(stat -c %s "$out/$artifact-$version.jar") bytes)"
  fi
  rm -rf "$work"
done
