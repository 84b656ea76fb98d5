#!/usr/bin/env bash
# The project's one test command (`npm test`): static checks, the build, the unit and integration
# tests (vitest, inside a D-Bus session with an unlocked keyring so the real keychain is tested)
# and the browser tests (Playwright in Debian's Chromium against `kassabrug serve`).
# Ends with one line "N passed, N failed" counted from both runners' JSON reports.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== lint"
npx eslint --max-warnings 0 .
npx prettier --check . >/dev/null || { npx prettier --check . ; exit 1; }
echo "== electronegativity (0 high, 0 unexplained medium: docs/electronegativity.md)"
node scripts/electronegativity.mjs
echo "== typecheck"
npm run --silent typecheck
echo "== build"
npx electron-vite build >/dev/null

rm -f .vitest-results.json .playwright-results.json
vitest_status=0
echo "== vitest"
vitest_cmd='npx vitest run --reporter=default --reporter=json --outputFile.json=.vitest-results.json'
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  # A throw-away keyring in a fresh folder: its password only unlocks this test keyring, and a
  # keyring left by an earlier run (another password) cannot make the keychain tests fail.
  keyring_home=$(mktemp -d)
  XDG_DATA_HOME="$keyring_home" dbus-run-session -- sh -c "echo -n kassabrug-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && $vitest_cmd" || vitest_status=$?
  rm -rf "$keyring_home"
else
  echo "(no dbus-run-session/gnome-keyring: keychain tests skip unless CI is set)"
  sh -c "$vitest_cmd" || vitest_status=$?
fi

playwright_status=0
echo "== playwright"
npx playwright test || playwright_status=$?

node scripts/count-results.mjs .vitest-results.json .playwright-results.json
[ "$vitest_status" -eq 0 ] && [ "$playwright_status" -eq 0 ]
