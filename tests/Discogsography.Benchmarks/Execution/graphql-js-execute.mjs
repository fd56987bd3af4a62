// graphql-js's side of the execution benchmark: the same schema, document and data (built with the same rules as
// BenchmarkCatalog.cs), timed for `execute` on a parsed and validated document (cached) and for parse + validate +
// execute (uncached). Prints one JSON object: { cachedOpsPerSecond, uncachedOpsPerSecond }.
//   node graphql-js-execute.mjs <folder with schema.graphql and query.graphql> [seconds per measurement]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const folder = resolve(process.argv[2]);
const seconds = Number(process.argv[3] ?? 5);
const require = createRequire(join(folder, '..', '..', 'conformance', 'package.json'));
const { buildSchema, execute, parse, validate } = require('graphql');

const schema = buildSchema(readFileSync(join(folder, 'schema.graphql'), 'utf8'));
const query = readFileSync(join(folder, 'query.graphql'), 'utf8');
const countries = ['US', 'UK', 'DE', 'JP'];
const formats = ['VINYL', 'CD', 'CASSETTE'];
const releases = [];
for (let i = 0; i < 1000; i++) {
  releases.push({
    id: String(i),
    title: `Release ${i}`,
    year: 1950 + (i % 70),
    country: countries[i % 4],
    rating: (i % 50) / 10,
    released: i % 3 !== 0,
    format: formats[i % 3],
    genres: i % 2 === 0 ? ['Jazz', 'Soul'] : ['Electronic'],
    label: { id: `l${i % 37}`, name: `Label ${i % 37}` },
    artists: [{ id: `a${i}`, name: `Artist ${i}` }, { id: `b${i}`, name: `Band ${i}` }],
    matrix: [[i, i + 1, i + 2, i + 3], [1, 2, 3, 4], [i % 5, 0, 0, 1]],
  });
}
const rootValue = { releases };
const document = parse(query);
if (validate(schema, document).length > 0) throw new Error('invalid benchmark document');

function measure(run) {
  for (let i = 0; i < 50; i++) run();
  let count = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(Math.round(seconds * 1e9));
  let now = start;
  while (now < end) {
    run();
    count++;
    now = process.hrtime.bigint();
  }
  return count / (Number(now - start) / 1e9);
}

const check = execute({ schema, document, rootValue });
if (check.errors) throw new Error(check.errors[0].message);
const cachedOpsPerSecond = measure(() => execute({ schema, document, rootValue }));
const uncachedOpsPerSecond = measure(() => {
  const parsed = parse(query);
  validate(schema, parsed);
  return execute({ schema, document: parsed, rootValue });
});
console.log(JSON.stringify({ cachedOpsPerSecond, uncachedOpsPerSecond }));
