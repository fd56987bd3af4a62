// Lints every Cypher statement the project sends (src/**/*.cypher, one statement per file) with Neo4j's own
// analyzer (@neo4j-cypher/language-support): syntax errors, semantic errors (undefined variables, bad scoping,
// misplaced clauses) and deprecation warnings all fail. Undeclared $parameters are not errors here: the callers
// supply them. A self-check first proves the analyzer rejects deliberately broken statements and accepts a good one,
// so an analyzer that silently reports nothing cannot make the run pass.
// Ends with one line "N passed, M failed"; exits non-zero on any failure.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
let passed = 0;
let failed = 0;

function report(ok, message, details = []) {
  if (ok) {
    passed++;
    console.log(`ok   ${message}`);
  } else {
    failed++;
    console.log(`FAIL ${message}`);
    for (const line of details) console.log(`     ${line}`);
  }
}

// Errors (severity 1) and warnings (severity 2, e.g. deprecated syntax), parameter declarations aside.
function findings(statement) {
  const { diagnostics } = lintCypherQuery(statement, {});
  return diagnostics
    .filter((d) => isNotParamError(d) && (d.severity === 1 || d.severity === 2))
    .map((d) => `${d.severity === 1 ? 'error' : 'warning'} at ${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`);
}

function* cypherFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'bin' || entry.name === 'obj' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* cypherFiles(path);
    else if (entry.name.endsWith('.cypher')) yield path;
  }
}

// Self-check: the analyzer must catch a syntax error, a semantic error and a deprecation, and pass a good statement.
const broken = {
  'syntax error (unclosed node pattern)': 'MATCH (a:Artist RETURN a',
  'semantic error (undefined variable)': 'MATCH (a:Artist) RETURN b',
  'semantic error (variable out of scope after WITH)': 'UNWIND $rows AS row WITH row.id AS id RETURN row',
  'deprecation (CALL subquery without a scope clause)': 'MATCH (a:Artist) CALL { WITH a RETURN a.id AS id } RETURN id',
};
for (const [what, statement] of Object.entries(broken)) {
  report(findings(statement).length > 0, `self-check: the analyzer rejects a ${what}`);
}
const good = 'UNWIND $rows AS row MERGE (a:Artist {id: row.id}) SET a.name = row.name RETURN count(a) AS written';
const goodFindings = findings(good);
report(goodFindings.length === 0, 'self-check: the analyzer accepts a valid parameterised MERGE', goodFindings);

// Every statement under src/.
const files = [...cypherFiles(join(root, 'src'))].sort();
report(files.length > 0, `found ${files.length} .cypher files under src/`);
for (const file of files) {
  const statement = readFileSync(file, 'utf8').trim();
  const name = relative(root, file);
  if (statement.length === 0) {
    report(false, name, ['the file is empty']);
    continue;
  }
  const problems = findings(statement);
  report(problems.length === 0, name, problems);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
