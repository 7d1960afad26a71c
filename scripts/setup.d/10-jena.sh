#!/usr/bin/env bash
# Apache Jena (Debian libapache-jena-java) for `scripts/riot`: the tests validate every RDF file kg writes with it.
# As packaged it does not start (clashing slf4j bindings on "/usr/share/java/*", and xerces resources stored
# under another package name), so this builds a fixed class path in $KG_JENA_HOME (default /opt/kg-jena):
# the xerces resources copied to where the classes look for them, and an explicit jar list.
# JSON-LD: Jena's JSON-LD 1.1 reader (titanium) needs a Jakarta JSON-P implementation that Debian does not
# ship, so JSON-LD is read with Jena's JSON-LD 1.0 reader (jsonld-java, `--syntax=jsonld10`, needs httpclient-cache).
set -euo pipefail
home="${KG_JENA_HOME:-/opt/kg-jena}"
java_dir=/usr/share/java

if ! dpkg -s libapache-jena-java >/dev/null 2>&1 || ! command -v java >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y --no-install-recommends libapache-jena-java default-jre-headless
fi

jars=(jena-arq jena-base jena-cmds jena-core jena-dboe-base jena-dboe-index jena-dboe-storage
      jena-dboe-trans-data jena-dboe-transaction jena-iri jena-rdfconnection jena-shacl jena-shex jena-tdb
      jena-tdb2 slf4j-api slf4j-simple jcl-over-slf4j commons-lang3 commons-io commons-codec commons-compress
      commons-csv commons-cli guava dexx.collection gson httpclient httpclient-cache httpcore jackson-core jackson-databind
      jackson-annotations jsonld-java protobuf thrift titanium-json-ld jakarta.json-api)
classpath="$home/fix"
for jar in "${jars[@]}"; do
    [ -e "$java_dir/$jar.jar" ] || { echo "10-jena: missing $java_dir/$jar.jar" >&2; exit 1; }
    classpath="$classpath:$java_dir/$jar.jar"
done

rm -rf "$home.tmp" && mkdir -p "$home.tmp/fix"
python3 - "$java_dir/jena-core.jar" "$home.tmp/fix" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as jar:
    jar.extractall(sys.argv[2], [n for n in jar.namelist() if n.startswith("org/apache/jena/ext/xerces/")])
PY
mkdir -p "$home.tmp/fix/xerces"
cp -r "$home.tmp/fix/org/apache/jena/ext/xerces/impl" "$home.tmp/fix/xerces/impl"
printf "%s\n" "$classpath" > "$home.tmp/classpath"
rm -rf "$home" && mv "$home.tmp" "$home"
echo "10-jena: class path in $home/classpath" >&2
