import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  connectionIds,
  connectionTestCodes,
  errorCodes,
  flowIds,
  issueCodes,
  languages,
  pendingStates,
  recordNoticeCodes,
  recordOutcomes,
  recordRefusalCodes,
  recordWaitCodes,
  retryOutcomes,
  runProblemCodes,
  runStatuses,
  runTriggers,
  transformKinds,
  syncStates
} from '../src/shared/contract'
import { sourceFieldNames, sourceGroups } from '../src/shared/source-fields'
import { secretsFileProblems } from '../src/main/core/secrets/runtime-secrets'
import { en } from '../src/renderer/src/i18n/en'
import { fr } from '../src/renderer/src/i18n/fr'
import { nl } from '../src/renderer/src/i18n/nl'

type Tree = { [key: string]: string | Tree }
const catalogues = { nl, en, fr } as unknown as Record<string, Tree>

/** Codes the core sends, and where the renderer words them: each code needs a key, each key a code. */
const coded: Record<string, readonly string[]> = {
  ...Object.fromEntries(connectionIds.map((id) => [`connectionTest.${id}`, connectionTestCodes])),
  errors: errorCodes,
  issues: issueCodes,
  notices: recordNoticeCodes,
  /** What to do about a refused or waiting record. */
  todo: [...recordRefusalCodes, ...recordWaitCodes],
  runProblems: runProblemCodes,
  'reasons.retryResults': retryOutcomes,
  'flows.states': syncStates,
  'flows.names': flowIds,
  'flows.runStatuses': runStatuses,
  'flows.counts': recordOutcomes,
  'activity.outcomes': recordOutcomes,
  'activity.triggers': runTriggers,
  'attention.states': pendingStates,
  'settings.languages': languages,
  'dashboard.connectionNames': connectionIds,
  sourceFields: sourceFieldNames,
  sourceGroups,
  transformNames: transformKinds,
  /** Why the CLI refuses a runtime secrets file. */
  'cli.secretsFile': secretsFileProblems
}

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`)
  )
}

function branch(tree: Tree, path: string): Tree | undefined {
  let node: string | Tree | undefined = tree
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'object' ? node : undefined
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

const repo = join(__dirname, '..')
// The renderer's pages, the desktop host that words the tray and notifications from them, the
// CLI, and the wording of codes they share.
const code = [
  join(repo, 'src', 'renderer', 'src'),
  join(repo, 'src', 'main', 'electron'),
  join(repo, 'src', 'main', 'headless'),
  join(repo, 'src', 'shared')
]
  .flatMap(sources)
  .filter((path) => !path.includes(`${join('src', 'i18n')}`))
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n')
/** Prefixes the renderer builds keys under at run time: t(`flows.names.${flow}`). */
const dynamicPrefixes = [...code.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z-]+)*)\.\$\{/g)].map(
  (match) => `${match[1]}.`
)

describe('the renderer words every code, in every language, and carries no unused words', () => {
  for (const [namespace, codes] of Object.entries(coded)) {
    it(`${namespace}: one key per code, in nl, en and fr`, () => {
      for (const [language, catalogue] of Object.entries(catalogues)) {
        const keys = Object.keys(branch(catalogue, namespace) ?? {})
        expect({ language, keys: keys.sort() }).toEqual({ language, keys: [...codes].sort() })
      }
    })
  }

  it('every key is used: literally in a page or component, or under a prefix built from a code or a list', () => {
    const unused = leaves(catalogues.nl).filter((key) => {
      const literal = new RegExp(`['"\`]${key.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}['"\`]`)
      if (literal.test(code)) return false
      if (Object.keys(coded).some((namespace) => key.startsWith(`${namespace}.`))) return false
      return !dynamicPrefixes.some(
        (prefix) => key.startsWith(prefix) && !key.slice(prefix.length).includes('.')
      )
    })
    expect(unused).toEqual([])
  })

  it('every language has the same keys as Dutch (the type checker demands it; this says which)', () => {
    const dutch = leaves(catalogues.nl).sort()
    for (const language of ['en', 'fr']) expect(leaves(catalogues[language]).sort()).toEqual(dutch)
  })
})
