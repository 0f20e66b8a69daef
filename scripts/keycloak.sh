#!/usr/bin/env bash
# scripts/keycloak.sh — run a local Keycloak for Portico (development and tests) without Docker.
#
#   scripts/keycloak.sh start [--demo] [--fresh]   start in the background, wait until the realm answers
#   scripts/keycloak.sh stop                       stop it (data is kept)
#   scripts/keycloak.sh status                     say whether it runs (exit 0) or not (exit 3)
#   scripts/keycloak.sh install                    only fetch the distribution (used by scripts/test.sh)
#   scripts/keycloak.sh check                      smoke-test the running realm (tokens, scopes, login page)
#
# Keycloak 26.7.3 (KEYCLOAK_VERSION in lib/common.sh; org.keycloak:keycloak-quarkus-dist from Maven
# Central) is unpacked into .run/keycloak-<version> once; its first start adds a one-time build step. It listens on 127.0.0.1:8180 only, and its issuer is always
# http://localhost:8180/realms/portico (one host spelling everywhere: localhost and 127.0.0.1 are
# different issuers). Admin console: http://localhost:8180/admin (admin / admin).
#
# The realm keycloak/portico-realm.json is imported when the database has no realm "portico" yet; with
# --demo (or PORTICO_DEMO=1) the dev/test overlay keycloak/demo-users.json is merged into that import:
# the demo users and the known development secrets of the integration clients (portico-integration /
# portico-integration-secret, portico-license-check / portico-license-check-secret). Without --demo the
# realm holds no secrets and Keycloak gives both clients random ones (admin console → Clients →
# Credentials), as in production. A realm that exists already is never overwritten: use --fresh to start
# from an empty database (a warning says when the import file changed since the realm was imported).
#
# Environment:
#   PORTICO_DEMO=1                   same as --demo
#   PORTICO_KC_DATA_DIR=DIR          where Keycloak keeps its H2 database (default .run/keycloak-data/dev).
#                                    Tests use another one (.run/keycloak-data/e2e) with --fresh, so they
#                                    start clean and leave the developer's data alone.
#   PORTICO_KC_LOG=FILE              log file (default .run/keycloak.log)
#   PORTICO_KC_TIMEOUT=SECONDS       how long to wait until it is ready (default 300)
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

