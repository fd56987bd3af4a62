#!/usr/bin/env bash
# Parse benchmarks (issue 2 §5): our parser under BenchmarkDotNet (short job with 15 iterations, MemoryDiagnoser) and graphql-js
# `parse` under Node on the same input files (fastest timing on both sides: the machine is shared), then one table
# per input: docs/s and MB/s for both, the ratio, and our allocated bytes per parse.
# Needs `npm ci` in tests/conformance (for graphql-js); run it once if node_modules is missing.
#
#   tests/Discogsography.Benchmarks/scripts/parse-benchmark.sh [extra BenchmarkDotNet arguments]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
scripts="$root/tests/Discogsography.Benchmarks/scripts"
inputs="$root/tests/Discogsography.Benchmarks/Parsing/inputs"
artifacts="$root/artifacts/benchmarks/parse"
rm -rf "$artifacts" && mkdir -p "$artifacts"

if [ ! -d "$root/tests/conformance/node_modules/graphql" ]; then
  (cd "$root/tests/conformance" && npm ci --no-audit --no-fund --loglevel=error)
fi

# graphql-js is timed before and after BenchmarkDotNet and its fastest slice kept.
echo "== graphql-js parse (before)"
node "$scripts/parse-benchmark-report.mjs" --measure "$inputs" >"$artifacts/graphql-js-before.json"

echo "== BenchmarkDotNet: our parser"
DISCOGSOGRAPHY_PARSE_INPUTS="$inputs" dotnet run -c Release --project "$root/tests/Discogsography.Benchmarks" -- \
  --filter '*ParseBenchmarks*' --job short --iterationCount 15 --exporters json --artifacts "$artifacts" "$@" >"$artifacts/benchmarkdotnet.log" 2>&1 \
  || { tail -n 40 "$artifacts/benchmarkdotnet.log"; exit 1; }
report=$(find "$artifacts" -name '*ParseBenchmarks*-report*.json' | head -n 1)
[ -n "$report" ] || { echo "no BenchmarkDotNet JSON report under $artifacts"; exit 1; }

echo "== graphql-js parse (after), and the comparison"
node "$scripts/parse-benchmark-report.mjs" --measure "$inputs" >"$artifacts/graphql-js-after.json"
node "$scripts/parse-benchmark-report.mjs" --report "$report" "$inputs" "$artifacts/graphql-js-before.json" "$artifacts/graphql-js-after.json"

# Wall-clock figures swing with the load of other processes; processor time much less. Both sides again,
# measured alike (ours through the conformance tool's `parse --repeat`).
echo
echo "== processor time, both sides"
dotnet build "$root/tests/Discogsography.Conformance.Tool" -c Release --nologo -v quiet >"$artifacts/tool-build.log" 2>&1 \
  || { tail -n 20 "$artifacts/tool-build.log"; exit 1; }
node "$scripts/parse-benchmark-report.mjs" --cpu "$root/tests/Discogsography.Conformance.Tool/bin/Release/net10.0/Discogsography.Conformance.Tool" "$inputs"
