import { describe, expect, it } from 'vitest'
import { createAppUrlCheck } from './app-origin'
import { refuseCall } from './ipc'

const isAppUrl = createAppUrlCheck({})
const appUrl = 'app://kassabrug/index.html#/settings'

type Frame = NonNullable<Parameters<typeof refuseCall>[0]['senderFrame']>
/** The two fields of Electron's WebFrameMain that the check reads. */
const frame = (url: string, parent: unknown = null): { senderFrame: Frame } => ({
  senderFrame: { url, parent } as unknown as Frame
})

describe('IPC sender and call checks', () => {
  it('lets the top frame of our own index.html call a contract call', () => {
    expect(refuseCall(frame(appUrl), 'app.status', isAppUrl)).toBeNull()
  })

  it('refuses other pages, sub-frames and a missing frame', () => {
    for (const event of [
      frame('https://evil.example/'),
      frame('file:///tmp/index.html'),
      frame(appUrl, { url: appUrl }),
      { senderFrame: null }
    ]) {
      expect(refuseCall(event, 'app.status', isAppUrl)?.error.code).toBe('forbidden')
    }
  })

  it('refuses names that are not in the contract', () => {
    expect(refuseCall(frame(appUrl), 'fs.readFile', isAppUrl)?.error.code).toBe('not-found')
    expect(refuseCall(frame(appUrl), 42, isAppUrl)?.error.code).toBe('not-found')
    expect(refuseCall(frame(appUrl), 'toString', isAppUrl)?.error.code).toBe('not-found')
  })
})
