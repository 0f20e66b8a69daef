// Judges openapi.yaml with Spectral (OpenAPI + OWASP API Security rules, .spectral.yaml) and Redocly (recommended
// rules, redocly.yaml): prints every error and a count of warnings per rule; exits 1 on any error. `npm run lint`.
import { spawnSync } from 'node:child_process';

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });

const spectral = run('npx', ['--no-install', 'spectral', 'lint', 'openapi.yaml', '--ruleset', '.spectral.yaml',
  '--format', 'json', '--quiet']);
let results;
try {
  results = JSON.parse(spectral.stdout || '[]');
} catch {
  console.error(spectral.stdout, spectral.stderr);
  process.exit(1);
}
const severities = ['error', 'warning', 'info', 'hint'];
const byRule = new Map();
for (const r of results) {
  const key = `${severities[r.severity]} ${r.code}`;
  byRule.set(key, (byRule.get(key) ?? 0) + 1);
}
const errors = results.filter((r) => r.severity === 0);
for (const e of errors) console.log(`spectral error ${e.code} at ${e.path.join('.')}: ${e.message}`);
console.log(`spectral: ${errors.length} errors, ${results.length - errors.length} warnings`);
for (const [rule, n] of [...byRule].sort()) console.log(`  ${String(n).padStart(4)} ${rule}`);

const redocly = run('npx', ['--no-install', 'redocly', 'lint', 'openapi.yaml', '--config', 'redocly.yaml',
  '--format', 'stylish'], { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' });
const lines = `${redocly.stdout}\n${redocly.stderr}`.split('\n')
  .filter((l) => /(error|warning)\s|validated|valid|Woohoo|Failed/i.test(l) && !/Node\.js/.test(l));
console.log(`redocly (recommended):\n${lines.map((l) => `  ${l.trim()}`).join('\n')}`);

process.exit(errors.length > 0 || redocly.status !== 0 ? 1 : 0);
