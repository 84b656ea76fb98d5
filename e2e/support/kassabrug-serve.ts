import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface ServeProcess {
  /** The printed address, with #token=… */
  url: string
  origin: string
  token: string
  dataDir: string
  stop(): Promise<void>
}

const projectRoot = resolve(__dirname, '..', '..')
const startTimeoutMs = 30_000

/**
 * Starts the real `kassabrug serve` (the built bundle, as a user would run it) on a free port and
 * a fresh data folder, and reads the address it prints. Needs `npx electron-vite build` first.
 */
export async function startKassabrugServe(
  prefix = 'kassabrug-e2e-',
  env: NodeJS.ProcessEnv = process.env
): Promise<ServeProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix))
  const child = spawn(
    process.execPath,
    [join(projectRoot, 'bin', 'kassabrug.cjs'), 'serve', '--port', '0', '--data-dir', dataDir],
    {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  const url = await readPrintedUrl(child)
  const parsed = new URL(url)
  return {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace(/^#token=/, ''),
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done))
        child.kill('SIGTERM')
        await exited
      }
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

export function readPrintedUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let stdout = ''
    let stderr = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(
        new Error(`kassabrug serve printed no address within ${startTimeoutMs} ms.\n${stderr}`)
      )
    }, startTimeoutMs)
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/.exec(stdout)
      if (match) {
        clearTimeout(timer)
        resolvePromise(match[1])
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(
        new Error(
          `kassabrug serve exited with ${code} before printing its address.\n${stdout}${stderr}`
        )
      )
    })
  })
}
