#!/usr/bin/env bash
# Resolve Elasticsearch 7.10.2 and its modules from Maven Central into a cache folder and compile the
# launcher. Idempotent and offline once cached: a second run only compares a stamp.
#   infra/elasticsearch/fetch.sh            cache in $KHABAR_CACHE, else var/es-cache
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="${KHABAR_CACHE:-$root/var/es-cache}"
min_log4j="2.17.1"

# The cache is valid for exactly this pom and this launcher source.
stamp="$(cat "$here/pom.xml" "$here/src/khabar/es/KhabarNode.java" | sha256sum | cut -d' ' -f1)"
if [[ -f "$cache/stamp" && "$(cat "$cache/stamp")" == "$stamp" && -d "$cache/lib" && -d "$cache/classes" ]]; then
    exit 0
fi

command -v mvn >/dev/null || { echo "fetch.sh: mvn (Maven 3) is needed" >&2; exit 1; }
command -v javac >/dev/null || { echo "fetch.sh: javac (JDK 17) is needed" >&2; exit 1; }

mkdir -p "$cache"
rm -rf "${cache:?}/lib.new" "${cache:?}/classes.new"
echo "fetch.sh: resolving Elasticsearch jars into $cache (first run only)" >&2
mvn -q -B -Dstyle.color=never -f "$here/pom.xml" -Dmaven.repo.local="$cache/m2" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$cache/lib.new" >&2

# Refuse a classpath with a log4j older than the fix for the 2021 CVEs.
for jar in "$cache"/lib.new/log4j-*.jar; do
    version="$(basename "$jar" .jar | sed -E 's/^log4j-[a-z0-9]+-//')"
    if [[ "$(printf '%s\n%s\n' "$min_log4j" "$version" | sort -V | head -n1)" != "$min_log4j" ]]; then
        echo "fetch.sh: $(basename "$jar") is older than log4j $min_log4j" >&2
        exit 1
    fi
done

javac -nowarn -d "$cache/classes.new" -cp "$cache/lib.new/*" "$here/src/khabar/es/KhabarNode.java"

rm -rf "${cache:?}/lib" "${cache:?}/classes"
mv "$cache/lib.new" "$cache/lib"
mv "$cache/classes.new" "$cache/classes"
echo "$stamp" >"$cache/stamp"
