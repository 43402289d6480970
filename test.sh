#!/usr/bin/env bash
# Runs every test of Passerelle on a fresh machine:
#   installs PostgreSQL, MariaDB and Chromium from Debian packages when missing,
#   starts throwaway servers on loopback, builds, runs every test project, stops the servers,
#   and ends with one line: "N passed, N failed, N skipped".
# Options: --filter EXPR (dotnet test filter), --no-install.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

filter=""
do_install=1
while [ $# -gt 0 ]; do
  case "$1" in
    --filter) filter=$2; shift 2 ;;
    --no-install) do_install=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
servers="$root/.test-servers"
results="$root/test-artifacts/results"
rm -rf "$results"; mkdir -p "$results"

[ $do_install = 1 ] && scripts/test-servers.sh install
scripts/test-servers.sh stop "$servers" 2>/dev/null
trap 'scripts/test-servers.sh stop "$servers"' EXIT
scripts/test-servers.sh start "$servers"
# shellcheck disable=SC1091
source "$servers/env"

if [ -f src/Passerelle.Web/package.json ] && [ ! -d src/Passerelle.Web/node_modules ]; then
  (cd src/Passerelle.Web && npm ci --no-audit --no-fund >/dev/null 2>&1) || echo "npm ci failed" >&2
fi

echo "== build"
dotnet build Passerelle.slnx -c Release -nologo -v q > "$results/build.log" 2>&1
build_status=$?
grep -E ": (error|warning) " "$results/build.log" | grep -v NU1603 | sort -u | head -40
if [ $build_status != 0 ]; then
  echo "build failed"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

echo "== tests"
args=(test Passerelle.slnx -c Release --no-build --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results")
[ -n "$filter" ] && args+=(--filter "$filter")
dotnet "${args[@]}" 2>&1 | grep -vE '^\s*$' | tail -200
test_status=${PIPESTATUS[0]}

summary=$(python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    for r in ET.parse(f).getroot().iterfind(".//t:UnitTestResult", ns):
        o = r.get("outcome")
        if o == "Passed": passed += 1
        elif o in ("NotExecuted", "Inconclusive"): skipped += 1
        else: failed += 1
print(passed, failed, skipped)
PY
)
read -r passed failed skipped <<<"$summary"
if [ "$test_status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
