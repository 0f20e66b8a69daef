#!/usr/bin/env bash
# scripts/run-app.sh — runs the packaged app (target/quarkus-app, or $PORTICO_APP_DIR) the way production does.
#
#   ./mvnw -B package -DskipTests && bash scripts/run-app.sh      (configuration from the environment, as always)
#
# The JVM is sized for the measured working set (bench/run.sh): a 192 MiB heap, the serial collector (one small
# heap on a few cores: the least memory and no collector threads), capped metaspace and code cache, 512 KiB thread
# stacks — RSS stays under 350 MiB under load. JAVA_OPTS replaces these defaults; JAVA_OPTS_APPEND adds to them.
set -euo pipefail
app_dir="${PORTICO_APP_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target/quarkus-app}"
[[ -f "$app_dir/quarkus-run.jar" ]] || { echo "no $app_dir/quarkus-run.jar: build first (./mvnw -B package -DskipTests)" >&2; exit 1; }
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
opts=(${JAVA_OPTS:--Xms64m -Xmx192m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+ExitOnOutOfMemoryError})
opts+=(${JAVA_OPTS_APPEND:-})
exec "$java" "${opts[@]}" -jar "$app_dir/quarkus-run.jar"
