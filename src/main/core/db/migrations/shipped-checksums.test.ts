import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { shippedMigrations } from '.'

// A shipped migration has run on users' databases, so it is never edited: a change goes into a new
// numbered file. shipped.sha256 holds one line per migration file in `sha256sum` format, so a new
// migration is added with `sha256sum 0007-name.ts >> shipped.sha256` (or the line this test prints).
const folder = __dirname
const listFile = 'src/main/core/db/migrations/shipped.sha256'
const migrationFile = /^\d{4}-.+\.ts$/

const sha256 = (file: string) =>
  createHash('sha256')
    // Line endings as git stores them, whatever a checkout on Windows made of them.
    .update(readFileSync(join(folder, file), 'utf8').replace(/\r\n/g, '\n'))
    .digest('hex')

const migrationFiles = readdirSync(folder)
  .filter((file) => migrationFile.test(file) && !file.endsWith('.test.ts'))
  .sort()

const listed = new Map(
  readFileSync(join(folder, 'shipped.sha256'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const match = /^([0-9a-f]{64}) [ *](\S+)$/.exec(line.trim())
      if (!match) throw new Error(`${listFile}: "${line}" is not "<sha256>  <file>"`)
      return [match[2], match[1]] as const
    })
)

describe('shipped migrations', () => {
  it('lists a checksum for every migration file', () => {
    const missing = migrationFiles
      .filter((file) => !listed.has(file))
      .map((file) => `${sha256(file)}  ${file}`)
    expect(
      missing,
      `A new migration needs its line in ${listFile}; add exactly:\n${missing.join('\n')}\n`
    ).toEqual([])
  })

  it('has not edited a migration that was shipped', () => {
    const edited = migrationFiles
      .filter((file) => listed.has(file) && listed.get(file) !== sha256(file))
      .map((file) => `${file}: listed ${listed.get(file)}, now ${sha256(file)}`)
    expect(
      edited,
      `A shipped migration is never edited: undo the change and write a new numbered migration. ` +
        `(Only a migration that has not reached main yet may change; then replace its line in ${listFile}.)\n` +
        edited.join('\n')
    ).toEqual([])
  })

  it('lists no file that is not there', () => {
    const gone = [...listed.keys()].filter((file) => !migrationFiles.includes(file))
    expect(
      gone,
      `${listFile} lists files that do not exist; a shipped migration is never removed`
    ).toEqual([])
  })

  it('tests every migration from the schema before it, holding rows', () => {
    const untested = migrationFiles.filter((file) => {
      const name = file.replace(/\.ts$/, '')
      const test = join(folder, `${name}.test.ts`)
      try {
        return !readFileSync(test, 'utf8').includes(`databaseBefore('${name}')`)
      } catch {
        return true
      }
    })
    expect(
      untested,
      "Each migration has its NNNN-name.test.ts that fills databaseBefore('NNNN-name') " +
        '(tests/support/migration-steps.ts) with rows, migrates and checks them'
    ).toEqual([])
  })

  it('registers every migration file in index.ts', () => {
    expect(
      Object.keys(shippedMigrations)
        .map((name) => `${name}.ts`)
        .sort(),
      'Each migration file is imported in src/main/core/db/migrations/index.ts'
    ).toEqual(migrationFiles)
  })
})
