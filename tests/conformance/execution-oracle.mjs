// Holds our executor to graphql-js 16's: every corpus/execution/cases/*.graphql document runs through graphql-js
// `execute({ schema: buildSchema(sdl), document, rootValue: data, variableValues, operationName })` (default field
// resolver reading properties, abstract types resolved from `__typename` in the data) and through our bridge
// (`$CONFORMANCE_TOOL execute --schema <sdl> --data <json> <cases...>`). A case passes when both answers carry the same
// `data` (same keys in the same order, or both absent) and the same set of errors by path and locations.
// The only function in the data is Query.echo, which answers its coerced arguments as JSON on both sides.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, execute, parse, validate } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, 'corpus', 'execution');
const schemaFile = join(corpus, 'schema.graphql');
const dataFile = join(corpus, 'data.json');
const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
const tool = process.env.CONFORMANCE_TOOL;
if (!tool) {
  console.log('CONFORMANCE_TOOL is not set');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const cases = readdirSync(join(corpus, 'cases')).filter((f) => f.endsWith('.graphql')).sort().map((f) => join(corpus, 'cases', f));
const ours = new Map(
  JSON.parse(execFileSync(tool, ['execute', '--schema', schemaFile, '--data', dataFile, ...cases], { maxBuffer: 64 << 20 }).toString())
    .map((r) => [r.file, r.result]));

let passed = 0;
let failed = 0;

function header(text, name) {
  const line = text.split('\n').find((l) => l.startsWith(`# ${name}:`));
  return line === undefined ? undefined : line.slice(name.length + 3).trim();
}

// graphql-js answers request errors (no operation, bad variables) as { errors } without data, as we do.
function reference(file) {
  const text = readFileSync(file, 'utf8');
  const document = parse(text);
  const invalid = validate(schema, document);
  if (invalid.length > 0) {
    return { corpusError: invalid.map((e) => e.message).join('; ') };
  }
  const variables = header(text, 'variables');
  const rootValue = JSON.parse(readFileSync(dataFile, 'utf8'));
  rootValue.echo = (args) => JSON.stringify(args);
  const result = execute({
    schema,
    document,
    rootValue,
    variableValues: variables === undefined ? undefined : JSON.parse(variables),
    operationName: header(text, 'operation'),
  });
  return JSON.parse(JSON.stringify(result));
}

function errorKeys(result) {
  return (result.errors ?? [])
    .map((e) => JSON.stringify({ path: e.path ?? null, locations: e.locations ?? [] }))
    .sort();
}

for (const file of cases) {
  const name = file.slice(corpus.length + 7);
  const expected = reference(file);
  const actual = ours.get(file);
  if (expected.corpusError) {
    failed++;
    console.log(`FAIL ${name}: the case is not valid GraphQL for this schema: ${expected.corpusError}`);
    continue;
  }
  const problems = [];
  if ('data' in expected !== 'data' in actual) {
    problems.push(`data ${'data' in expected ? 'expected' : 'not expected'}`);
  } else if (JSON.stringify(expected.data) !== JSON.stringify(actual.data)) {
    problems.push(`data differs:\n  graphql-js: ${JSON.stringify(expected.data)}\n  ours:       ${JSON.stringify(actual.data)}`);
  }
  const expectedErrors = errorKeys(expected);
  const actualErrors = errorKeys(actual);
  if (JSON.stringify(expectedErrors) !== JSON.stringify(actualErrors)) {
    problems.push(`errors differ:\n  graphql-js: ${expectedErrors.join(' ')}\n  ours:       ${actualErrors.join(' ')}\n  our messages: ${(actual.errors ?? []).map((e) => e.message).join(' | ')}\n  their messages: ${(expected.errors ?? []).map((e) => e.message).join(' | ')}`);
  }
  if ((actual.errors ?? []).some((e) => typeof e.extensions?.code !== 'string')) {
    problems.push('an error has no extensions.code');
  }
  if (problems.length === 0) {
    passed++;
  } else {
    failed++;
    console.log(`FAIL ${name}: ${problems.join('; ')}`);
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
