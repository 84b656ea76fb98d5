import { readFileSync, statSync } from 'node:fs'
import {
  CoreError,
  connectionIds,
  secretEnvironmentVariables,
  secretsFileVariable,
  type ConnectionId
} from '../../../shared/contract'

/**
 * Credentials given at run time, for machines without a keychain (a back-office server, a
 * container): one environment variable per connection, or a file named by KASSABRUG_SECRETS_FILE
 * holding the same `NAME=value` lines, readable by its owner only. Kassabrug reads them and never
 * writes them anywhere; an environment variable wins over the file, both win over the keychain.
 */
export type RuntimeSecretSource = 'environment' | 'file'
export type RuntimeSecrets = Partial<
  Record<ConnectionId, { secret: string; source: RuntimeSecretSource }>
>

/**
 * Why the file is refused, as `params.secretsFile` of the CoreError (with `path`, and `mode` or
 * `line`): the CLI words it; the message is developer detail.
 */
export const secretsFileProblems = ['shared', 'unreadable', 'unknownLine'] as const

/** Group or others may read (or write) the file: refused, as ssh refuses such a key. */
const foreignAccessBits = 0o077

export function readRuntimeSecrets(
  environment: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform
): RuntimeSecrets {
  const secrets: RuntimeSecrets = {}
  const filePath = environment[secretsFileVariable]
  if (filePath) {
    const fromFile = readSecretsFile(filePath, platform)
    for (const id of connectionIds) {
      const secret = fromFile.get(secretEnvironmentVariables[id])
      if (secret) secrets[id] = { secret, source: 'file' }
    }
  }
  for (const id of connectionIds) {
    const secret = environment[secretEnvironmentVariables[id]]
    if (secret) secrets[id] = { secret, source: 'environment' }
  }
  return secrets
}

function readSecretsFile(path: string, platform: NodeJS.Platform): Map<string, string> {
  let text: string
  try {
    // Windows has no POSIX mode bits; there the file's ACL is the user's to keep private.
    const mode = statSync(path).mode
    if (platform !== 'win32' && (mode & foreignAccessBits) !== 0)
      throw new CoreError(
        'invalid-input',
        `${secretsFileVariable}: ${path} may be read by other users (mode ${(mode & 0o777).toString(8)}); make it private with: chmod 600 ${path}`,
        undefined,
        { params: { secretsFile: 'shared', path, mode: (mode & 0o777).toString(8) } }
      )
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if (error instanceof CoreError) throw error
    throw new CoreError(
      'invalid-input',
      `${secretsFileVariable}: cannot read ${path} (${(error as Error).message})`,
      undefined,
      { cause: error, params: { secretsFile: 'unreadable', path } }
    )
  }
  const known = new Set(Object.values(secretEnvironmentVariables))
  const values = new Map<string, string>()
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const equals = line.indexOf('=')
    const name = equals === -1 ? line : line.slice(0, equals).trim()
    if (equals === -1 || !known.has(name))
      throw new CoreError(
        'invalid-input',
        `${secretsFileVariable}: line ${index + 1} of ${path} is not one of ${[...known].map((n) => `${n}=…`).join(', ')}`,
        undefined,
        { params: { secretsFile: 'unknownLine', path, line: index + 1 } }
      )
    values.set(name, line.slice(equals + 1).trim())
  })
  return values
}
