// Checks docker-compose.yml and the Dockerfile without a Docker engine: the compose file parses, names the
// services of the full stack, builds the server from a multi-stage Dockerfile that runs as a non-root user,
// and every environment name given to our services is one the server binary understands.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const results = [];
const check = (name, fn) => {
  try {
    fn();
    results.push({ name, ok: true });
  } catch (e) {
    results.push({ name, ok: false, reason: e.message });
  }
};
const assert = (condition, message) => { if (!condition) throw new Error(message); };

const compose = parse(readFileSync(new URL('docker-compose.yml', root), 'utf8'));
const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
const serverDll = process.env.SERVER_DLL;
assert(serverDll, 'SERVER_DLL is not set (tests/run.sh sets it to the built server)');
const known = JSON.parse(execFileSync('dotnet', [serverDll, 'config', 'env', '--json'], { encoding: 'utf8' }));

check('compose names postgres, neo4j, rabbitmq and server', () => {
  for (const service of ['postgres', 'neo4j', 'rabbitmq', 'server']) {
    assert(compose.services?.[service], `service ${service} is missing`);
  }
});

const ours = Object.entries(compose.services).filter(([, s]) => s.build || (s.image ?? '').startsWith('discogsography'));
check('our services build from the Dockerfile', () => {
  assert(ours.length > 0, 'no service builds our image');
  for (const [name, s] of ours) {
    if (s.build) assert((s.build.dockerfile ?? 'Dockerfile') === 'Dockerfile', `${name} builds from ${s.build.dockerfile}`);
  }
});

check('every environment name of our services is understood by the server', () => {
  for (const [name, s] of ours) {
    for (const key of Object.keys(s.environment ?? {})) {
      const understood = key in known || key.includes('__') || key.startsWith('ASPNETCORE_') || key.startsWith('DOTNET_');
      assert(understood, `${name}: environment name ${key} is not read by the server (see 'config env')`);
    }
  }
});

check('services that other services wait for have health checks', () => {
  for (const [name, s] of Object.entries(compose.services)) {
    for (const dependency of Object.keys(s.depends_on ?? {})) {
      assert(compose.services[dependency]?.healthcheck, `${name} waits for ${dependency}, which has no healthcheck`);
    }
  }
});

check('the Dockerfile is multi-stage and runs as a non-root user', () => {
  const stages = dockerfile.match(/^FROM\s+/gim) ?? [];
  assert(stages.length >= 2, `expected at least two stages, found ${stages.length}`);
  const users = [...dockerfile.matchAll(/^USER\s+(\S+)/gim)].map(m => m[1]);
  assert(users.length > 0 && !['root', '0'].includes(users.at(-1)), 'the final USER is missing or root');
});

check('the Dockerfile copies only paths that exist', () => {
  for (const m of dockerfile.matchAll(/^COPY\s+(?!--from)(.+)$/gim)) {
    const parts = m[1].trim().split(/\s+/);
    for (const source of parts.slice(0, -1)) {
      assert(existsSync(new URL(source, root)), `COPY source ${source} does not exist`);
    }
  }
});

for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.reason ? `: ${r.reason}` : ''}`);
const failed = results.filter(r => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
