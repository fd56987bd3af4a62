// Validates the canonical records the extractor writes against schema/records/*.schema.json.
// Runs `dotnet "$SERVER_DLL" extract --output jsonl` over the shared real Discogs sample and over a generated
// sample (which carries every parser quirk), then checks every JSON Lines record with ajv (JSON Schema 2020-12).
// Ends with one line "N passed, M failed"; exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const types = [
  ['artists', 'artist'],
  ['labels', 'label'],
  ['masters', 'master'],
  ['releases', 'release'],
];
let passed = 0;
let failed = 0;

function check(ok, message) {
  if (ok) {
    passed++;
    console.log(`ok   ${message}`);
  } else {
    failed++;
    console.log(`FAIL ${message}`);
  }
}

function sharedSample() {
  const configured = process.env.DISCOGSOGRAPHY_SHARED_DATA;
  if (configured) return existsSync(join(configured, 'discogs-20200806-sample')) ? join(configured, 'discogs-20200806-sample') : null;
  for (let dir = root; ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'data', 'discogs-20200806-sample');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

function server(args) {
  const dll = process.env.SERVER_DLL ?? join(root, 'src/Discogsography.Server/bin/Release/net10.0/Discogsography.Server.dll');
  return execFileSync('dotnet', [dll, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validators = Object.fromEntries(
  types.map(([type, schema]) => [type, ajv.compile(JSON.parse(readFileSync(join(root, 'schema/records', `${schema}.schema.json`), 'utf8')))]),
);

function validateOutput(label, outputDir, expectedCounts) {
  for (const [type] of types) {
    const file = join(outputDir, `${type}.jsonl`);
    if (!existsSync(file)) {
      check(false, `${label}: ${type}.jsonl was written`);
      continue;
    }
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0);
    const errors = [];
    const ids = new Set();
    const hashes = new Set();
    for (const [index, line] of lines.entries()) {
      let record;
      try {
        record = JSON.parse(line);
      } catch (e) {
        errors.push(`line ${index + 1}: not JSON (${e.message})`);
        continue;
      }
      if (!validators[type](record)) {
        errors.push(`line ${index + 1} (id ${record.id}): ${ajv.errorsText(validators[type].errors)}`);
      }
      ids.add(record.id);
      hashes.add(createHash('sha256').update(line).digest('hex'));
    }
    for (const error of errors.slice(0, 5)) console.log(`     ${error}`);
    check(errors.length === 0, `${label}: ${lines.length} ${type} records match ${type.slice(0, -1)}.schema.json`);
    check(ids.size === lines.length && hashes.size === lines.length, `${label}: ${type} ids and content hashes are unique`);
    if (expectedCounts) check(lines.length === expectedCounts[type], `${label}: ${type} has ${expectedCounts[type]} records (got ${lines.length})`);
  }
}

const work = mkdtempSync(join(tmpdir(), 'records-schema-'));
try {
  const sample = sharedSample();
  if (!sample) {
    console.log('not run: the shared Discogs sample (shared/data/discogs-20200806-sample) is absent; only the generated sample is checked');
  } else {
    const out = join(work, 'real');
    let summary = '';
    try {
      summary = server(['extract', '--input', sample, '--output', 'jsonl', out]);
      check(true, 'extract over the real sample exits 0');
    } catch (e) {
      check(false, `extract over the real sample exits 0 (${e.status}: ${e.stderr})`);
    }
    console.log(summary.trim().split('\n').map((l) => `     ${l}`).join('\n'));
    validateOutput('real sample', out, { artists: 1000, labels: 1000, masters: 1000, releases: 1000 });
  }

  const generated = join(work, 'generated');
  const out = join(work, 'generated-out');
  try {
    server(['sample', 'generate', '--scale', '3000', '--output', generated]);
    const summary = server(['extract', '--input', generated, '--output', 'jsonl', out]);
    console.log(summary.trim().split('\n').map((l) => `     ${l}`).join('\n'));
    const skipped = Object.fromEntries(
      summary.split('\n').map((l) => l.trim().split(/\s+/)).filter((f) => types.some(([t]) => t === f[0])).map((f) => [f[0], Number(f[2])]),
    );
    check(types.every(([t]) => skipped[t] > 0), 'generated sample: every file has deliberately malformed records, and they are skipped');
    validateOutput('generated sample', out, null);
  } catch (e) {
    check(false, `sample generate + extract exit 0 (${e.status}: ${e.stderr})`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
