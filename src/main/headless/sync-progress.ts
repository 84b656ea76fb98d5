import { MultiBar, Presets, type SingleBar } from 'cli-progress'
import type { Core } from '../core/create-core'
import {
  recordOutcomes,
  type CoreEvent,
  type FlowId,
  type RecordNotice,
  type RunCounts,
  type RunSummary
} from '../../shared/contract'
import { codeWords, type Translate } from '../../shared/code-words'

type Out = NodeJS.WriteStream

/** "Nieuw 3, Bijgewerkt 0, Gekoppeld 2, …": every outcome, in the contract's order. */
export function countsText(counts: RunCounts, t: Translate): string {
  return recordOutcomes
    .map((outcome) =>
      t('cli.count', { label: t(`flows.counts.${outcome}`), value: counts[outcome] })
    )
    .join(', ')
}

/** "products: Gelukt: Nieuw 3, …": a run's flow, its status and its counts. */
export function runText(run: RunSummary, t: Translate): string {
  return `${run.flow}: ${t(`flows.runStatuses.${run.status}`)}: ${countsText(run.counts, t)}`
}

/**
 * Shows sync runs as they happen: a progress bar per flow on a terminal, plain lines otherwise
 * (logs, pipes, CI). Returns the unsubscribe function.
 */
export function showSyncProgress(core: Core, t: Translate, out: Out = process.stdout): () => void {
  const words = codeWords(t)
  const lines: Lines = {
    failed: (payload) =>
      `${payload.flow}: ${payload.sourceId}: ${payload.notices.map((notice) => words.notice(notice)).join(' ')}`,
    stopped: (run) =>
      run.problems.length ? run.problems.map((problem) => words.problem(problem)).join(' ') : null
  }
  return out.isTTY ? progressBars(core, out, t, lines) : progressLines(core, out, t, lines)
}

/** The lines worded in the chosen language: a failed record, why a run stopped (null: it did not). */
interface Lines {
  failed(payload: { flow: string; sourceId: string; notices: RecordNotice[] }): string
  stopped(run: RunSummary): string | null
}

/** What a flow counts, in words: "voorraadstanden", "orders". */
function entityOf(flow: FlowId, t: Translate): string {
  return t(`flows.entities.${flow}`)
}

function progressLines(core: Core, out: Out, t: Translate, lines: Lines): () => void {
  const lastTenth = new Map<number, number>()
  return core.events.subscribe((event: CoreEvent) => {
    if (event.name === 'run.started') {
      const { flow, runId, trigger } = event.payload
      out.write(
        `${t('cli.runStarted', { flow, run: runId, trigger: t(`activity.triggers.${trigger}`) })}\n`
      )
    } else if (event.name === 'run.progress' && event.payload.total) {
      const tenth = Math.floor((10 * event.payload.done) / event.payload.total)
      if (tenth > (lastTenth.get(event.payload.runId) ?? 0)) {
        lastTenth.set(event.payload.runId, tenth)
        const { flow, done, total } = event.payload
        out.write(`${flow}: ${t('flows.progress', { entity: entityOf(flow, t), done, total })}\n`)
      }
    } else if (event.name === 'record.failed') {
      out.write(`${lines.failed(event.payload)}\n`)
    } else if (event.name === 'run.finished') {
      const stopped = lines.stopped(event.payload)
      const error = stopped ? ` — ${stopped}` : ''
      out.write(`${runText(event.payload, t)}${error}\n`)
    }
  })
}

function progressBars(core: Core, out: Out, t: Translate, lines: Lines): () => void {
  const bars = new MultiBar(
    {
      stream: out,
      format: '{flow} [{bar}] {value}/{total} {entity} | {counts}',
      hideCursor: true
    },
    Presets.shades_classic
  )
  const byRun = new Map<number, SingleBar>()
  const unsubscribe = core.events.subscribe((event: CoreEvent) => {
    if (event.name === 'run.progress') {
      const { runId, flow, done, total, counts } = event.payload
      let bar = byRun.get(runId)
      const payload = {
        flow: flow.padEnd(10),
        entity: entityOf(flow, t),
        counts: countsText(counts, t)
      }
      if (!bar) {
        bar = bars.create(total ?? done, done, payload)
        byRun.set(runId, bar)
      }
      if (total !== null) bar.setTotal(total)
      bar.update(done, payload)
    } else if (event.name === 'run.finished') {
      const bar = byRun.get(event.payload.id)
      bar?.update({ counts: countsText(event.payload.counts, t) })
      bar?.stop()
      const stopped = lines.stopped(event.payload)
      if (stopped) bars.log(`${event.payload.flow}: ${stopped}\n`)
    } else if (event.name === 'record.failed') {
      bars.log(`${lines.failed(event.payload)}\n`)
    }
  })
  return () => {
    unsubscribe()
    bars.stop()
  }
}
