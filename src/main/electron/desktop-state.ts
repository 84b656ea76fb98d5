import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'

/** What the desktop host remembers for itself, beside the core's database. */
const DesktopState = z.object({ closeNoticeShown: z.boolean().default(false) })
export type DesktopState = z.infer<typeof DesktopState>

export function desktopStateFile(userDataDir: string): string {
  return join(userDataDir, 'desktop-state.json')
}

export function readDesktopState(file: string): DesktopState {
  try {
    return DesktopState.parse(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    return DesktopState.parse({})
  }
}

export function writeDesktopState(file: string, state: DesktopState): void {
  writeFileSync(file, JSON.stringify(state))
}
