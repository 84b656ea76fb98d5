import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../tests/support/temp-dir'
import { desktopStateFile, readDesktopState, writeDesktopState } from './desktop-state'

const tempDir = useTempDir()

describe('what the desktop host remembers', () => {
  it('starts with the close-to-tray notice not yet shown, also after a damaged file', () => {
    const file = desktopStateFile(tempDir())
    expect(readDesktopState(file)).toEqual({ closeNoticeShown: false })
    writeFileSync(file, '{not json')
    expect(readDesktopState(file)).toEqual({ closeNoticeShown: false })
    writeFileSync(file, JSON.stringify({ closeNoticeShown: 'yes' }))
    expect(readDesktopState(file)).toEqual({ closeNoticeShown: false })
  })

  it('keeps that the notice was shown, so it is shown once', () => {
    const file = desktopStateFile(tempDir())
    writeDesktopState(file, { closeNoticeShown: true })
    expect(readDesktopState(file)).toEqual({ closeNoticeShown: true })
  })
})
