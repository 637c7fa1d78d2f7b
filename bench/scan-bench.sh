#!/usr/bin/env bash
# Times a full `bulwark scan` of the Kubernetes corpus against a parse-only pass (YamlDotNet events
# through the same scanner, no tree, no rules) over the same files; both Native AOT, whole process.
# Target: the full scan within 2x of parse-only.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/k8s}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet publish src/Bulwark.Cli -c Release -p:PublishAot=true -o "$out/bulwark" >/dev/null
dotnet publish bench/ParseOnly -c Release -p:PublishAot=true -o "$out/parse" >/dev/null

best() { # best-of-5 wall time in seconds of "$@"
  local best=999
  for _ in 1 2 3 4 5; do
    local s e t
    s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc -l)
    best=$(echo "if ($t < $best) $t else $best" | bc -l)
  done
  printf '%.3f' "$best"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
parse=$(best "$out/parse/parse-only" "$corpus")
scan=$(best "$out/bulwark/bulwark" scan "$corpus" --format json)
echo "parse-only: ${parse}s"
echo "full scan:  ${scan}s"
echo "ratio:      $(echo "scale=2; $scan / $parse" | bc -l)x (target <= 2x)"
# Wall time on a shared machine also measures the neighbours: quote the load with any figure.
echo "load avg:   $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after ($(nproc) CPUs)"
