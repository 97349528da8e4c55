#!/usr/bin/env bash
# Runs every test project of the solution and ends with one line: "N passed, N failed".
# Usage: ./test.sh [extra dotnet test arguments]
set -uo pipefail
cd "$(dirname "$0")"

# What the tests need from the machine, installed from Debian's packages when missing:
# a PostgreSQL server (the storage tests run on SQLite and on PostgreSQL; they start their own cluster on loopback),
# npm (the web build installs Leaflet from the npm registry) and Chromium (the browser tests drive it with Playwright;
# Playwright's own browser download is never used).
missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v npm >/dev/null || missing+=(npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing for the tests: ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || { echo "Could not install ${missing[*]}." >&2; exit 1; }
fi

# Each test project writes its own TRX file under tests/<project>/TestResults/, so none overwrites another.
rm -rf tests/*/TestResults

dotnet test Cartography.sln --configuration Release --logger "trx;LogFileName=results.trx" "$@"
status=$?

passed=0
failed=0
shopt -s nullglob
for trx in tests/*/TestResults/results.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

echo "$passed passed, $failed failed"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
