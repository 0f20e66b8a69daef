// scripts/lib/merge-realm.mjs — write the Keycloak realm import file.
//   node merge-realm.mjs REALM.json OUT.json [DEMO_USERS.json]
// Copies REALM.json to OUT.json without documentation keys (any key starting with "_"); with a
// third argument, appends that file's "users" to the realm's users (the dev/test demo users).
// Used by scripts/keycloak.sh and by docker/compose.yaml (service keycloak-import).
import { readFileSync, writeFileSync } from "node:fs";

const [realmFile, outFile, demoFile] = process.argv.slice(2);
if (!realmFile || !outFile) {
  console.error("usage: node merge-realm.mjs REALM.json OUT.json [DEMO_USERS.json]");
  process.exit(2);
}
const strip = (v) =>
  Array.isArray(v) ? v.map(strip)
  : v && typeof v === "object"
    ? Object.fromEntries(Object.entries(v).filter(([k]) => !k.startsWith("_")).map(([k, x]) => [k, strip(x)]))
    : v;
const read = (f) => strip(JSON.parse(readFileSync(f, "utf8")));

const realm = read(realmFile);
if (demoFile) {
  realm.users = [...(realm.users ?? []), ...read(demoFile).users];
}
writeFileSync(outFile, JSON.stringify(realm, null, 2) + "\n");
console.log(`realm ${realm.realm} written to ${outFile} (${realm.users?.length ?? 0} users${demoFile ? ", with demo users" : ""})`);
