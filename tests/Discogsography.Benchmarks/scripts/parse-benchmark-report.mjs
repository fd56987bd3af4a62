// graphql-js side of the parse benchmarks, and the comparison table.
//   node parse-benchmark-report.mjs --measure <inputs folder>            times graphql-js parse, prints JSON
//   node parse-benchmark-report.mjs --report <BenchmarkDotNet JSON> <inputs folder> <graphql-js JSON>...
//   node parse-benchmark-report.mjs --cpu <conformance tool> <inputs folder>   processor time, both sides
// The report keeps, per input, the fastest graphql-js measurement given.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '..', '..', 'conformance', 'package.json'));
const { parse, version } = require('graphql');

const [mode, ...rest] = process.argv.slice(2);
const inputFiles = (folder) => readdirSync(folder).filter((f) => f.endsWith('.graphql')).sort();

// Wall-clock time per parse in nanoseconds: warm up, then time 15 slices of about 150 ms and keep the
// fastest, the estimate least disturbed by other processes on a shared machine (our side likewise uses
// BenchmarkDotNet's fastest iteration).
function timeParse(source) {
  for (let i = 0; i < 200; i++) parse(source);
  const slices = [];
  for (let s = 0; s < 15; s++) {
    let runs = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0n;
    while (elapsed < 150_000_000n) {
      for (let i = 0; i < 10; i++) parse(source);
      runs += 10;
      elapsed = process.hrtime.bigint() - start;
    }
    slices.push(Number(elapsed) / runs);
  }
  return Math.min(...slices);
}

if (mode === '--measure') {
  const [inputs] = rest;
  const result = {};
  for (const name of inputFiles(inputs)) result[name.replace(/\.graphql$/, '')] = timeParse(readFileSync(join(inputs, name), 'utf8'));
  console.log(JSON.stringify(result));
  process.exit(0);
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function printTable(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(title);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

if (mode === '--cpu') {
  // Processor time per parse, measured the same way on both sides: two seconds of warm-up, then five
  // rounds of the same number of parses, the fastest round kept. Our side runs in the conformance tool.
  const [tool, inputs] = rest;
  const rows = [];
  for (const name of inputFiles(inputs)) {
    const path = join(inputs, name);
    const bytes = statSync(path).size;
    const repeat = Math.max(20, Math.round(2_000_000 / bytes));
    const [ours] = JSON.parse(execFileSync(tool, ['parse', '--repeat', String(repeat), path]).toString('utf8'));
    const source = readFileSync(path, 'utf8');
    const warmUp = process.hrtime.bigint();
    while (process.hrtime.bigint() - warmUp < 2_000_000_000n) parse(source);
    let theirs = Infinity;
    for (let round = 0; round < 5; round++) {
      const cpu = process.cpuUsage();
      for (let i = 0; i < repeat; i++) parse(source);
      const used = process.cpuUsage(cpu);
      theirs = Math.min(theirs, ((used.user + used.system) * 1000) / repeat);
    }
    rows.push([
      `${name.replace(/\.graphql$/, '')} (${fmt(bytes)} B)`, 'ParseText',
      fmt(ours.cpuNanoseconds / 1000, 1), fmt(1e9 / ours.cpuNanoseconds),
      fmt(theirs / 1000, 1), fmt(1e9 / theirs), `${fmt(theirs / ours.cpuNanoseconds, 2)}x`,
    ]);
  }
  printTable(`Processor time per parse (process CPU, fastest of 5 rounds after 2 s warm-up); graphql-js ${version} on Node ${process.version}`,
    ['input', 'ours', 'ours CPU us', 'ours docs/CPU-s', 'graphql-js CPU us', 'graphql-js docs/CPU-s', 'ratio'], rows);
  process.exit(0);
}

const [reportPath, inputs, ...measurements] = rest;
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const theirs = {};
for (const file of measurements) {
  for (const [input, ns] of Object.entries(JSON.parse(readFileSync(file, 'utf8')))) theirs[input] = Math.min(theirs[input] ?? Infinity, ns);
}

const ours = new Map();
for (const benchmark of report.Benchmarks) {
  const input = /Input=([\w-]+)/.exec(benchmark.Parameters ?? '')?.[1];
  if (benchmark.Statistics) ours.set(`${input}/${benchmark.Method}`, { time: benchmark.Statistics.Min, allocated: benchmark.Memory?.BytesAllocatedPerOperation });
}

const rows = [];
for (const name of inputFiles(inputs)) {
  const input = name.replace(/\.graphql$/, '');
  const bytes = statSync(join(inputs, name)).size;
  for (const method of ['ParseText', 'ParseUtf8']) {
    const mine = ours.get(`${input}/${method}`);
    if (!mine || !theirs[input]) continue;
    rows.push([
      `${input} (${fmt(bytes)} B)`, method,
      fmt(1e9 / mine.time), fmt((bytes / mine.time) * 1e3, 1),
      fmt(1e9 / theirs[input]), fmt((bytes / theirs[input]) * 1e3, 1),
      `${fmt(theirs[input] / mine.time, 2)}x`, fmt(mine.allocated ?? NaN),
    ]);
  }
}

printTable(`graphql-js ${version} on Node ${process.version}: fastest of 2 x 15 slices; ours: BenchmarkDotNet short job with 15 iterations, fastest`,
  ['input', 'ours', 'ours docs/s', 'ours MB/s', 'graphql-js docs/s', 'graphql-js MB/s', 'ratio', 'ours B/op'], rows);
