import { InvalidArgumentError, type Command } from 'commander'
import { CoreError, flowIds, type FlowId, type RunSummary } from '../../shared/contract'
import { codeWords, type Translate } from '../../shared/code-words'
import type { Core } from '../core/create-core'
import { dataDirOption } from './cli-words'
import { syncStateText } from './status-report'
import { runText, showSyncProgress } from './sync-progress'

type OpenCore = (dataDir: string | undefined) => Promise<Core>
/** The words of the language to print in: `--lang`, else the one chosen in Settings. */
type WordsOf = (core: Core) => Promise<Translate>

/** Opens the core, runs the command, always closes, and sets the exit code it returns. */
async function withCore(
  open: OpenCore,
  wordsOf: WordsOf,
  dataDir: string | undefined,
  work: (core: Core) => Promise<number>
) {
  const core = await open(dataDir)
  try {
    process.exitCode = await work(core)
  } catch (error) {
    if (!(error instanceof CoreError)) throw error
    // A refusal of the core in the user's words; its own sentence is the detail.
    const t = await wordsOf(core)
    process.stderr.write(`kassabrug: ${codeWords(t).error(error)} (${error.message})\n`)
    process.exitCode = 1
  } finally {
    await core.close()
  }
}

function write(line: string): void {
  process.stdout.write(`${line}\n`)
}

async function dryRun(core: Core, flows: FlowId[], limit: number, t: Translate): Promise<number> {
  const words = codeWords(t)
  for (const flow of flows) {
    const { items } = await core.call('sync.preview', { flow, limit })
    write(t('cli.dryRun', { flow, count: items.length }))
    for (const item of items) {
      const why = item.notices.length
        ? item.notices.map((notice) => words.notice(notice)).join(' ')
        : item.reason
      write(`  ${item.sourceId}: ${t(`mapping.actions.${item.action}`)}${why ? ` — ${why}` : ''}`)
      if (item.payload) write(`    ${item.payload}`)
    }
  }
  return 0
}

/**
 * Nothing syncs on an install that is not set up: says so, with what is missing, and answers
 * false; true when syncing can go ahead.
 */
async function refuseWhenNotSetUp(core: Core, t: Translate): Promise<boolean> {
  const sync = await core.call('sync.status')
  if (sync.state !== 'not-set-up') return true
  process.stderr.write(`${syncStateText(sync, t)}\n${t('setUp.syncRefused')}\n`)
  return false
}

function runFailed(run: RunSummary): boolean {
  return run.status !== 'succeeded' || run.error !== null
}

