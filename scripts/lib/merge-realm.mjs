// scripts/lib/merge-realm.mjs — write the Keycloak realm import file.
//   node merge-realm.mjs REALM.json OUT.json [OVERLAY.json]
// Copies REALM.json to OUT.json without documentation keys (any key starting with "_"). With a third
// argument (the dev/test overlay keycloak/demo-users.json) it also
//   - merges each entry of the overlay's "clients" into the realm's client with the same clientId
//     (the overlay's fields win; this is how the development client secrets get in), and
//   - appends the overlay's "users" to the realm's users (the demo users).
// It refuses (exit 1) to write an import in which
//   - REALM.json itself holds a client secret: the production realm holds none, so that Keycloak gives
//     every confidential client a random secret at import; known secrets come only from the overlay;
//   - any client secret contains "${": Keycloak would keep an unresolved placeholder as the literal
//     secret, a value anybody who read the realm file knows.
// Used by scripts/keycloak.sh and by docker/compose.yaml (service keycloak-import).
import { readFileSync, writeFileSync } from "node:fs";

const [realmFile, outFile, overlayFile] = process.argv.slice(2);
if (!realmFile || !outFile) {
  console.error("usage: node merge-realm.mjs REALM.json OUT.json [OVERLAY.json]");
  process.exit(2);
}
const fail = (msg) => {
  console.error(`merge-realm: ${msg}`);
  process.exit(1);
};
const strip = (v) =>
  Array.isArray(v) ? v.map(strip)
  : v && typeof v === "object"
    ? Object.fromEntries(Object.entries(v).filter(([k]) => !k.startsWith("_")).map(([k, x]) => [k, strip(x)]))
    : v;
const read = (f) => strip(JSON.parse(readFileSync(f, "utf8")));

const realm = read(realmFile);
const withSecret = (realm.clients ?? []).filter((c) => c.secret != null).map((c) => c.clientId);
if (withSecret.length) {
  fail(`${realmFile} must not hold client secrets (found for ${withSecret.join(", ")}): Keycloak generates ` +
    "random ones at import; development secrets belong in the overlay (keycloak/demo-users.json)");
}

if (overlayFile) {
  const overlay = read(overlayFile);
  for (const patch of overlay.clients ?? []) {
    const client = (realm.clients ?? []).find((c) => c.clientId === patch.clientId);
    if (!client) fail(`${overlayFile}: client ${patch.clientId} is not in ${realmFile}`);
    Object.assign(client, patch);
  }
  realm.users = [...(realm.users ?? []), ...(overlay.users ?? [])];
}

const placeholders = (realm.clients ?? []).filter((c) => typeof c.secret === "string" && c.secret.includes("${"));
if (placeholders.length) {
  fail(`the secret of ${placeholders.map((c) => c.clientId).join(", ")} is a placeholder ` +
    `(${placeholders.map((c) => c.secret).join(", ")}): Keycloak would keep it as the literal secret when the ` +
    "variable is unset; give a real value or none (then Keycloak generates a random secret)");
}

writeFileSync(outFile, JSON.stringify(realm, null, 2) + "\n");
const secrets = (realm.clients ?? []).filter((c) => c.secret != null).map((c) => c.clientId);
console.log(`realm ${realm.realm} written to ${outFile} (${realm.users?.length ?? 0} users` +
  `${overlayFile ? ", with the dev/test overlay" : ""}; known secrets: ${secrets.join(", ") || "none, Keycloak generates them"})`);
