// Holds our lexer, parser and printer to graphql-js: for every corpus/parse/{valid,invalid}/*.graphql file,
// our bridge (`$CONFORMANCE_TOOL parse <files...>`) and graphql-js `parse` must give the same verdict; a
// rejection must carry the same message, line and column; an accepted document must print exactly as
// graphql-js `print(parse(source))`. Files under valid/ must parse and files under invalid/ must not.
// Then the same comparison runs over mutated copies of the valid files (fixed seed, fixed count), written
// to a temporary folder, to find differences no hand-written file thought of.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, print } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, 'corpus', 'parse');
let passed = 0;
let failed = 0;

function fail(file, reason) {
  failed++;
  console.log(`FAIL ${file}: ${reason}`);
}

function graphqlJs(source) {
  try {
    return { ok: true, printed: print(parse(source)) };
  } catch (error) {
    const [location] = error.locations ?? [{}];
    return { ok: false, error: { message: error.message, line: location.line, column: location.column } };
  }
}

const tool = process.env.CONFORMANCE_TOOL;
if (!tool) {
  console.log('CONFORMANCE_TOOL is not set: build tests/Discogsography.Conformance.Tool and point it at the apphost');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const files = [];
for (const expectation of ['valid', 'invalid']) {
  for (const name of readdirSync(join(corpus, expectation)).sort()) {
    if (name.endsWith('.graphql')) files.push({ path: join(corpus, expectation, name), name: `${expectation}/${name}`, expectation });
  }
}

// Mutants: delete, insert, replace or truncate at seeded positions; their expectation is graphql-js's verdict.
const MUTANTS = 600;
const pieces = ['{', '}', '(', ')', '[', ']', ':', '=', '@', '$', '!', '|', '&', '...', '.', ',', ' ', '\n', '\r\n', '#', '"', '"""',
  '\\', 'on', 'query', 'fragment', 'extend', 'type', 'true', 'null', 'x', '0', '-', '1.5', 'e', 'é', '\u{1F600}', '\uD83D\uDE00'];
let seed = 20250906;
const random = (n) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (((t ^ (t >>> 14)) >>> 0) % n);
};
const mutantsFolder = mkdtempSync(join(tmpdir(), 'parse-oracle-'));
const validSources = files.filter((f) => f.expectation === 'valid').map((f) => readFileSync(f.path, 'utf8'));
for (let i = 0; i < MUTANTS; i++) {
  let text = validSources[random(validSources.length)];
  for (let m = 1 + random(3); m > 0 && text.length > 0; m--) {
    const at = random(text.length);
    switch (random(4)) {
      case 0: text = text.slice(0, at) + text.slice(at + 1); break;
      case 1: text = text.slice(0, at) + pieces[random(pieces.length)] + text.slice(at); break;
      case 2: text = text.slice(0, at) + String.fromCharCode(32 + random(95)) + text.slice(at + 1); break;
      default: text = text.slice(0, at);
    }
  }
  const path = join(mutantsFolder, `mutant-${String(i).padStart(4, '0')}.graphql`);
  writeFileSync(path, text, 'utf8');
  files.push({ path, name: `mutant-${i}`, expectation: null });
}

const ours = JSON.parse(execFileSync(tool, ['parse', ...files.map((f) => f.path)], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8'));
const byPath = new Map(ours.map((result) => [result.file, result]));

for (const file of files) {
  const source = readFileSync(file.path, 'utf8');
  const theirs = graphqlJs(source);
  const mine = byPath.get(file.path);
  if (!mine) {
    fail(file.name, 'no answer from the bridge');
    continue;
  }
  if (file.expectation !== null && theirs.ok !== (file.expectation === 'valid')) {
    fail(file.name, `corpus file is misfiled: graphql-js ${theirs.ok ? 'accepts' : `rejects (${theirs.error.message})`}`);
    continue;
  }
  if (mine.ok !== theirs.ok) {
    fail(file.name, mine.ok ? `we accept, graphql-js rejects: ${theirs.error.message}` : `we reject (${mine.error.message} at ${mine.error.line}:${mine.error.column}), graphql-js accepts`);
    continue;
  }
  if (theirs.ok) {
    if (mine.printed !== theirs.printed) {
      fail(file.name, `printed output differs\n--- ours\n${mine.printed}\n--- graphql-js\n${theirs.printed}`);
      continue;
    }
    const reprinted = graphqlJs(mine.printed);
    if (!reprinted.ok || reprinted.printed !== mine.printed) {
      fail(file.name, 'our printed output does not survive a graphql-js parse/print round trip');
      continue;
    }
  } else {
    const [a, b] = [mine.error, theirs.error];
    if (a.line !== b.line || a.column !== b.column) {
      fail(file.name, `error position ${a.line}:${a.column}, graphql-js ${b.line}:${b.column} (${b.message})`);
      continue;
    }
    if (a.message !== b.message) {
      fail(file.name, `error message "${a.message}", graphql-js "${b.message}"`);
      continue;
    }
  }
  passed++;
}

rmSync(mutantsFolder, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
