#!/usr/bin/env bash
# HTTP load benchmark (issue 4 §6): wrk against our server and, in the same run, against a graphql-js 16 server
# (graphql-http's Node handler) built from our printed SDL with trivial resolvers, for `{ __typename }` and for the
# standard introspection query. Prints req/s and p99 latency for both and the ratio.
# Needs wrk (Debian package; installed when missing and run as root) and `npm ci` in tests/conformance.
#
#   tests/Discogsography.Benchmarks/scripts/http-load-benchmark.sh [seconds per run] [connections]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
scripts="$root/tests/Discogsography.Benchmarks/scripts"
duration=${1:-10}
connections=${2:-16}
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -q wrk >/dev/null; }
[ -d "$root/tests/conformance/node_modules/graphql-http" ] || (cd "$root/tests/conformance" && npm ci --no-audit --no-fund --loglevel=error)
dotnet build "$root/src/Discogsography.Server" -c Release -v quiet --nologo >/dev/null
dll="$root/src/Discogsography.Server/bin/Release/net10.0/Discogsography.Server.dll"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

ours=$(free_port); theirs=$(free_port)
dotnet "$dll" schema print >"$work/schema.graphql"
(cd "$work" && exec dotnet "$dll" --urls "http://127.0.0.1:$ours" --Roles server --DataDirectory "$work/data" --Logging:LogLevel:Default=Warning >"$work/ours.log" 2>&1) &
pids+=($!)
node "$scripts/graphql-js-server.mjs" "$work/schema.graphql" "$theirs" >"$work/theirs.log" 2>&1 &
pids+=($!)
for port in "$ours" "$theirs"; do
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null -X POST -H 'content-type: application/json' -d '{"query":"{__typename}"}' "http://127.0.0.1:$port/graphql" && break
    sleep 0.5
  done
done

introspection=$(node -e "const {getIntrospectionQuery}=require('$root/tests/conformance/node_modules/graphql');process.stdout.write(JSON.stringify({query:getIntrospectionQuery()}))")
typename='{"query":"{ __typename }"}'

run() { # name body port → "req/s p99(ms)"
  printf '%s' "$2" >"$work/body.json"
  cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/body.json", "rb"); wrk.body = f:read("*a"); f:close()
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %d\n", summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
  wrk -t2 -c"$connections" -d2s -s "$work/post.lua" "http://127.0.0.1:$3/graphql" >/dev/null   # warm-up
  local result
  result=$(wrk -t2 -c"$connections" -d"${duration}s" -s "$work/post.lua" "http://127.0.0.1:$3/graphql" | awk '/^RESULT/ {print $2, $3, $4}')
  # Every request must have succeeded (2xx, no socket errors), or the figures mean nothing.
  [ "$(awk '{print $3}' <<<"$result")" = 0 ] || { echo "$1 on port $3: failed requests ($result)" >&2; exit 1; }
  awk '{print $1, $2}' <<<"$result"
}

# Both servers must answer each request with data before they are timed.
for port in "$ours" "$theirs"; do
  curl -fs -X POST -H 'content-type: application/json' --data-binary "$introspection" "http://127.0.0.1:$port/graphql" | grep -q '"queryType"' \
    || { echo "the server on port $port does not answer the introspection query" >&2; exit 1; }
done

printf '%-16s %12s %10s %14s %12s %7s\n' request "ours req/s" "ours p99" "graphql-js req/s" "gjs p99" ratio
for name in typename introspection; do
  body=$typename; [ "$name" = introspection ] && body=$introspection
  read -r ours_rps ours_p99 < <(run "$name" "$body" "$ours")
  read -r js_rps js_p99 < <(run "$name" "$body" "$theirs")
  printf '%-16s %12s %8sms %14s %10sms %6.2fx\n' "$name" "$ours_rps" "$ours_p99" "$js_rps" "$js_p99" "$(awk -v a="$ours_rps" -v b="$js_rps" 'BEGIN {print a / b}')"
done
echo "wrk -t2 -c$connections -d${duration}s on 127.0.0.1; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
