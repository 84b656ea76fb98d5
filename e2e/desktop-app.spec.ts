import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import type { KassabrugBridge } from '../src/shared/bridge'
import {
  connectionSettings,
  startSimulatorPair,
  type SimulatorPair
} from '../tests/support/sync-harness'

const root = join(__dirname, '..')

/**
 * Where the electron package put its binary, or null when it is not there. Only looks: requiring
 * 'electron' would try to download it. ELECTRON_OVERRIDE_DIST_PATH is honoured like electron does.
 */
function electronBinary(): { path: string | null; looked: string } {
  const packageDir = join(root, 'node_modules', 'electron')
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return { path: null, looked: pathFile }
  const relative = readFileSync(pathFile, 'utf8').trim()
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist')
  const binary = join(dist, relative)
  return { path: existsSync(binary) ? binary : null, looked: binary }
}

const binary = electronBinary()
test.skip(
  binary.path === null,
  `No Electron binary (looked for ${binary.looked}): npm ci could not download it on this machine. ` +
    'On a machine with internet the test launches the built app (out/main/index.js).'
)

let simulators: SimulatorPair
let profile: string

test.beforeEach(async () => {
  simulators = await startSimulatorPair({ products: 20, members: 30 })
  profile = mkdtempSync(join(tmpdir(), 'kassabrug-electron-'))
})

test.afterEach(async () => {
  await simulators.close()
  rmSync(profile, { recursive: true, force: true })
})

test('the desktop app opens the dashboard and a Sync now runs the flow in the core process', async () => {
  const app = await electron.launch({
    executablePath: binary.path!,
    args: [join(root, 'out', 'main', 'index.js'), `--user-data-dir=${join(profile, 'data')}`],
    // The autostart entry and the logs stay inside the throw-away profile.
    env: { ...process.env, XDG_CONFIG_HOME: join(profile, 'config') }
  })
  try {
    const window = await app.firstWindow()
    await expect(window.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()
    expect(window.url()).toMatch(/^app:\/\/kassabrug\/index\.html/)

    // Point the core at the simulators through the window's own bridge (as the setup page does).
    await window.evaluate(
      async ({ settings, apiKey, secret }) => {
        const bridge = (window as unknown as { kassabrug: KassabrugBridge }).kassabrug
        await bridge['settings.update'](settings)
        await bridge['secrets.set']({ connection: 'mailchimp', secret: apiKey })
        await bridge['secrets.set']({ connection: 'mplus', secret })
        await bridge['sync.setFlow']({ flow: 'customers', enabled: true })
      },
      {
        settings: connectionSettings(simulators),
        apiKey: simulators.mailchimp.apiKey,
        secret: simulators.mplus.secret
      }
    )
    await window.getByRole('link', { name: 'Overzicht' }).click()
    const card = window.getByRole('article', { name: 'Klanten' })
    await card.getByRole('button', { name: 'Nu synchroniseren' }).click()
    await expect(card).toContainText('Gelukt', { timeout: 30_000 })
  } finally {
    await app.close()
  }
})
