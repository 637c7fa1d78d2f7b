#!/usr/bin/env bash
# Times `bulwark scan` (Native AOT) of the compose corpus against dclint (npm `dclint`, installed
# into a temp dir), whole process to whole process, best of 5 runs each, and prints the ratio and
# peak memory. Target: bulwark at least 50x faster.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(realpath "${1:-../shared/corpus/compose}")
dclint_version=${DCLINT_VERSION:-3.1.0}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

dotnet publish src/Bulwark.Cli -c Release -p:PublishAot=true -o "$out/bulwark" >/dev/null
npm install --prefix "$out/dclint" --no-audit --no-fund --silent "dclint@$dclint_version" >/dev/null
dclint="$out/dclint/node_modules/.bin/dclint"

best() { # best-of-5 wall time in seconds of "$@" (exit codes ignored: both report findings)
  local best=999 s e t
  for _ in 1 2 3 4 5; do
    s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc -l)
    best=$(echo "if ($t < $best) $t else $best" | bc -l)
  done
  printf '%.3f' "$best"
}

peak_mb() { # peak resident memory in MB of one run of "$@"
  /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%.0f", $1 / 1024 }'
}

files=$(find "$corpus" -name '*.yml' -o -name '*.yaml' | wc -l)
bulwark_s=$(best "$out/bulwark/bulwark" scan "$corpus" --format json)
dclint_s=$(best "$dclint" -r "$corpus" -f json)
echo "corpus:  $corpus ($files files)"
echo "bulwark: ${bulwark_s}s, $(peak_mb "$out/bulwark/bulwark" scan "$corpus" --format json) MB peak"
echo "dclint:  ${dclint_s}s, $(peak_mb "$dclint" -r "$corpus" -f json) MB peak (dclint $dclint_version)"
echo "ratio:   $(echo "scale=1; $dclint_s / $bulwark_s" | bc -l)x faster (target >= 50x)"
