import { InvalidArgumentError, type Command } from 'commander'
import { CoreError, flowIds, type FlowId, type RunSummary } from '../../shared/contract'
import { codeWords, type Translate } from '../../shared/code-words'
import type { Core } from '../core/create-core'
import { syncStateText } from './status-report'
import { runText, showSyncProgress } from './sync-progress'

type OpenCore = (dataDir: string | undefined) => Promise<Core>
/** The words of the language to print in: `--lang`, else the one chosen in Settings. */
type WordsOf = (core: Core) => Promise<Translate>

const dataDirOption = ['-d, --data-dir <folder>', 'folder for the database'] as const

function parseFlow(value: string): FlowId {
  if (!(flowIds as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`unknown flow; one of ${flowIds.join(', ')}.`)
  }
  return value as FlowId
}

function parseCount(value: string): number {
  const count = Number(value)
  if (!Number.isInteger(count) || count < 1 || count > 500) {
    throw new InvalidArgumentError('a whole number from 1 to 500.')
  }
  return count
}

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

export function registerSyncCommands(program: Command, open: OpenCore, wordsOf: WordsOf): void {
  program
    .command('sync')
    .description(
      'run every enabled flow now (or one), in dependency order; exit code 1 when a run failed'
    )
    .option('-f, --flow <flow>', `only this flow (${flowIds.join(', ')})`, parseFlow)
    .option('--dry-run', 'show what would be sent for the next records, send nothing')
    .option('-n, --limit <count>', 'records to show with --dry-run', parseCount, 10)
    .option(...dataDirOption)
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
    .description('records that need attention: list, retry ID, or retry-all')
    .argument('[action]', 'list | retry | retry-all', 'list')
    .argument('[id]', 'the item to retry')
    .option(...dataDirOption)
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
            throw new InvalidArgumentError('retry needs the item number from "attention list".')
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
        throw new InvalidArgumentError(
          `unknown action "${action}"; use list, retry ID or retry-all.`
        )
      })
    )

  program
    .command('log')
    .description('the newest records of the activity log')
    .option('-f, --flow <flow>', 'only this flow', parseFlow)
    .option('--failed', 'only records that failed')
    .option('-n, --limit <count>', 'how many', parseCount, 50)
    .option(...dataDirOption)
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
