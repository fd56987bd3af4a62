#!/usr/bin/env bash
# Extraction benchmark: generates a synthetic dump (default: >= 1 GB of uncompressed release XML), then for each
# dump type measures
#   - the floor: `gzip -dc | wc -c` (decompression alone),
#   - our reader: `extract --types <type> --output discard` (decompress + parse + canonical JSON + SHA-256),
# and prints one table: XML MB, records, wall seconds, MB/s of XML, records/s, CPU seconds (user + system, both
# threads), records per CPU second and peak RSS (/usr/bin/time -v). On a shared machine the CPU columns are the
# steadier figure; the wall columns are what a user waits.
#
# Usage: tests/Discogsography.Benchmarks/scripts/extract-benchmark.sh [scale] [work-dir]
#   scale     releases to generate (default 360000: about 1.05 GB of release XML)
#   work-dir  where the dump goes (default: a temporary folder, deleted afterwards)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
scale=${1:-360000}
work=${2:-}
cleanup_work=false
if [ -z "$work" ]; then work=$(mktemp -d "${TMPDIR:-/tmp}/extract-benchmark.XXXXXX"); cleanup_work=true; fi
trap '$cleanup_work && rm -rf "$work"' EXIT

echo "== build (Release)"
dotnet build "$root/src/Discogsography.Server" -c Release --nologo -v quiet >/dev/null
server="$root/src/Discogsography.Server/bin/Release/net10.0/Discogsography.Server.dll"

echo "== generate (scale $scale) into $work/dump"
if [ ! -f "$work/dump/discogs_20250101_CHECKSUM.txt" ]; then
  /usr/bin/time -f "   generated in %e s (peak RSS %M KB)" dotnet "$server" sample generate --scale "$scale" --output "$work/dump"
fi

seconds() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.2f", (e - s) / 1e9 }'; }

printf '\n%-9s %-8s %9s %10s %8s %9s %11s %7s %11s %10s\n' type stage "XML MB" records seconds "MB/s" "records/s" "CPU s" "rec/CPU-s" "peak RSS"
for type in artists labels masters releases; do
  file=$(ls "$work/dump"/discogs_*_"$type".xml.gz)

  start=$(date +%s%N)
  bytes=$(gzip -dc "$file" | wc -c)
  end=$(date +%s%N)
  secs=$(seconds "$start" "$end")
  mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
  printf '%-9s %-8s %9s %10s %8s %9.1f %11s %7s %11s %10s\n' "$type" "gzip -dc" "$mb" - "$secs" "$(awk -v m="$mb" -v s="$secs" 'BEGIN { print m / s }')" - - - -

  start=$(date +%s%N)
  /usr/bin/time -v -o "$work/time-$type.txt" dotnet "$server" extract --input "$work/dump" --types "$type" --output discard >"$work/extract-$type.txt"
  end=$(date +%s%N)
  secs=$(seconds "$start" "$end")
  records=$(awk -v t="$type" '$1 == t { print $2 }' "$work/extract-$type.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f MB", $2 / 1024 }' "$work/time-$type.txt")
  cpu=$(awk -F': ' '/User time|System time/ { total += $2 } END { printf "%.2f", total }' "$work/time-$type.txt")
  printf '%-9s %-8s %9s %10s %8s %9.1f %11.0f %7s %11.0f %10s\n' "$type" "parse" "$mb" "$records" "$secs" \
    "$(awk -v m="$mb" -v s="$secs" 'BEGIN { print m / s }')" "$(awk -v r="$records" -v s="$secs" 'BEGIN { print r / s }')" \
    "$cpu" "$(awk -v r="$records" -v c="$cpu" 'BEGIN { print r / c }')" "$rss"
done
echo
echo "parse = process start to exit of \`extract --types <type> --output discard\` (gzip + parse + canonical JSON + SHA-256), 2 threads"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
