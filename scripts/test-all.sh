#!/usr/bin/env bash
# The project's one test command (`npm test`): static checks, the build, the unit and integration
# tests (vitest, inside a D-Bus session with an unlocked keyring so the real keychain is tested),
# the browser tests (Playwright in Debian's Chromium against `kassabrug serve`)
# and the chaos suite's short mode (tests/chaos/). Ends with one line "N passed, N failed" counted
# from the three JSON reports.
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
echo "== bench (quick: every part at small sizes, no figure asserted)"
npx tsx bench/run.ts --quick >/dev/null

rm -f .vitest-results.json .playwright-results.json .chaos-results.json

# Runs a command where the real keychain works: a D-Bus session with a throw-away, unlocked
# gnome-keyring in a fresh folder (its password only unlocks this test keyring, and a keyring left
# by an earlier run cannot make the keychain tests fail). The wizard's e2e test stores the keys
# it types there, as a shop PC would; the no-keychain tests start their process without the bus.
with_keychain() {
  if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    local keyring_home status=0
    keyring_home=$(mktemp -d)
    # If the keyring daemon dies during the run, a newly activated one is locked and empty: say so,
    # since the tests after that point fail on missing secrets rather than on the app.
    XDG_DATA_HOME="$keyring_home" dbus-run-session -- sh -c "echo -n kassabrug-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && daemon=\$(pgrep -n -x gnome-keyring-d); $1; s=\$?; ps -o stat= -p \$daemon | grep -qv Z || echo \"(the test keyring daemon, pid \$daemon, exited during this run)\"; exit \$s" || status=$?
    rm -rf "$keyring_home"
    return "$status"
  fi
  echo "(no dbus-run-session/gnome-keyring: keychain tests skip unless CI is set)"
  sh -c "$1"
}

vitest_status=0
echo "== vitest"
with_keychain 'npx vitest run --reporter=default --reporter=json --outputFile.json=.vitest-results.json' || vitest_status=$?

playwright_status=0
echo "== playwright"
with_keychain 'npx playwright test' || playwright_status=$?

# The chaos suite's short mode (docs/chaos.md): the built command SIGKILLed and faulted across all
# flows; each trial counts as one test. No keychain: the secrets are given at run time.
chaos_status=0
echo "== chaos (short)"
npx tsx tests/chaos/run.ts --report .chaos-results.json || chaos_status=$?

node scripts/count-results.mjs .vitest-results.json .playwright-results.json .chaos-results.json
[ "$vitest_status" -eq 0 ] && [ "$playwright_status" -eq 0 ] && [ "$chaos_status" -eq 0 ]