/** `help` words the help and the argument errors (before any Settings are read). */
export function registerSyncCommands(
  program: Command,
  help: Translate,
  open: OpenCore,
  wordsOf: WordsOf
): void {
  const parseFlow = (value: string): FlowId => {
    if (!(flowIds as readonly string[]).includes(value))
      throw new InvalidArgumentError(help('cli.errors.flow', { flows: flowIds.join(', ') }))
    return value as FlowId
  }
  const parseCount = (value: string): number => {
    const count = Number(value)
    if (!Number.isInteger(count) || count < 1 || count > 500)
      throw new InvalidArgumentError(help('cli.errors.count'))
    return count
  }
  // `--flow` and `--limit`, alike on `sync` and `log` but for the limit's words and default.
  const flowOption = [
    `-f, --flow <${help('cli.help.values.flow')}>`,
    help('cli.help.flow', { flows: flowIds.join(', ') }),
    parseFlow
  ] as const
  const limitOption = (words: 'cli.help.dryRunLimit' | 'cli.help.logLimit', fallback: number) =>
    [`-n, --limit <${help('cli.help.values.count')}>`, help(words), parseCount, fallback] as const

  program
    .command('sync')
    .description(help('cli.help.sync'))
    .option(...flowOption)
    .option('--dry-run', help('cli.help.dryRun'))
    .option(...limitOption('cli.help.dryRunLimit', 10))
    .option(...dataDirOption(help))
    .action((options: { flow?: FlowId; dryRun?: boolean; limit: number; dataDir?: string }) =>
      withCore(open, wordsOf, options.dataDir, async (core) => {
        const t = await wordsOf(core)
        if (!(await refuseWhenNotSetUp(core, t))) return 1
        if (options.dryRun) {
          const enabled = (await core.call('sync.status')).flows
            .filter((f) => f.enabled)
            .map((f) => f.flow)
          return dryRun(core, options.flow ? [options.flow] : enabled, options.limit, t)
        }
        const stopProgress = showSyncProgress(core, t)
        const { accepted, runs } = await core.call(
          'sync.runNow',
          options.flow ? { flow: options.flow, wait: true } : { all: true, wait: true }
        )
        stopProgress()
        if (accepted.length === 0) write(t('cli.noFlowOn'))
        return runs.some(runFailed) ? 1 : 0
      })
    )

  program
    .command('attention')
    .description(help('cli.help.attention'))
    .argument(`[${help('cli.help.values.action')}]`, 'list | retry | retry-all', 'list')
    .argument(`[${help('cli.help.values.id')}]`, help('cli.help.attentionId'))
    .option(...dataDirOption(help))
    .action((action: string, id: string | undefined, options: { dataDir?: string }) =>
      withCore(open, wordsOf, options.dataDir, async (core) => {
        const t = await wordsOf(core)
        const words = codeWords(t)
        if (action === 'list') {
          const { items } = await core.call('attention.list', { state: 'attention', limit: 500 })
          if (items.length === 0) write(t('attention.empty'))
          for (const item of items) {
            // Worded in the chosen language; a row from before the codes keeps its sentence.
            const why = item.notices.length
              ? item.notices.map((notice) => words.notice(notice)).join(' ')
              : item.reason
            write(
              t('cli.attentionItem', {
                id: item.id,
                flow: item.flow,
                record: item.sourceId,
                attempts: item.attempts,
                why
              })
            )
            const todos = item.notices.flatMap((notice) => words.todo(notice) ?? [])
            if (todos.length) write(`    → ${[...new Set(todos)].join(' ')}`)
          }
          return 0
        }
        if (action === 'retry' || action === 'retry-all') {
          if (action === 'retry' && !/^\d+$/.test(id ?? ''))
            throw new InvalidArgumentError(t('cli.errors.retryId'))
          const { runs, succeeded, stillFailing, results } = await core.call(
            'attention.retry',
            action === 'retry' ? { id: Number(id) } : { all: true }
          )
          for (const run of runs) write(runText(run, t))
          write(t('cli.retried', { succeeded, stillFailing }))
          for (const result of results) {
            const record = `${result.flow} ${result.sourceId}`
            const notices = result.notices.map((notice) => ` ${words.notice(notice)}`).join('')
            write(`  ${t(`reasons.retryResults.${result.outcome}`, { record })}${notices}`)
          }
          return stillFailing > 0 || runs.some(runFailed) ? 1 : 0
        }
        throw new InvalidArgumentError(t('cli.errors.unknownAction', { action }))
      })
    )

  program
    .command('log')
    .description(help('cli.help.log'))
    .option(...flowOption)
    .option('--failed', help('cli.help.failed'))
    .option(...limitOption('cli.help.logLimit', 50))
    .option(...dataDirOption(help))
    .action((options: { flow?: FlowId; failed?: boolean; limit: number; dataDir?: string }) =>
      withCore(open, wordsOf, options.dataDir, async (core) => {
        const t = await wordsOf(core)
        const words = codeWords(t)
        const { records } = await core.call('log.records', {
          flow: options.flow,
          outcome: options.failed ? 'failed' : undefined,
          limit: options.limit
        })
        for (const record of records) {
          const at = t('cli.time', { at: record.at })
          const target = record.targetId ? ` → ${record.targetId}` : ''
          const outcome = t(`activity.outcomes.${record.outcome}`)
          const why = record.notices.length
            ? record.notices.map((notice) => words.notice(notice)).join(' ')
            : record.reason
          write(
            `${at} ${record.flow} ${record.sourceId}${target} ${outcome}${why ? `: ${why}` : ''}`
          )
        }
        if (records.length === 0) write(t('activity.noRecords'))
        return 0
      })
    )
}
