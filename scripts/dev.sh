#!/usr/bin/env bash
# scripts/dev.sh — run the portal with demo data (README command 1).
#
#   bash scripts/dev.sh
#
# Checks the prerequisites (java, node, npm, psql, PostgreSQL on 127.0.0.1:5432), creates the database
# "portico" when missing, starts the mail catcher (scripts/mailcatcher.sh) and Keycloak with the demo
# users (scripts/keycloak.sh --demo) in the background, then runs ./mvnw quarkus:dev in the foreground:
# the backend's dev profile loads the demo data and serves the SPA through Quinoa with live reload.
# When http://localhost:8080/q/health/ready answers it prints the URLs and the demo logins.
# Ctrl-C (or quarkus:dev ending) stops everything this script started; the data stays, so the next run
# is fast. Extra arguments are passed to quarkus:dev (e.g. -Ddebug=false).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$PORTICO_ROOT"

T0=$(now_ms)
STARTED_KEYCLOAK=0
STARTED_MAIL=0
WATCHER_PID=""
APP_PID=""

cleanup() {
  local rc=$?
  trap - EXIT INT TERM HUP
  if [[ -n "$WATCHER_PID" ]]; then kill "$WATCHER_PID" 2>/dev/null || true; fi
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping the portal (quarkus:dev)"
    kill -TERM -- "-$APP_PID" 2>/dev/null || kill -TERM "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  if ((STARTED_KEYCLOAK)); then bash scripts/keycloak.sh stop || true; fi
  if ((STARTED_MAIL)); then bash scripts/mailcatcher.sh stop || true; fi
  log "dev stack stopped (data kept in .run/ and database portico)"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# --- prerequisites -------------------------------------------------------------------------------
for tool in java node npm psql curl ss setsid; do
  command -v "$tool" >/dev/null || die "$tool is missing (needed: JDK 17+, Node 20+ with npm, psql, curl, iproute2, util-linux)"
done
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
((${java_major%%.*} >= 17)) || die "JDK 17 or newer is needed (found $java_major)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
((node_major >= 20)) || die "Node 20 or newer is needed (found $(node --version))"
require_free_port 8080 "the portal (quarkus:dev)"

ensure_db portico

# --- background services ---------------------------------------------------------------------------
if pid_alive "$RUN_DIR/maildev.pid"; then
  log "mail catcher already runs; leaving it running afterwards"
else
  STARTED_MAIL=1
  bash scripts/mailcatcher.sh start
fi
if pid_alive "$RUN_DIR/keycloak.pid"; then
  log "Keycloak already runs; leaving it running afterwards"
  bash scripts/keycloak.sh start --demo
else
  STARTED_KEYCLOAK=1
  bash scripts/keycloak.sh start --demo
fi

banner() {
  cat <<EOF

  ================================================================================================
   Portico is running (ready after $(elapsed "$T0")s)

     portal          http://localhost:8080
     mail inbox      http://localhost:1080          (every mail the portal and Keycloak send)
     Keycloak admin  http://localhost:8180/admin     (admin / admin, realm "portico")
     dev UI          http://localhost:8080/q/dev-ui

   Demo logins (password for all: portico-demo)
     alice.admin@acme.example         customer, admin of "Acme Tools GmbH" (company A), de
     max.member@acme.example          customer, member of "Acme Tools GmbH" (company A), de
     bogdan.admin@borealis.example    customer, admin of "Borealis Systems Sp. z o.o." (company B), pl
     rita.reseller@resello.example    customer, admin of reseller "Resello Partners S.r.l.", it
     sam.support@portico.example      support agent, en
     bea.backoffice@portico.example   back office, fr

   Integration clients: portico-integration / portico-integration-secret (every scope),
                        portico-license-check / portico-license-check-secret (entitlements:read)
   Ctrl-C stops everything this script started.
  ================================================================================================

EOF
}

# --- watcher: print the banner once the portal answers ----------------------------------------------
(
  until http_ok http://localhost:8080/q/health/ready; do sleep 1; done
  banner >&2
) &
WATCHER_PID=$!

# --- the app in the foreground ------------------------------------------------------------------------
# Mail goes to the mail catcher (Quarkus mocks the mailer in dev mode unless told otherwise).
export PORTICO_DEMO_DATA_ENABLED="${PORTICO_DEMO_DATA_ENABLED:-true}"
export QUARKUS_MAILER_MOCK="${QUARKUS_MAILER_MOCK:-false}"
export QUARKUS_MAILER_HOST="${QUARKUS_MAILER_HOST:-127.0.0.1}"
export QUARKUS_MAILER_PORT="${QUARKUS_MAILER_PORT:-1025}"
log "starting ./mvnw quarkus:dev (first run downloads dependencies and builds the SPA)"
# In its own process group, so that Ctrl-C, a closed terminal or a TERM reach this script's trap at once and
# the cleanup stops the whole tree (Maven, the dev JVM, the Vite dev server). The interactive dev console is
# off: it would take the terminal's Ctrl-C for itself. Live reload works on the next request.
setsid ./mvnw quarkus:dev -Dquarkus.http.host=127.0.0.1 -Dquarkus.console.enabled=false "$@" </dev/null &
APP_PID=$!
wait "$APP_PID"
