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
#
# The daemon is started by D-Bus activation from a service file in the session's own
# XDG_DATA_HOME (which D-Bus reads before the system's), so it is started unlocked every time.
# gnome-keyring-daemon has been seen to exit in the middle of a run; the one D-Bus would then start
# from the system's file comes up locked, and every later test failed on "no secrets". Started
# again from this file, it opens the same keyring file with the secrets stored so far.
with_keychain() {
  if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    local keyring_home status=0 starts
    keyring_home=$(mktemp -d)
    mkdir -p "$keyring_home/dbus-1/services"
    cat >"$keyring_home/start-keyring" <<SCRIPT
#!/bin/sh
date +%T >>"$keyring_home/starts"
printf %s kassabrug-test | exec gnome-keyring-daemon --foreground --unlock --components=secrets
SCRIPT
    chmod +x "$keyring_home/start-keyring"
    printf '[D-BUS Service]\nName=org.freedesktop.secrets\nExec=%s/start-keyring\n' "$keyring_home" \
      >"$keyring_home/dbus-1/services/org.freedesktop.secrets.service"
    XDG_DATA_HOME="$keyring_home" dbus-run-session -- sh -c "$1" || status=$?
    starts=0
    [ -f "$keyring_home/starts" ] && starts=$(wc -l <"$keyring_home/starts")
    if [ "$starts" -gt 1 ]; then
      echo "(the test keyring daemon exited during this run and was started again, unlocked: started at $(tr '\n' ' ' <"$keyring_home/starts"))"
    fi
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
