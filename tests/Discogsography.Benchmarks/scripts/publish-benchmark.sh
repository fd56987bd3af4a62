#!/usr/bin/env bash
# Publish benchmark: parse-only rate versus parse + publish into RabbitMQ with publisher confirms, on a generated
# releases dump. Needs AMQP_CONNECTION (a broker of your own: the run declares, fills and then deletes a private
# exchange and its queues). Prints a table; the target is parse + publish >= 80% of the parse-only rate.
# The middle row runs the same pipeline with a bus that confirms at once: the gap to the last row is the broker.
# Each figure is the best of the runs; the broker shares the machine's cores, so run it on an otherwise idle host.
# Every row is a fresh process reading the same file through the same stream stack (64 KB buffer, SHA-256 of the
# file, gzip on its own thread), so they pay the same start-up and hashing; choose a scale where a run takes 10 s or
# more so start-up and JIT weigh little. The load average is printed before each run.
# SERVER_DLL (optional) is a built Discogsography.Server.dll to generate the dump with instead of building one.
#
#   AMQP_CONNECTION=amqp://guest:guest@127.0.0.1:5682/ tests/Discogsography.Benchmarks/scripts/publish-benchmark.sh [scale] [runs]
set -euo pipefail

scale=${1:-300000}
runs=${2:-3}
: "${AMQP_CONNECTION:?set AMQP_CONNECTION to an amqp:// URI of a RabbitMQ you own}"
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/publish-benchmark.XXXXXX")
exchange="benchmark-$$"
consumer="benchmark$$"
probe="$root/tests/Discogsography.Pipeline.CrashProbe/bin/Release/net10.0/Discogsography.Pipeline.CrashProbe.dll"
server=${SERVER_DLL:-$root/src/Discogsography.Server/bin/Release/net10.0/Discogsography.Server.dll}
cleanup() {
  dotnet "$probe" teardown --exchange "$exchange" --consumer "$consumer" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "building (Release)..." >&2
dotnet build "$root/tests/Discogsography.Pipeline.CrashProbe" -c Release --nologo -v quiet >/dev/null
[ -n "${SERVER_DLL:-}" ] || dotnet build "$root/src/Discogsography.Server" -c Release --nologo -v quiet >/dev/null

echo "generating a dump at scale $scale..." >&2
dotnet "$server" sample generate --scale "$scale" --output "$work/dump" >/dev/null
file=$(ls "$work"/dump/discogs_*_releases.xml.gz)
file_bytes=$(stat -c %s "$file")

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2" | tail -n 1; }

best_parse=""; best_publish=""; best_discard=""; cpu_parse=""; cpu_publish=""; cpu_discard=""; rss_parse=""; rss_discard=""; rss_publish=""; loads=""
load() { cut -d' ' -f1 /proc/loadavg; }
for run in $(seq 1 "$runs"); do
  loads="$loads $(load)"
  echo "run $run/$runs: parse only (load $(load))" >&2
  line=$(dotnet "$probe" parse --file "$file")
  seconds=$(field seconds "$line"); records=$(field records "$line"); xml=$(field xml_bytes "$line")
  if [ -z "$best_parse" ] || awk "BEGIN{exit !($seconds < $best_parse)}"; then best_parse=$seconds; cpu_parse=$(field cpu_seconds "$line"); rss_parse=$(field peak_rss_mb "$line"); fi

  loads="$loads $(load)"
  echo "run $run/$runs: parse + batch, no broker (load $(load))" >&2
  rm -rf "$work/state"
  out=$(dotnet "$probe" publish --folder "$work/dump" --types releases --state "$work/state" --discard yes | grep '^finished')
  seconds=$(field seconds "$out")
  if [ -z "$best_discard" ] || awk "BEGIN{exit !($seconds < $best_discard)}"; then best_discard=$seconds; cpu_discard=$(field cpu_seconds "$out"); rss_discard=$(field peak_rss_mb "$out"); fi

  loads="$loads $(load)"
  echo "run $run/$runs: parse + publish (confirms) (load $(load))" >&2
  rm -rf "$work/state"
  dotnet "$probe" teardown --exchange "$exchange" --consumer "$consumer" >/dev/null 2>&1 || true
  out=$(dotnet "$probe" publish --folder "$work/dump" --types releases --state "$work/state" --exchange "$exchange" --consumer "$consumer" | grep -E '^(done|finished)')
  published=$(field published "$(grep '^done' <<<"$out")")
  seconds=$(field seconds "$(grep '^finished' <<<"$out")")
  [ "$published" = "$records" ] || { echo "published $published of $records records" >&2; exit 1; }
  if [ -z "$best_publish" ] || awk "BEGIN{exit !($seconds < $best_publish)}"; then best_publish=$seconds; cpu_publish=$(field cpu_seconds "$(grep '^finished' <<<"$out")"); rss_publish=$(field peak_rss_mb "$(grep '^finished' <<<"$out")"); fi
done

echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); one-minute load average before each run:$loads"
awk -v r="$records" -v x="$xml" -v f="$file_bytes" -v p="$best_parse" -v d="$best_discard" -v q="$best_publish" \
    -v cp="$cpu_parse" -v cd="$cpu_discard" -v cq="$cpu_publish" -v rp="$rss_parse" -v rd="$rss_discard" -v rq="$rss_publish" 'BEGIN {
  printf "\nreleases dump: %d records, %.1f MB gzip, %.1f MB XML (best wall time of the runs; CPU = this process, user+system)\n\n", r, f/1e6, x/1e6
  printf "| %-28s | %9s | %11s | %9s | %10s | %9s | %13s | %8s |\n", "mode", "seconds", "records/s", "XML MB/s", "vs parse", "CPU s", "records/CPU s", "peak RSS"
  printf "|%s|%s|%s|%s|%s|%s|%s|%s|\n", "------------------------------", "-----------", "-------------", "-----------", "------------", "-----------", "---------------", "----------"
  printf "| %-28s | %9.2f | %11.0f | %9.1f | %9.0f%% | %9.2f | %13.0f | %5d MB |\n", "parse only", p, r/p, x/1e6/p, 100, cp, r/cp, rp
  printf "| %-28s | %9.2f | %11.0f | %9.1f | %9.0f%% | %9.2f | %13.0f | %5d MB |\n", "parse + batch, no broker", d, r/d, x/1e6/d, 100*p/d, cd, r/cd, rd
  printf "| %-28s | %9.2f | %11.0f | %9.1f | %9.0f%% | %9.2f | %13.0f | %5d MB |\n", "parse + publish (confirms)", q, r/q, x/1e6/q, 100*p/q, cq, r/cq, rq
}'