# write_import DEMO: write the realm (plus the dev/test overlay when DEMO=1: demo users, development client
# secrets) into the distribution's data/import. merge-realm.mjs refuses a realm file with secrets and any
# placeholder secret.
write_import() {
  local demo="$1" import_dir="$KC_HOME/data/import" args msg
  args=("$PORTICO_ROOT/keycloak/portico-realm.json" "$import_dir/portico-realm.json")
  [[ "$demo" == 1 ]] && args+=("$PORTICO_ROOT/keycloak/demo-users.json")
  mkdir -p "$import_dir"
  rm -f "$import_dir"/*.json
  msg="$(node "$PORTICO_ROOT/scripts/lib/merge-realm.mjs" "${args[@]}")" || die "could not write the realm import"
  log "$msg"
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
  if [[ -n "${PORTICO_INTEGRATION_SECRET:-}" ]]; then
    log "WARNING: PORTICO_INTEGRATION_SECRET is not read any more: the realm holds no secrets (--demo sets the development ones; otherwise Keycloak generates random ones)"
  fi

  if ((fresh)); then
    log "removing Keycloak data in $KC_DATA_DIR (--fresh)"
    rm -rf "$KC_DATA_DIR"
  fi
  mkdir -p "$KC_DATA_DIR"
  write_import "$demo"
  # The realm is imported only into an empty database; remember what that import was (with the demo
  # overlay or not, and a hash of the file) to warn when a later start would use something else.
  local import_hash
  import_hash="$(sha256sum "$KC_HOME/data/import/portico-realm.json" | cut -d' ' -f1)"
  if [[ ! -e "$KC_DATA_DIR/data/h2/keycloakdb.mv.db" ]]; then
    echo "$demo" >"$KC_DATA_DIR/imported-with-demo-users"
    echo "$import_hash" >"$KC_DATA_DIR/imported-realm.sha256"
    if [[ "$demo" != 1 ]]; then
      log "no --demo: portico-integration and portico-license-check get random secrets (admin console → Clients → Credentials)"
    fi
  elif [[ "$demo" == 1 && "$(cat "$KC_DATA_DIR/imported-with-demo-users" 2>/dev/null || echo 0)" != 1 ]]; then
    log "WARNING: the realm in $KC_DATA_DIR was imported without the demo overlay (no demo users, random client secrets); use --fresh to re-import with it"
  elif [[ "$demo" == "$(cat "$KC_DATA_DIR/imported-with-demo-users" 2>/dev/null || echo 0)" &&
    "$import_hash" != "$(cat "$KC_DATA_DIR/imported-realm.sha256" 2>/dev/null || true)" ]]; then
    log "WARNING: the realm in $KC_DATA_DIR was imported from an older keycloak/portico-realm.json (or overlay) and is not updated; use --fresh to re-import"
  fi

  : >"$KC_LOG"
  log "starting Keycloak $KEYCLOAK_VERSION on $KC_URL (data: $KC_DATA_DIR, demo users: $demo, log: $KC_LOG)"
  local t0
  t0=$(now_ms)
  # kc.db-url-path moves the dev H2 database (default <dist>/data/h2) into KC_DATA_DIR/data/h2.
  KC_BOOTSTRAP_ADMIN_USERNAME=admin \
    KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
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

# check: smoke-test the running realm and prove its least-privilege setup. Started with --demo it uses the
# development secrets; otherwise it reads the clients' (random) secrets over the admin REST API (admin /
# admin, the local bootstrap admin) and proves the development secrets are refused.
#   - the discovery document names the issuer; the login page of portico-spa renders (PKCE S256);
#   - portico-integration: client-credentials token with aud portico-api (only), realm role integration and
#     all ten Portico scopes in "scope";
#   - portico-license-check: the same aud and role, and of the Portico scopes only entitlements:read, also
#     when it asks for more;
#   - portico-spa (default and optional scopes) and the realm's default scopes hold no Portico scope; with
#     --demo also a real sign-in (alice, code flow + PKCE): her token has no Portico scope, asking is refused;
#   - the literal placeholder ${PORTICO_INTEGRATION_SECRET} is refused as the secret of portico-integration.
cmd_check() {
  http_ok "$REALM_URL/.well-known/openid-configuration" || die "Keycloak does not answer at $REALM_URL"
  local demo=0
  [[ "$(cat "$KC_STATEFILE" 2>/dev/null || true)" == *" demo=1" ]] && demo=1
  node --input-type=module - "$KC_URL" "$demo" <<'EOF' || die "check failed (a realm imported from an older keycloak/portico-realm.json? then: scripts/keycloak.sh stop; scripts/keycloak.sh start --demo --fresh)"
const [kcUrl, demo] = process.argv.slice(2);
const realmUrl = `${kcUrl}/realms/portico`;
const tokenUrl = `${realmUrl}/protocol/openid-connect/token`;
const PORTICO_SCOPES = ["subscriptions:read", "subscriptions:write", "seats:read", "entitlements:read",
  "contracts:read", "contracts:write", "agreements:write", "catalog:write", "credit:write",
  "webhooks:manage"];
const DEV_SECRETS = { "portico-integration": "portico-integration-secret",
  "portico-license-check": "portico-license-check-secret" };
const ok = (msg) => console.log(`ok: ${msg}`);
const fail = (msg) => { console.error(`FAILED: ${msg}`); process.exit(1); };
const form = (o) => new URLSearchParams(o);
const json = async (res, what) => {
  if (!res.ok) fail(`${what}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
};

const disco = await json(await fetch(`${realmUrl}/.well-known/openid-configuration`), "discovery");
if (disco.issuer !== realmUrl) fail(`issuer ${disco.issuer}, expected ${realmUrl}`);
ok(`issuer ${disco.issuer}`);

const login = await fetch(`${realmUrl}/protocol/openid-connect/auth?` + form({ client_id: "portico-spa",
  response_type: "code", scope: "openid", redirect_uri: "http://localhost:8080/",
  code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", code_challenge_method: "S256" }));
if (login.status !== 200) fail(`login page of portico-spa answered ${login.status}`);
ok("login page of portico-spa renders (code flow, PKCE S256)");

// admin REST API (local bootstrap admin)
const admin = (await json(await fetch(`${kcUrl}/realms/master/protocol/openid-connect/token`, { method: "POST",
  body: form({ grant_type: "password", client_id: "admin-cli", username: "admin", password: "admin" }) }),
  "admin login (admin/admin)")).access_token;
const api = async (path) => json(await fetch(`${kcUrl}/admin/realms/portico${path}`,
  { headers: { authorization: `Bearer ${admin}` } }), `GET ${path}`);
const clientUuid = async (clientId) => {
  const [c] = await api(`/clients?clientId=${encodeURIComponent(clientId)}`);
  if (!c) fail(`client ${clientId} does not exist`);
  return c.id;
};

const tokenRequest = (clientId, secret, extra = {}) => fetch(tokenUrl, { method: "POST",
  body: form({ grant_type: "client_credentials", client_id: clientId, client_secret: secret, ...extra }) });
const sorted = (scope) => (scope ?? "").split(" ").sort().join(" ");
const claims = (t) => JSON.parse(Buffer.from(t.access_token.split(".")[1], "base64url"));

const secrets = {}, secretNote = {};
for (const clientId of Object.keys(DEV_SECRETS)) {
  if (demo === "1") {
    secrets[clientId] = DEV_SECRETS[clientId];
    secretNote[clientId] = `development secret ${DEV_SECRETS[clientId]}`;
  } else {
    const { value } = await api(`/clients/${await clientUuid(clientId)}/client-secret`);
    if (!value || value.includes("${") || value === DEV_SECRETS[clientId]) fail(`secret of ${clientId} is ${value}`);
    const dev = await tokenRequest(clientId, DEV_SECRETS[clientId]);
    if (dev.status !== 401) fail(`${clientId} with the development secret answered ${dev.status}`);
    secrets[clientId] = value;
    secretNote[clientId] = "random secret";
    ok(`${clientId} has a random secret (${value.length} characters, read over the admin API); the development secret is refused (401)`);
  }
}

const checkToken = async (clientId, expectedScopes, extra = {}) => {
  const t = await json(await tokenRequest(clientId, secrets[clientId], extra), `token of ${clientId}`);
  const p = claims(t);
  const aud = [].concat(p.aud ?? []), roles = p.realm_access?.roles ?? [], scope = (p.scope ?? "").split(" ");
  if (p.iss !== realmUrl) fail(`${clientId}: iss ${p.iss}`);
  if (aud.length !== 1 || aud[0] !== "portico-api") fail(`${clientId}: aud ${JSON.stringify(p.aud)}`);
  if (!roles.includes("integration")) fail(`${clientId}: roles ${roles}`);
  const portico = scope.filter((s) => PORTICO_SCOPES.includes(s));
  const missing = expectedScopes.filter((s) => !portico.includes(s));
  const extraScopes = portico.filter((s) => !expectedScopes.includes(s));
  if (missing.length || extraScopes.length) fail(`${clientId}: scope "${p.scope}" (missing ${missing}; not given ${extraScopes})`);
  return p;
};

let p = await checkToken("portico-integration", PORTICO_SCOPES);
ok(`portico-integration token (${secretNote["portico-integration"]}): aud=${p.aud} roles=${p.realm_access.roles} scope="${sorted(p.scope)}"`);

const licenseOnly = ["entitlements:read"];
p = await checkToken("portico-license-check", licenseOnly);
ok(`portico-license-check token (${secretNote["portico-license-check"]}): aud=${p.aud} roles=${p.realm_access.roles} scope="${sorted(p.scope)}"`);

const others = PORTICO_SCOPES.filter((s) => s !== "entitlements:read");
const greedy = await tokenRequest("portico-license-check", secrets["portico-license-check"], { scope: others.join(" ") });
if (greedy.ok) {
  const g = claims(await greedy.json());
  if ((g.scope ?? "").split(" ").some((s) => others.includes(s))) fail(`portico-license-check got "${g.scope}" when asking for more`);
  ok(`portico-license-check asking for the other nine scopes: not granted (scope="${g.scope}")`);
} else {
  const body = await greedy.json().catch(() => ({}));
  ok(`portico-license-check asking for the other nine scopes: refused (HTTP ${greedy.status} ${body.error ?? ""})`);
}

const spa = await clientUuid("portico-spa");
const spaScopes = [...await api(`/clients/${spa}/default-client-scopes`), ...await api(`/clients/${spa}/optional-client-scopes`)].map((s) => s.name);
const realmDefaults = [...await api("/default-default-client-scopes"), ...await api("/default-optional-client-scopes")].map((s) => s.name);
const leaked = [...spaScopes, ...realmDefaults].filter((s) => PORTICO_SCOPES.includes(s));
if (leaked.length) fail(`Portico scopes on portico-spa or in the realm's default scopes: ${leaked}`);
const existing = (await api("/client-scopes")).map((s) => s.name);
const absent = PORTICO_SCOPES.filter((s) => !existing.includes(s));
if (absent.length) fail(`client scopes missing: ${absent}`);
ok(`portico-spa (${spaScopes.join(" ")}) and the realm's default scopes for new clients hold none of the ten Portico scopes`);

// With the demo users: a real sign-in to portico-spa (code flow + PKCE) as alice; her token carries no
// Portico scope, and asking for one is refused.
if (demo === "1") {
  const { createHash, randomBytes } = await import("node:crypto");
  const verifier = randomBytes(32).toString("base64url");
  const authUrl = (scope) => `${realmUrl}/protocol/openid-connect/auth?` + form({ client_id: "portico-spa",
    response_type: "code", scope, redirect_uri: "http://localhost:8080/", code_challenge_method: "S256",
    code_challenge: createHash("sha256").update(verifier).digest("base64url") });
  let res = await fetch(authUrl("openid"), { redirect: "manual" });
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const action = (await res.text()).match(/action="([^"]*login-actions\/authenticate[^"]*)"/)?.[1];
  if (!action) fail("no login form on the login page of portico-spa");
  res = await fetch(action.replaceAll("&amp;", "&"), { method: "POST", redirect: "manual", headers: { cookie },
    body: form({ username: "alice.admin@acme.example", password: "portico-demo" }) });
  const code = new URL(res.headers.get("location") ?? "http://x/").searchParams.get("code");
  if (!code) fail(`sign-in of alice to portico-spa answered ${res.status} ${res.headers.get("location")}`);
  const t = await json(await fetch(tokenUrl, { method: "POST", body: form({ grant_type: "authorization_code",
    client_id: "portico-spa", code, redirect_uri: "http://localhost:8080/", code_verifier: verifier }) }), "token of portico-spa");
  const u = claims(t);
  if ((u.scope ?? "").split(" ").some((x) => PORTICO_SCOPES.includes(x))) fail(`portico-spa token scope "${u.scope}"`);
  if (![].concat(u.aud).includes("portico-api")) fail(`portico-spa token aud ${u.aud}`);
  const asked = await fetch(authUrl("openid subscriptions:read"), { redirect: "manual" });
  const error = new URL(asked.headers.get("location") ?? "http://x/").searchParams.get("error");
  if (error !== "invalid_scope") fail(`portico-spa asking for subscriptions:read answered ${asked.status} error=${error}`);
  ok(`portico-spa token of alice (code flow + PKCE): scope="${u.scope}"; asking for subscriptions:read: refused (error=${error})`);
}

const placeholder = "${PORTICO_INTEGRATION_SECRET}";
const ph = await tokenRequest("portico-integration", placeholder);
const phBody = await ph.json().catch(() => ({}));
if (ph.status !== 401) fail(`portico-integration with the secret ${placeholder} answered ${ph.status}`);
ok(`portico-integration with the literal secret ${placeholder}: refused (HTTP ${ph.status} ${phBody.error})`);
EOF
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
