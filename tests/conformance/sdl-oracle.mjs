// Holds our type system to graphql-js 16: for every corpus/sdl/{valid,invalid}/*.graphql file and our own
// schema/discogsography.graphql, our bridge (`$CONFORMANCE_TOOL schema <files...>`) builds the schema and answers
// its printed SDL and introspection data (or the problems found).
//   valid:   graphql-js builds our SDL, validateSchema finds nothing, printSchema(buildSchema(ours)) === ours,
//            printSchema(buildSchema(original)) === ours, buildClientSchema(our introspection) validates and prints
//            === ours, and our introspection equals graphql-js's (same keys in the same order), apart from the
//            spec-vs-graphql-js differences listed in `knownDifferences`.
//   invalid: we reject with at least one message, and graphql-js rejects too (buildSchema throws or
//            validateSchema reports).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildClientSchema, buildSchema, getIntrospectionQuery, graphqlSync, printSchema, validateSchema } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, 'corpus', 'sdl');
const introspectionOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};
let passed = 0;
let failed = 0;
let sameMessage = 0;

function check(file, condition, reason) {
  if (condition) {
    passed++;
  } else {
    failed++;
    console.log(`FAIL ${file}: ${reason}`);
  }
}

// graphql-js 16.15 goes beyond the September 2025 spec, which we follow: @deprecated takes `reason: String!` and is
// not allowed on directive definitions, and directives have no deprecation in introspection. Remove exactly those
// parts from graphql-js's answer before comparing.
function knownDifferences(introspection) {
  const copy = structuredClone(introspection);
  for (const directive of copy.__schema.directives) {
    if (directive.name === 'deprecated') {
      directive.locations = directive.locations.filter((l) => l !== 'DIRECTIVE_DEFINITION');
      const reason = directive.args.find((a) => a.name === 'reason');
      if (reason && reason.type.kind === 'SCALAR') reason.type = { kind: 'NON_NULL', name: null, ofType: { ...reason.type, ofType: null } };
      if (reason) reason.type.ofType = { name: 'String', kind: 'SCALAR', ofType: null };
    }
  }
  for (const type of copy.__schema.types) {
    if (type.name === '__Schema') {
      const directives = type.fields.find((f) => f.name === 'directives');
      directives.args = [];
    } else if (type.name === '__Directive') {
      type.fields = type.fields.filter((f) => f.name !== 'isDeprecated' && f.name !== 'deprecationReason');
    } else if (type.name === '__DirectiveLocation') {
      type.enumValues = type.enumValues.filter((v) => v.name !== 'DIRECTIVE_DEFINITION');
    }
  }
  return copy;
}

function firstDifference(a, b, path = '') {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${path}: ours ${JSON.stringify(a)}, graphql-js ${JSON.stringify(b)}`;
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (JSON.stringify(keysA) !== JSON.stringify(keysB)) return `${path}: keys ours [${keysA}], graphql-js [${keysB}]`;
  for (const key of keysA) {
    const label = Array.isArray(a) && a[key]?.name ? `${path}[${a[key].name}]` : `${path}.${key}`;
    const difference = firstDifference(a[key], b[key], label);
    if (difference) return difference;
  }
  return `${path}: differ`;
}

function attempt(action) {
  try {
    return { value: action() };
  } catch (error) {
    return { error: error.message };
  }
}

function graphqlJsVerdict(source) {
  const built = attempt(() => buildSchema(source));
  if (built.error) return { ok: false, messages: [built.error] };
  const problems = validateSchema(built.value);
  return problems.length ? { ok: false, messages: problems.map((p) => p.message) } : { ok: true, schema: built.value };
}

const tool = process.env.CONFORMANCE_TOOL;
if (!tool) {
  console.log('CONFORMANCE_TOOL is not set: build tests/Discogsography.Conformance.Tool and point it at the apphost');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const files = [{ path: resolve(here, '..', '..', 'schema', 'discogsography.graphql'), name: 'schema/discogsography.graphql', expectation: 'valid' }];
for (const expectation of ['valid', 'invalid']) {
  for (const name of readdirSync(join(corpus, expectation)).sort()) {
    if (name.endsWith('.graphql')) files.push({ path: join(corpus, expectation, name), name: `${expectation}/${name}`, expectation });
  }
}

const ours = JSON.parse(execFileSync(tool, ['schema', ...files.map((f) => f.path)], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8'));
const byPath = new Map(ours.map((result) => [result.file, result]));

for (const file of files) {
  const source = readFileSync(file.path, 'utf8');
  const mine = byPath.get(file.path);
  const theirs = graphqlJsVerdict(source);
  if (!mine) {
    check(file.name, false, 'no answer from the bridge');
    continue;
  }
  if (file.expectation === 'invalid') {
    check(file.name, !theirs.ok, 'corpus file is misfiled: graphql-js accepts it');
    check(file.name, !mine.ok && mine.errors.length > 0 && mine.errors.every((e) => e.message), 'we accept a schema graphql-js rejects');
    if (!mine.ok && !theirs.ok) {
      const shared = mine.errors.some((e) => theirs.messages.includes(e.message));
      if (shared) sameMessage++;
      console.log(`${file.name}: ours "${mine.errors[0].message}"${shared ? ' (graphql-js says the same)' : ` | graphql-js "${theirs.messages[0]}"`}`);
    }
    continue;
  }

  check(file.name, theirs.ok, `corpus file is misfiled: graphql-js rejects it (${theirs.messages?.[0]})`);
  if (!mine.ok) {
    check(file.name, false, `we reject a valid schema: ${mine.errors.map((e) => e.message).join(' | ')}`);
    continue;
  }
  const rebuilt = attempt(() => buildSchema(mine.sdl));
  check(file.name, !rebuilt.error, `graphql-js cannot build our SDL: ${rebuilt.error}`);
  if (rebuilt.error) continue;
  const rebuiltProblems = validateSchema(rebuilt.value);
  check(file.name, rebuiltProblems.length === 0, `our SDL does not validate: ${rebuiltProblems.map((p) => p.message).join(' | ')}`);
  check(file.name, printSchema(rebuilt.value) === mine.sdl, 'printSchema(buildSchema(our SDL)) differs from our SDL');
  if (theirs.ok) {
    const expected = printSchema(theirs.schema);
    check(file.name, expected === mine.sdl, `our SDL differs from printSchema(buildSchema(original)):\n--- ours\n${mine.sdl}\n--- graphql-js\n${expected}`);
  }
  const client = attempt(() => buildClientSchema(mine.introspection));
  check(file.name, !client.error, `buildClientSchema rejects our introspection: ${client.error}`);
  if (!client.error) {
    const clientProblems = validateSchema(client.value);
    check(file.name, clientProblems.length === 0, `our introspection does not validate: ${clientProblems.map((p) => p.message).join(' | ')}`);
    check(file.name, printSchema(client.value) === mine.sdl, 'printSchema(buildClientSchema(our introspection)) differs from our SDL');
  }
  if (theirs.ok) {
    const executed = graphqlSync({ schema: theirs.schema, source: getIntrospectionQuery(introspectionOptions) });
    const expected = knownDifferences(executed.data);
    const difference = firstDifference(mine.introspection, expected);
    check(file.name, difference === null, `our introspection differs from graphql-js's at ${difference}`);
  }
}

console.log(`invalid files where graphql-js gives one of our messages: ${sameMessage}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
