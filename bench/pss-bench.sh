#!/usr/bin/env bash
# Builds the Release PssBench console and times the 4537 upstream PSS fixtures in one process:
#   engine: read + parse + locate pod + evaluate at the fixture's level:version (the budgeted figure)
#   cli:    the real `bulwark pss --level L --version V DIR` command, once per fixture directory
# Pass 1 is cold, JIT included: that is the figure held to the 2 s budget. Wall and CPU time are
# both printed because on a shared machine wall time also measures the neighbours. The engine is
# also run with DOTNET_TieredPGO=0, a setting worth having in a short-lived CLI (its
# instrumentation costs more than it returns in a run this short); a Native-AOT build has no JIT.
# Usage: bench/pss-bench.sh [FIXTURES_DIR] [PASSES]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fixtures="${1:-$repo/../shared/fixtures/pss}"
passes="${2:-5}"
dll="$repo/bench/PssBench/bin/Release/net10.0/PssBench.dll"
dotnet build "$repo/bench/PssBench/PssBench.csproj" -c Release --nologo -v quiet
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$dll" "$fixtures" "$passes" engine
DOTNET_TieredPGO=0 dotnet "$dll" "$fixtures" "$passes" engine | sed 's/^/[TieredPGO=0] /'
dotnet "$dll" "$fixtures" "$passes" cli
