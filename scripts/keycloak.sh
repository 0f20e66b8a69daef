#!/usr/bin/env bash
# scripts/keycloak.sh — run a local Keycloak for Portico (development and tests) without Docker.
#
#   scripts/keycloak.sh start [--demo] [--fresh]   start in the background, wait until the realm answers
#   scripts/keycloak.sh stop                       stop it (data is kept)
#   scripts/keycloak.sh status                     say whether it runs (exit 0) or not (exit 3)
#   scripts/keycloak.sh install                    only fetch the distribution (used by scripts/test.sh)
#   scripts/keycloak.sh check                      smoke-test the running realm (tokens, login page)
#
# Keycloak 26.7.3 (KEYCLOAK_VERSION in lib/common.sh; org.keycloak:keycloak-quarkus-dist from Maven
# Central) is unpacked into .run/keycloak-<version> once; its first start adds a one-time build step. It listens on 127.0.0.1:8180 only, and its issuer is always
# http://localhost:8180/realms/portico (one host spelling everywhere: localhost and 127.0.0.1 are
# different issuers). Admin console: http://localhost:8180/admin (admin / admin).
#
# The realm keycloak/portico-realm.json is imported when the database has no realm "portico" yet; with
# --demo (or PORTICO_DEMO=1) the demo users of keycloak/demo-users.json are merged into that import.
# A realm that exists already is never overwritten: use --fresh to start from an empty database.
#
# Environment:
#   PORTICO_DEMO=1                   same as --demo
#   PORTICO_KC_DATA_DIR=DIR          where Keycloak keeps its H2 database (default .run/keycloak-data/dev).
#                                    Tests use another one (.run/keycloak-data/e2e) with --fresh, so they
#                                    start clean and leave the developer's data alone.
#   PORTICO_KC_LOG=FILE              log file (default .run/keycloak.log)
#   PORTICO_KC_TIMEOUT=SECONDS       how long to wait until it is ready (default 300)
#   PORTICO_INTEGRATION_SECRET       secret of the client portico-integration (default, for development
#                                    only: portico-integration-secret); the realm file reads it at import
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

KC_HOME="$RUN_DIR/keycloak-$KEYCLOAK_VERSION"
KC_PORT=8180
KC_URL="http://localhost:$KC_PORT"
REALM_URL="$KC_URL/realms/portico"
KC_PIDFILE="$RUN_DIR/keycloak.pid"
KC_STATEFILE="$RUN_DIR/keycloak.state"
KC_LOG="${PORTICO_KC_LOG:-$RUN_DIR/keycloak.log}"
KC_DATA_DIR="$(realpath -m "${PORTICO_KC_DATA_DIR:-$RUN_DIR/keycloak-data/dev}")"
KC_TIMEOUT="${PORTICO_KC_TIMEOUT:-300}"

