// Holds our validator to graphql-js 16: for every document of corpus/validation/*.json (items
// `{ schema: "spec" | "discogsography", document }`), graphql-js `validate(schema, parse(document), rules)` and our
// bridge (`$CONFORMANCE_TOOL validate --schema <sdl> <files...>`, spec rules only, no operation limits) must give
// the same verdict and, for invalid documents, the same errors: the same multiset of (rule, locations) pairs, where
// graphql-js's rule of an error is found by running each rule on its own.
//
// graphql-js 16 predates two rules of the September 2025 spec, which graphql-js 17 has; the oracle adds them here,
// written from the spec text:
//   - Operation Type Existence (graphql-js 17 KnownOperationTypesRule): an operation needs its root type;
//   - Subscription Single Root Field forbids @skip/@include in the root selection set (graphql-js 17 reports those
//     directives once and then does not count root fields).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, GraphQLError, Kind, parse, specifiedRules, validate } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, 'corpus', 'validation');
const schemaFiles = {
  spec: join(corpus, 'schemas', 'spec.graphql'),
  discogsography: resolve(here, 'corpus', 'validation', 'schemas', 'catalog.graphql'),
};

function KnownOperationTypesRule(context) {
  return {
    OperationDefinition(node) {
      if (!context.getSchema().getRootType(node.operation)) {
        context.reportError(new GraphQLError(`The ${node.operation} operation is not supported by the schema.`, { nodes: node }));
      }
    },
  };
}

function rootConditionals(context, selectionSet, visited, found) {
  for (const selection of selectionSet.selections) {
    for (const directive of selection.directives ?? []) {
      if (directive.name.value === 'skip' || directive.name.value === 'include') found.push(directive);
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootConditionals(context, selection.selectionSet, visited, found);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD && !visited.has(selection.name.value)) {
      visited.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) rootConditionals(context, fragment.selectionSet, visited, found);
    }
  }
  return found;
}

function SingleFieldSubscriptionsSpecRule(context) {
  const inner = specifiedRules.find((rule) => rule.name === 'SingleFieldSubscriptionsRule')(context);
  return {
    OperationDefinition(node) {
      if (node.operation === 'subscription' && context.getSchema().getSubscriptionType()) {
        const conditionals = rootConditionals(context, node.selectionSet, new Set(), []);
        if (conditionals.length > 0) {
          const label = node.name ? `Subscription "${node.name.value}"` : 'Anonymous Subscription';
          context.reportError(new GraphQLError(`${label} must not use \`@skip\` or \`@include\` directives in the top level selection.`, { nodes: conditionals }));
          return;
        }
      }
      return inner.OperationDefinition(node);
    },
  };
}
Object.defineProperty(SingleFieldSubscriptionsSpecRule, 'name', { value: 'SingleFieldSubscriptionsRule' });

const rules = [
  ...specifiedRules.map((rule) => (rule.name === 'SingleFieldSubscriptionsRule' ? SingleFieldSubscriptionsSpecRule : rule)),
  KnownOperationTypesRule,
];

const signature = (rule, locations) => `${rule} @ ${(locations ?? []).map((l) => `${l.line}:${l.column}`).join(' ')}`;

function graphqlJsErrors(schema, ast) {
  const all = validate(schema, ast, rules);
  const signatures = [];
  for (const rule of rules) {
    for (const error of validate(schema, ast, [rule])) {
      signatures.push({ signature: signature(rule.name.replace(/Rule$/, ''), error.locations), message: error.message });
    }
  }
  return { count: all.length, errors: signatures };
}

const tool = process.env.CONFORMANCE_TOOL;
if (!tool) {
  console.log('CONFORMANCE_TOOL is not set: build tests/Discogsography.Conformance.Tool and point it at the apphost');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const items = [];
for (const name of readdirSync(corpus).sort()) {
  if (!name.endsWith('.json')) continue;
  JSON.parse(readFileSync(join(corpus, name), 'utf8')).forEach((item, index) => items.push({ ...item, label: `${name}#${index}` }));
}

let passed = 0;
let failed = 0;
let sameMessages = 0;
let invalidCount = 0;
const rulesSeen = new Set();
const work = mkdtempSync(join(tmpdir(), 'validation-oracle-'));
try {
  for (const [schemaName, schemaFile] of Object.entries(schemaFiles)) {
    const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
    const mine = items.filter((item) => item.schema === schemaName);
    if (mine.length === 0) continue;
    const files = mine.map((item, index) => {
      const file = join(work, `${schemaName}-${index}.graphql`);
      writeFileSync(file, item.document);
      return file;
    });
    const answers = JSON.parse(execFileSync(tool, ['validate', '--schema', schemaFile, ...files], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8'));
    const byFile = new Map(answers.map((answer) => [answer.file, answer]));
    mine.forEach((item, index) => {
      const ours = byFile.get(files[index]);
      let ast;
      try {
        ast = parse(item.document);
      } catch (error) {
        failed++;
        console.log(`FAIL ${item.label}: graphql-js cannot parse the corpus document: ${error.message}`);
        return;
      }
      if (!ours || ours.parseError) {
        failed++;
        console.log(`FAIL ${item.label}: we do not parse it: ${ours?.parseError}`);
        return;
      }
      let theirs;
      try {
        theirs = graphqlJsErrors(schema, ast);
      } catch (error) {
        failed++;
        console.log(`FAIL ${item.label}: graphql-js throws: ${error.message}`);
        return;
      }
      const expected = theirs.errors.map((e) => e.signature).sort();
      const actual = ours.errors.map((e) => signature(e.rule, e.locations)).sort();
      if (expected.length > 0) invalidCount++;
      theirs.errors.forEach((e) => rulesSeen.add(e.signature.split(' @ ')[0]));
      const same = JSON.stringify(expected) === JSON.stringify(actual) && theirs.count === ours.errors.length;
      if (same) {
        passed++;
        const theirMessages = new Set(theirs.errors.map((e) => e.message));
        if (ours.errors.every((e) => theirMessages.has(e.message))) sameMessages++;
        else console.log(`note ${item.label}: messages differ: ours ${JSON.stringify(ours.errors.map((e) => e.message))} | graphql-js ${JSON.stringify(theirs.errors.map((e) => e.message))}`);
      } else {
        failed++;
        console.log(`FAIL ${item.label}: ${item.document.replace(/\s+/g, ' ').slice(0, 200)}\n  graphql-js: ${JSON.stringify(expected)} ${JSON.stringify(theirs.errors.map((e) => e.message))}\n  ours:       ${JSON.stringify(actual)} ${JSON.stringify(ours.errors.map((e) => e.message))}`);
      }
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`${items.length} documents, ${invalidCount} invalid; rules seen failing: ${rulesSeen.size} (${[...rulesSeen].sort().join(', ')})`);
console.log(`documents where every message equals graphql-js's: ${sameMessages}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
