#!/usr/bin/env bash
# Times the Native AOT `bulwark scan` over the shared Dockerfile corpus against the npm linters
# dockerfilelint and dockerfile-utils on the same files, whole process to whole process, and prints
# the ratios. Target: bulwark at least 10x faster than dockerfilelint, and never crashing.
#
# Needs: the .NET SDK, node/npm (both installable with apt-get), network access to the npm registry
# for the two linters (installed into a temporary directory, never into the repository). The AOT
# publish here works with the distribution's gcc toolchain; if your machine lacks a native linker,
# run `apt-get install -y clang zlib1g-dev` first.
#
# dockerfilelint (unmaintained since 2020) crashes on some files (here: the two Windows Dockerfiles
# with `# escape=`` ` and multi-line HEALTHCHECKs). The script finds those by bisection and times
# dockerfilelint on the rest, while bulwark is timed on ALL files (so the comparison favours
# dockerfilelint). dockerfile-utils lints one file per process, so it runs once per file.
#
# Usage: bench/dockerfile-bench.sh [corpus-dir] [runs] [dockerfile-utils-runs]
# (best of `runs` for bulwark and dockerfilelint, run in turns, default 5; the medians are printed too;
# dockerfile-utils takes about a minute per run here, so it defaults to a single run.)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/dockerfile}
runs=${2:-5}
utils_runs=${3:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "publishing the Native AOT CLI..." >&2
dotnet publish src/Bulwark.Cli -c Release -p:PublishAot=true -o "$work/bulwark" >/dev/null
bulwark="$work/bulwark/bulwark"

echo "installing dockerfilelint and dockerfile-utils from npm into $work/npm..." >&2
(cd "$work" && mkdir npm && cd npm && npm init -y >/dev/null && npm install --no-audit --no-fund --silent dockerfilelint dockerfile-utils >/dev/null)
dfl="$work/npm/node_modules/.bin/dockerfilelint"
dfu="$work/npm/node_modules/.bin/dockerfile-utils"

mapfile -t files < <(find "$corpus" -type f | sort)
echo "${#files[@]} files in $corpus" >&2

# A run crashed when the tool wrote a stack trace (its exit code counts findings, so it cannot tell us).
crashes() { ! "$@" >/dev/null 2>"$work/err" && grep -q "Error" "$work/err"; }

# Bisect the list down to the files dockerfilelint crashes on (a handful of runs instead of one per file).
crashers=()
find_crashers() {
  local list=("$@")
  crashes "$dfl" -o json "${list[@]}" || return 0
  if [ ${#list[@]} -eq 1 ]; then crashers+=("${list[0]}"); return 0; fi
  local half=$(( ${#list[@]} / 2 ))
  find_crashers "${list[@]:0:half}"
  find_crashers "${list[@]:half}"
}
find_crashers "${files[@]}"
mapfile -t dfl_files < <(printf '%s\n' "${files[@]}" | grep -vxF -f <(printf '%s\n' "${crashers[@]:-/nonexistent}"))
echo "dockerfilelint crashes on ${#crashers[@]} file(s):" >&2
printf '  %s\n' "${crashers[@]:-none}" >&2

elapsed() { # wall time in seconds of one run of "$@"
  # Timed with bash's own clock ($EPOCHREALTIME, microseconds): `$(date ...)` would fork a process
  # inside the timed interval and add its start-up to every tool's time.
  local s e
  s=$EPOCHREALTIME; "$@" >/dev/null 2>&1 || true; e=$EPOCHREALTIME
  echo "$e - $s" | bc -l
}

# The best and the median of the times on stdin, one per line.
best_of() { sort -g | head -1 | xargs printf '%.3f'; }
median_of() { sort -g | awk '{ t[NR] = $1 } END { printf "%.3f", (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'; }

per_file_utils() { for f in "${files[@]}"; do "$dfu" lint "$f" || true; done; }

# bulwark must never crash: exit codes 0 (clean) and 1 (findings) are fine, 2 means errors or a crash.
set +e; "$bulwark" scan "$corpus" --format json >"$work/bulwark.json" 2>"$work/bulwark.err"; rc=$?; set -e
if [ "$rc" -gt 1 ]; then echo "bulwark failed (exit $rc):" >&2; head -20 "$work/bulwark.err" >&2; exit 1; fi

# The two are run in turns (bulwark, dockerfilelint, bulwark, ...), not in two blocks, so that both
# see the same machine: on a shared VM the speed drifts by tens of percent within a minute, and a
# drift between two blocks would move the ratio by as much.
: >"$work/t_bulwark"; : >"$work/t_dfl"
for _ in $(seq "$runs"); do
  elapsed "$bulwark" scan "$corpus" --format json >>"$work/t_bulwark"
  elapsed "$dfl" -o json "${dfl_files[@]}" >>"$work/t_dfl"
done
t_bulwark=$(best_of <"$work/t_bulwark"); m_bulwark=$(median_of <"$work/t_bulwark")
t_dfl=$(best_of <"$work/t_dfl"); m_dfl=$(median_of <"$work/t_dfl")
: >"$work/t_dfu"
for _ in $(seq "$utils_runs"); do elapsed per_file_utils >>"$work/t_dfu"; done
t_dfu=$(best_of <"$work/t_dfu")

printf '%-44s %8s s  (median %s s)\n' "bulwark scan (AOT, ${#files[@]} files, json)" "$t_bulwark" "$m_bulwark"
printf '%-44s %8s s  (median %s s)\n' "dockerfilelint (${#dfl_files[@]} files, one process)" "$t_dfl" "$m_dfl"
printf '%-44s %8s s\n' "dockerfile-utils lint (${#files[@]} processes)" "$t_dfu"
echo "dockerfilelint / bulwark:   $(echo "scale=1; $t_dfl / $t_bulwark" | bc -l)x best to best (target >= 10x), $(echo "scale=1; $m_dfl / $m_bulwark" | bc -l)x median to median"
echo "dockerfile-utils / bulwark: $(echo "scale=1; $t_dfu / $t_bulwark" | bc -l)x"
