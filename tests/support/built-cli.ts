import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

export const run = promisify(execFile)
export const projectRoot = resolve(__dirname, '..', '..')
export const launcher = join(projectRoot, 'bin', 'kassabrug.cjs')
const built = existsSync(join(projectRoot, 'out', 'main', 'cli.js'))

// The built command is what users run; `npm test` builds before vitest. Outside CI a plain
// `npx vitest run` without a build skips such a file instead of failing on a missing bundle.
export const builtCliAvailable = built || Boolean(process.env.CI)
