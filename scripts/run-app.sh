#!/usr/bin/env bash
# scripts/run-app.sh — runs the packaged app (target/quarkus-app, or $PORTICO_APP_DIR) the way production does.
#
#   ./mvnw -B package -DskipTests && bash scripts/run-app.sh      (configuration from the environment, as always)
#
# The JVM is sized for the working set measured by bench/run.sh: a 192 MiB heap, the serial collector (one small
# heap on a few cores: the least memory, no collector threads), capped metaspace and code cache, 512 KiB thread
# stacks, and at most two glibc malloc arenas (MALLOC_ARENA_MAX: the JVM's native allocations otherwise spread over
# one 64 MiB arena per busy thread, which is most of the RSS above the heap). JAVA_OPTS replaces these defaults; JAVA_OPTS_APPEND adds to them. On JDK 25 or later, the AOT cache
# trained by scripts/aot-train.sh (portico.aot beside the jar) is used when present; PORTICO_AOT=off skips it.
# JDK 17 runs the same app without it.
set -euo pipefail
app_dir="${PORTICO_APP_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target/quarkus-app}"
[[ -f "$app_dir/quarkus-run.jar" ]] || { echo "no $app_dir/quarkus-run.jar: build first (./mvnw -B package -DskipTests)" >&2; exit 1; }
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
read -r -a opts <<<"${JAVA_OPTS:--Xms64m -Xmx192m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+ExitOnOutOfMemoryError}"
if [[ "${PORTICO_AOT:-on}" != off && -f "$app_dir/portico.aot" ]]; then
  version=$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }')
  if ((${version%%.*} >= 25)); then
    opts+=("-XX:AOTCache=$app_dir/portico.aot") # a cache of another JDK or jar is refused with a warning, never fatal
  fi
fi
read -r -a extra <<<"${JAVA_OPTS_APPEND:-}"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
exec "$java" "${opts[@]}" "${extra[@]}" -jar "$app_dir/quarkus-run.jar" "$@"
