import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultDataDir, resolveDataDir } from './data-dir'

describe('data folder', () => {
  it('matches the folder Electron uses for productName Kassabrug on each OS', () => {
    expect(defaultDataDir('linux', {}, '/home/anna')).toBe('/home/anna/.config/Kassabrug')
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/anna')).toBe(
      '/cfg/Kassabrug'
    )
    expect(defaultDataDir('darwin', {}, '/Users/anna')).toBe(
      '/Users/anna/Library/Application Support/Kassabrug'
    )
    expect(
      defaultDataDir('win32', { APPDATA: 'C:/Users/anna/AppData/Roaming' }, 'C:/Users/anna')
    ).toBe(join('C:/Users/anna/AppData/Roaming', 'Kassabrug'))
  })

  it('prefers --data-dir, then KASSABRUG_DATA_DIR', () => {
    expect(resolveDataDir('/flag', { KASSABRUG_DATA_DIR: '/env' })).toBe('/flag')
    expect(resolveDataDir(undefined, { KASSABRUG_DATA_DIR: '/env' })).toBe('/env')
  })
})
