// Times graphql-js `parse` on the benchmark inputs and prints it beside our BenchmarkDotNet results.
//   node parse-benchmark-report.mjs <BenchmarkDotNet JSON report> <inputs folder>
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '..', '..', 'conformance', 'package.json'));
const { parse, version } = require('graphql');

const [reportPath, inputs] = process.argv.slice(2);
const report = JSON.parse(readFileSync(reportPath, 'utf8'));

// Mean time per parse in nanoseconds: warm up, then run batches for about two seconds.
function timeGraphqlJs(source) {
  for (let i = 0; i < 200; i++) parse(source);
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < 2_000_000_000n) {
    for (let i = 0; i < 20; i++) parse(source);
    runs += 20;
    elapsed = process.hrtime.bigint() - start;
  }
  return Number(elapsed) / runs;
}

const ours = new Map();
for (const benchmark of report.Benchmarks) {
  const input = /Input=([\w-]+)/.exec(benchmark.Parameters ?? '')?.[1];
  ours.set(`${input}/${benchmark.Method}`, {
    mean: benchmark.Statistics.Mean,
    allocated: benchmark.Memory?.BytesAllocatedPerOperation,
  });
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const rows = [];
for (const name of readdirSync(inputs).filter((f) => f.endsWith('.graphql')).sort()) {
  const input = name.replace(/\.graphql$/, '');
  const bytes = statSync(join(inputs, name)).size;
  const theirs = timeGraphqlJs(readFileSync(join(inputs, name), 'utf8'));
  for (const method of ['ParseText', 'ParseUtf8']) {
    const mine = ours.get(`${input}/${method}`);
    if (!mine) continue;
    rows.push([
      `${input} (${fmt(bytes)} B)`, method,
      fmt(1e9 / mine.mean), fmt((bytes / mine.mean) * 1e3, 1),
      fmt(1e9 / theirs), fmt((bytes / theirs) * 1e3, 1),
      `${fmt(theirs / mine.mean, 2)}x`, fmt(mine.allocated ?? NaN),
    ]);
  }
}

const header = ['input', 'ours', 'ours docs/s', 'ours MB/s', 'graphql-js docs/s', 'graphql-js MB/s', 'ratio', 'ours B/op'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`graphql-js ${version} on Node ${process.version}; ours: BenchmarkDotNet short job (mean)`);
console.log(line(header));
for (const row of rows) console.log(line(row));