usage() {
  sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# install: fetch the distribution zip with Maven (from Maven Central, or the local repository when it is
# there) and unpack it once (about 190 MB). Maven runs in an empty folder so that the project's pom.xml
# and target/ are not involved.
install_keycloak() {
  [[ -x "$KC_HOME/bin/kc.sh" ]] && return 0
  local tmp zip
  log "fetching Keycloak $KEYCLOAK_VERSION (org.keycloak:keycloak-quarkus-dist) into $RUN_DIR"
  mkdir -p "$RUN_DIR"
  tmp="$(mktemp -d "$RUN_DIR/keycloak-download.XXXXXX")"
  (cd "$tmp" && "$PORTICO_ROOT/mvnw" -B -q dependency:copy \
    "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" "-DoutputDirectory=$tmp")
  zip="$tmp/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  [[ -s "$zip" ]] || die "Maven did not fetch $zip"
  rm -rf "$KC_HOME"
  if command -v unzip >/dev/null; then
    unzip -q "$zip" -d "$RUN_DIR"
  else
    (cd "$RUN_DIR" && jar xf "$zip") && chmod +x "$KC_HOME"/bin/*.sh
  fi
  rm -rf "$tmp"
  [[ -x "$KC_HOME/bin/kc.sh" ]] || die "Keycloak distribution not found at $KC_HOME after unpacking"
}

# write_import DEMO: write the realm (plus the demo users when DEMO=1) into the distribution's data/import.
write_import() {
  local demo="$1" import_dir="$KC_HOME/data/import" args
  args=("$PORTICO_ROOT/keycloak/portico-realm.json" "$import_dir/portico-realm.json")
  [[ "$demo" == 1 ]] && args+=("$PORTICO_ROOT/keycloak/demo-users.json")
  mkdir -p "$import_dir"
  rm -f "$import_dir"/*.json
  node "$PORTICO_ROOT/scripts/lib/merge-realm.mjs" "${args[@]}" >/dev/null
}

is_running() { pid_alive "$KC_PIDFILE"; }

cmd_status() {
  if is_running; then
    if http_ok "$REALM_URL/.well-known/openid-configuration"; then
      echo "keycloak: running (pid $(cat "$KC_PIDFILE")), ready at $KC_URL ($(cat "$KC_STATEFILE" 2>/dev/null || true))"
    else
      echo "keycloak: running (pid $(cat "$KC_PIDFILE")), not ready yet; log: $KC_LOG"
    fi
    return 0
  fi
  echo "keycloak: not running"
  return 3
}

cmd_start() {
  local demo="${PORTICO_DEMO:-0}" fresh=0 arg
  for arg in "$@"; do
    case "$arg" in
      --demo) demo=1 ;;
      --fresh) fresh=1 ;;
      *) usage ;;
    esac
  done
  local state="data=$KC_DATA_DIR demo=$demo"

  if is_running; then
    if [[ "$(cat "$KC_STATEFILE" 2>/dev/null || true)" == "$state" && $fresh == 0 ]]; then
      log "Keycloak already runs (pid $(cat "$KC_PIDFILE")) with $state"
      wait_http "$REALM_URL/.well-known/openid-configuration" "$KC_TIMEOUT" "$KC_PIDFILE" Keycloak "$KC_LOG"
      return 0
    fi
    die "Keycloak already runs with other settings ($(cat "$KC_STATEFILE" 2>/dev/null || echo unknown)); run scripts/keycloak.sh stop first"
  fi
  require_free_port "$KC_PORT" Keycloak

  install_keycloak
  command -v node >/dev/null || die "node is needed to write the realm import"

  if ((fresh)); then
    log "removing Keycloak data in $KC_DATA_DIR (--fresh)"
    rm -rf "$KC_DATA_DIR"
  fi
  mkdir -p "$KC_DATA_DIR"
  # The realm is imported only into an empty database; remember whether that import had the demo users.
  if [[ ! -e "$KC_DATA_DIR/data/h2/keycloakdb.mv.db" ]]; then
    echo "$demo" >"$KC_DATA_DIR/imported-with-demo-users"
  elif [[ "$demo" == 1 && "$(cat "$KC_DATA_DIR/imported-with-demo-users" 2>/dev/null || echo 0)" != 1 ]]; then
    log "WARNING: the realm in $KC_DATA_DIR was imported without demo users; use --fresh to re-import with them"
  fi
  write_import "$demo"

  : >"$KC_LOG"
  log "starting Keycloak $KEYCLOAK_VERSION on $KC_URL (data: $KC_DATA_DIR, demo users: $demo, log: $KC_LOG)"
  local t0
  t0=$(now_ms)
  # kc.db-url-path moves the dev H2 database (default <dist>/data/h2) into KC_DATA_DIR/data/h2.
  KC_BOOTSTRAP_ADMIN_USERNAME=admin \
    KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    PORTICO_INTEGRATION_SECRET="${PORTICO_INTEGRATION_SECRET:-portico-integration-secret}" \
    JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:-} -Dkc.db-url-path=$KC_DATA_DIR" \
    start_bg "$KC_PIDFILE" "$KC_LOG" "$KC_HOME/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port="$KC_PORT" \
    --hostname="$KC_URL" \
    --import-realm
  echo "$state" >"$KC_STATEFILE"
  wait_http "$REALM_URL/.well-known/openid-configuration" "$KC_TIMEOUT" "$KC_PIDFILE" Keycloak "$KC_LOG"

  local issuer
  issuer="$(curl -fsS "$REALM_URL/.well-known/openid-configuration" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).issuer))')"
  [[ "$issuer" == "$REALM_URL" ]] || die "unexpected issuer $issuer (expected $REALM_URL)"
  log "Keycloak ready after $(elapsed "$t0")s: issuer $issuer, admin console $KC_URL/admin (admin/admin)"
}

# check: the discovery document names the right issuer, the login page of portico-spa renders (with
# PKCE), and a client-credentials token of portico-integration has aud portico-api and role integration.
cmd_check() {
  local secret="${PORTICO_INTEGRATION_SECRET:-portico-integration-secret}" code
  http_ok "$REALM_URL/.well-known/openid-configuration" || die "Keycloak does not answer at $REALM_URL"
  code=$(curl -sS -o /dev/null -w '%{http_code}' "$REALM_URL/protocol/openid-connect/auth?client_id=portico-spa&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2F&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256")
  [[ "$code" == 200 ]] || die "login page of portico-spa answered $code"
  curl -fsS "$REALM_URL/protocol/openid-connect/token" -d grant_type=client_credentials \
    -d client_id=portico-integration --data-urlencode "client_secret=$secret" |
    node -e '
      let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
        const t = JSON.parse(s);
        const p = JSON.parse(Buffer.from(t.access_token.split(".")[1], "base64url"));
        const aud = [].concat(p.aud), roles = p.realm_access?.roles ?? [];
        if (p.iss !== process.argv[1]) throw new Error("issuer " + p.iss);
        if (!aud.includes("portico-api")) throw new Error("aud " + aud);
        if (!roles.includes("integration")) throw new Error("roles " + roles);
        console.log("ok: login page renders; portico-integration token iss=" + p.iss + " aud=" + aud + " roles=" + roles);
      });' "$REALM_URL"
}

cmd_stop() {
  stop_pidfile "$KC_PIDFILE" Keycloak 30
  rm -f "$KC_STATEFILE"
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  install) install_keycloak ;;
  check) cmd_check ;;
  *) usage ;;
esac
