import { chmodSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../../tests/support/temp-dir'
import { readRuntimeSecrets } from './runtime-secrets'

const tempDir = useTempDir('kassabrug-runtime-secrets-')

function secretsFile(text: string, mode: number): string {
  const path = join(tempDir(), 'secrets')
  writeFileSync(path, text)
  chmodSync(path, mode)
  return path
}

describe('credentials given at run time', () => {
  it('reads the environment variables; nothing set is nothing given', () => {
    expect(readRuntimeSecrets({})).toEqual({})
    expect(
      readRuntimeSecrets({ KASSABRUG_MAILCHIMP_API_KEY: 'k-us1', KASSABRUG_MPLUS_SECRET: '' })
    ).toEqual({ mailchimp: { secret: 'k-us1', source: 'environment' } })
  })

  it('reads a private file of NAME=value lines; an environment variable wins over it', () => {
    const path = secretsFile(
      '# Kassabrug\n\nKASSABRUG_MAILCHIMP_API_KEY = k=with=equals-us2\r\nKASSABRUG_MPLUS_SECRET=s3\n',
      0o600
    )
    expect(readRuntimeSecrets({ KASSABRUG_SECRETS_FILE: path })).toEqual({
      mailchimp: { secret: 'k=with=equals-us2', source: 'file' },
      mplus: { secret: 's3', source: 'file' }
    })
    expect(
      readRuntimeSecrets({ KASSABRUG_SECRETS_FILE: path, KASSABRUG_MPLUS_SECRET: 'env' }).mplus
    ).toEqual({ secret: 'env', source: 'environment' })
  })

  it('refuses a file others may read, a missing file and an unknown line, each by name', () => {
    const open = secretsFile('KASSABRUG_MPLUS_SECRET=s\n', 0o644)
    expect(() => readRuntimeSecrets({ KASSABRUG_SECRETS_FILE: open }, 'linux')).toThrow(
      /may be read by other users \(mode 644\); make it private with: chmod 600/
    )
    expect(() =>
      readRuntimeSecrets({ KASSABRUG_SECRETS_FILE: join(tempDir(), 'absent') }, 'linux')
    ).toThrow(/KASSABRUG_SECRETS_FILE: cannot read .*absent/)
    const typo = secretsFile('KASSABRUG_MPLUS_SECRET=s\nKASSABRUG_MPLUS_SECRT=t\n', 0o600)
    expect(() => readRuntimeSecrets({ KASSABRUG_SECRETS_FILE: typo }, 'linux')).toThrow(
      /line 2 of .* is not one of KASSABRUG_MAILCHIMP_API_KEY=…, KASSABRUG_MPLUS_SECRET=…/
    )
    // The problem as a code the CLI words, with what the words name.
    expect(() => readRuntimeSecrets({ KASSABRUG_SECRETS_FILE: typo }, 'linux')).toThrow(
      expect.objectContaining({ params: { secretsFile: 'unknownLine', path: typo, line: 2 } })
    )
    expect(() => readRuntimeSecrets({ KASSABRUG_SECRETS_FILE: open }, 'linux')).toThrow(
      expect.objectContaining({ params: { secretsFile: 'shared', path: open, mode: '644' } })
    )
  })
})
