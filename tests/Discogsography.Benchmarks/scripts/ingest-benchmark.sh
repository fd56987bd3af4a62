#!/usr/bin/env bash
# Relational ingestion benchmark (issue 6 §5): generates a synthetic dump with the sample generator (real record
# sizes, with its artists, labels and masters), loads each type's records into memory (extraction is measured by
# extract-benchmark.sh, not here), then feeds them straight to SqlCatalogWriter (no bus) for PostgreSQL and SQLite.
# Per type it prints records/s and MB/s of canonical JSON for
#   - the floor: a plain COPY (PostgreSQL; SQLite: prepared INSERTs, one transaction per batch) of the same
#     documents into a table of (id bigint, sha256 text, document text), measured in the same run;
#   - the writer: typed tables, every link table, placeholders, search indexes (trigram/tsvector GIN; FTS5);
#   - the same batches again (every record unchanged: the hash check and updated_at touch);
# the writer/floor ratio (target <= 2x) and the post-import jobs' time.
#
# Usage: tests/Discogsography.Benchmarks/scripts/ingest-benchmark.sh [scale] [work-dir] [batch]
#   scale     releases to generate (default 1000000; the generator adds artists, labels, masters in proportion)
#   work-dir  where the dump and the SQLite file go (default: a temporary folder, deleted afterwards);
#             an existing dump there is reused
#   batch     records per WriteAsync (default 1000)
# PostgreSQL: DISCOGSOGRAPHY_TEST_POSTGRES (a superuser connection string) or a private cluster started here
# (synchronous_commit=off, max_wal_size=4GB; fsync stays on). BENCH_PROVIDERS=postgres or sqlite runs one only.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
scale=${1:-1000000}
work=${2:-}
batch=${3:-1000}
providers=${BENCH_PROVIDERS:-postgres sqlite}
cleanup_work=false
if [ -z "$work" ]; then work=$(mktemp -d "${TMPDIR:-/tmp}/ingest-benchmark.XXXXXX"); cleanup_work=true; fi
cleanup_steps=()
cleanup() {
  for step in "${cleanup_steps[@]}"; do eval "$step" || true; done
  if $cleanup_work; then rm -rf "$work"; fi
}
trap cleanup EXIT
mkdir -p "$work"

echo "== build (Release)"
dotnet build "$root/src/Discogsography.Server" -c Release --nologo -v quiet >/dev/null
dotnet build "$root/tests/Discogsography.Benchmarks" -c Release --nologo -v quiet >/dev/null
server="$root/src/Discogsography.Server/bin/Release/net10.0/Discogsography.Server.dll"
bench="$root/tests/Discogsography.Benchmarks/bin/Release/net10.0/Discogsography.Benchmarks.dll"

echo "== generate (scale $scale) into $work/dump"
if ! ls "$work/dump"/discogs_*_CHECKSUM.txt >/dev/null 2>&1; then
  /usr/bin/time -f "   generated in %e s (peak RSS %M KB)" dotnet "$server" sample generate --scale "$scale" --output "$work/dump"
fi
du -sh "$work/dump"

as_service_user() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [[ " $providers " == *" postgres "* ]] && [ -z "${DISCOGSOGRAPHY_TEST_POSTGRES:-}" ]; then
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed and DISCOGSOGRAPHY_TEST_POSTGRES is not set"; exit 1; }
  pg="$work/pg"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  mkdir -p "$pg" && chmod 755 "$work"
  [ "$(id -u)" = 0 ] && chown postgres "$pg"
  as_service_user "$bin/initdb" -D "$pg/data" -U postgres -A trust -E UTF8 >"$work/initdb.log" 2>&1
  as_service_user "$bin/pg_ctl" -D "$pg/data" -l "$pg/server.log" -w -t 60 \
    -o "-p $port -k $pg -c listen_addresses=127.0.0.1 -c synchronous_commit=off -c max_wal_size=4GB -c shared_buffers=512MB" start >/dev/null
  cleanup_steps+=("as_service_user '$bin/pg_ctl' -D '$pg/data' -m fast stop >/dev/null")
  export DISCOGSOGRAPHY_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
fi

for provider in $providers; do
  echo
  echo "== $provider"
  if [ "$provider" = postgres ]; then
    psql "host=127.0.0.1 port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$DISCOGSOGRAPHY_TEST_POSTGRES") user=postgres dbname=postgres" -q \
      -c "DROP DATABASE IF EXISTS ingest_benchmark WITH (FORCE)" -c "CREATE DATABASE ingest_benchmark"
    connection="$(sed -E 's/Database=[^;]*/Database=ingest_benchmark/' <<<"$DISCOGSOGRAPHY_TEST_POSTGRES");Command Timeout=0"
  else
    rm -f "$work/catalog.db"*
    connection="Data Source=$work/catalog.db;Pooling=True"
  fi
  /usr/bin/time -f "   $provider run: %e s wall, %U s user, %S s system, peak RSS %M KB" \
    dotnet "$bench" ingest --input "$work/dump" --provider "$provider" --connection "$connection" --batch "$batch"
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (the machine is shared: compare ratios, not absolutes)"
