import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { CallInput, CallName, CallOutput } from '../../src/shared/contract'
import { readPrintedUrl } from './kassabrug-serve'

export interface DemoProcess {
  /** The printed address, with #token=… */
  url: string
  /** The MplusKASSA simulator's base URL (its /__admin/ endpoints can slow it down). */
  mplusUrl: string
  /** The core behind the UI, called over the same HTTP bridge the page uses. */
  call<N extends CallName>(name: N, input?: CallInput<N>): Promise<CallOutput<N>>
  stop(): Promise<void>
}

const projectRoot = resolve(__dirname, '..', '..')
const stopTimeoutMs = 10_000

/**
 * Starts `scripts/demo.ts` (both simulators, a first real sync, then the UI) on a free port and a
 * fresh data folder. Needs `npx electron-vite build` first (the demo serves out/renderer).
 */
export async function startKassabrugDemo(): Promise<DemoProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kassabrug-e2e-demo-'))
  const child = spawn(
    process.execPath,
    [
      join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(projectRoot, 'scripts', 'demo.ts'),
      ...['--products', '30', '--members', '40', '--port', '0', '--data-dir', dataDir]
    ],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let stdout = ''
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  const url = await readPrintedUrl(child)
  const mplusUrl = /MplusKASSA simulator: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)?.[1]
  if (!mplusUrl)
    throw new Error(`The demo did not print its MplusKASSA simulator address:\n${stdout}`)
  const parsed = new URL(url)
  const token = parsed.hash.replace(/^#token=/, '')
  return {
    url,
    mplusUrl,
    async call(name, input) {
      const response = await fetch(`${parsed.origin}/api/call/${name}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {})
      })
      const reply = (await response.json()) as
        { ok: true; value: CallOutput<typeof name> } | { ok: false; error: { message: string } }
      if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`)
      return reply.value
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once('exit', done))
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs)
        await exited
        clearTimeout(timer)
      }
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}
