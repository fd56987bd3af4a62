#!/usr/bin/env bash
# Execution benchmark (issue 3 §6): our request pipeline under BenchmarkDotNet (short job, MemoryDiagnoser) and
# graphql-js `execute` under Node on the same schema, document and in-memory data (1,000 releases × 10 fields, a
# label, two artists and a list of lists each). Prints ops/s for both, the ratio (target: ours ≥ 3× graphql-js) and
# our allocated bytes per request. Needs `npm ci` in tests/conformance (for graphql-js).
#
#   tests/Discogsography.Benchmarks/scripts/execute-benchmark.sh [extra BenchmarkDotNet arguments]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
inputs="$root/tests/Discogsography.Benchmarks/Execution"
artifacts="$root/artifacts/benchmarks/execute"
rm -rf "$artifacts" && mkdir -p "$artifacts"

if [ ! -d "$root/tests/conformance/node_modules/graphql" ]; then
  (cd "$root/tests/conformance" && npm ci --no-audit --no-fund --loglevel=error)
fi

# graphql-js is timed before and after BenchmarkDotNet and its faster run kept, so a busy machine favours graphql-js.
echo "== graphql-js execute (before)"
node "$inputs/graphql-js-execute.mjs" "$inputs" >"$artifacts/graphql-js-before.json"

echo "== BenchmarkDotNet: our executor"
DISCOGSOGRAPHY_EXECUTE_INPUTS="$inputs" dotnet run -c Release --project "$root/tests/Discogsography.Benchmarks" -- \
  --filter '*ExecutionBenchmarks*' --job short --exporters json --artifacts "$artifacts" "$@" >"$artifacts/benchmarkdotnet.log" 2>&1 \
  || { tail -n 40 "$artifacts/benchmarkdotnet.log"; exit 1; }
report=$(find "$artifacts" -name '*ExecutionBenchmarks*-report*.json' | head -n 1)
[ -n "$report" ] || { echo "no BenchmarkDotNet JSON report under $artifacts"; exit 1; }

echo "== graphql-js execute (after), and the comparison"
node "$inputs/graphql-js-execute.mjs" "$inputs" >"$artifacts/graphql-js-after.json"
node --input-type=module - "$report" "$artifacts/graphql-js-before.json" "$artifacts/graphql-js-after.json" <<'JS'
import { readFileSync } from 'node:fs';
const [reportFile, before, after] = process.argv.slice(2);
const report = JSON.parse(readFileSync(reportFile, 'utf8'));
const js = [before, after].map((f) => JSON.parse(readFileSync(f, 'utf8')));
const best = (key) => Math.max(...js.map((j) => j[key]));
const ours = Object.fromEntries(report.Benchmarks.map((b) => [b.Method, b]));
const opsPerSecond = (b) => 1e9 / b.Statistics.Mean;
const rows = [
  ['cached (parse+validate once)', ours.Cached, best('cachedOpsPerSecond')],
  ['uncached (parse+validate+execute)', ours.Uncached, best('uncachedOpsPerSecond')],
  ['cached + JSON written', ours.CachedToJson, null],
];
console.log('| request | ours ops/s | graphql-js ops/s | ratio | ours allocated/request |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, b, theirs] of rows) {
  const mine = opsPerSecond(b);
  const ratio = theirs ? `${(mine / theirs).toFixed(2)}x` : '—';
  const bytes = b.Memory?.BytesAllocatedPerOperation ?? NaN;
  console.log(`| ${name} | ${mine.toFixed(0)} | ${theirs ? theirs.toFixed(0) : '—'} | ${ratio} | ${(bytes / 1024).toFixed(0)} KiB |`);
}
JS
