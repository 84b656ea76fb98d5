import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtCliAvailable, launcher, run } from './support/built-cli'
import { useTempDir } from './support/temp-dir'

const requireBuild = builtCliAvailable ? describe : describe.skip
const tempDir = useTempDir('kassabrug-cli-db-')

function kassabrug(...args: string[]) {
  return run(process.execPath, [launcher, ...args])
}

async function failure(
  ...args: string[]
): Promise<{ code: number; stderr: string; stdout: string }> {
  return kassabrug(...args).then(
    () => {
      throw new Error(`kassabrug ${args.join(' ')} succeeded`)
    },
    (error: { code: number; stderr: string; stdout: string }) => error
  )
}

requireBuild('kassabrug db (built bundle)', () => {
  it('a 0-byte database stops status with plain words naming the file and the newest backup; restore brings it back', async () => {
    const dataDir = tempDir()
    await kassabrug('status', '--data-dir', dataDir)
    const { stdout: made } = await kassabrug('db', 'backup', '--data-dir', dataDir)
    const backupFile = /Backup made: (\S+) /.exec(made)?.[1]
    expect(backupFile && existsSync(backupFile)).toBe(true)
    const database = join(dataDir, 'kassabrug.sqlite')
    writeFileSync(database, '')

    const stopped = await failure('status', '--data-dir', dataDir)
    expect(stopped.code).toBe(2)
    expect(stopped.stderr).toContain(`The database ${database} is empty (0 bytes).`)
    expect(stopped.stderr).toContain('Kassabrug has stopped and has not changed any file.')
    expect(stopped.stderr).toContain(`The newest backup is ${backupFile}`)
    expect(stopped.stderr).toContain('kassabrug db restore')
    expect(statSync(database).size).toBe(0)

    const checked = await failure('db', 'check', '--data-dir', dataDir)
    expect(checked.code).toBe(1)
    expect(checked.stdout).toContain('is empty (0 bytes)')
    // --lang words it in the shop's language, the backup's time in the locale's format.
    const gecontroleerd = await failure('db', 'check', '--lang', 'nl', '--data-dir', dataDir)
    expect(gecontroleerd.stdout).toContain(`De database ${database} is leeg (0 bytes).`)
    expect(gecontroleerd.stdout).toMatch(/\(gemaakt \d\d-\d\d-\d{4}, \d\d:\d\d\)\./)
    expect(gecontroleerd.stdout).toContain(
      'Zet de nieuwste back-up terug met: kassabrug db restore'
    )

    const { stdout: restored } = await kassabrug('db', 'restore', '--data-dir', dataDir)
    expect(restored).toContain(`Restored ${backupFile} to ${database}.`)
    expect(restored).toMatch(/The previous database is kept as .*kassabrug\.sqlite\.replaced-/)
    const setAside = readdirSync(dataDir).filter((name) => name.includes('.replaced-'))
    expect(setAside).toHaveLength(1)
    const { stdout: full } = await kassabrug('db', 'check', '--full', '--data-dir', dataDir)
    expect(full).toContain('full integrity check ok.')
    await kassabrug('status', '--data-dir', dataDir)
  })

  it('a file that is not a database: named, no backup to offer', async () => {
    const dataDir = tempDir()
    const database = join(dataDir, 'kassabrug.sqlite')
    writeFileSync(database, 'not a database at all\n'.repeat(50))
    const stopped = await failure('status', '--data-dir', dataDir)
    expect(stopped.stderr).toContain(`${database} is not a Kassabrug database`)
    expect(stopped.stderr).toContain('There is no backup in the data folder.')
    expect((await failure('db', 'restore', '--data-dir', dataDir)).stderr).toContain(
      'there is no backup in'
    )
  })
})
