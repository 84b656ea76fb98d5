import { MultiBar, Presets, type SingleBar } from 'cli-progress'
import type { Core } from '../core/create-core'
import {
  recordOutcomes,
  type CoreEvent,
  type RecordNotice,
  type RunCounts,
  type RunSummary
} from '../../shared/contract'
import { codeWords, type Translate } from '../../shared/code-words'

type Out = NodeJS.WriteStream

/** "3 created, 0 updated, 2 linked, …": every outcome, in the contract's order and words. */
export function countsText(counts: RunCounts): string {
  return recordOutcomes.map((outcome) => `${counts[outcome]} ${outcome}`).join(', ')
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
  return out.isTTY ? progressBars(core, out, lines) : progressLines(core, out, lines)
}

/** The lines worded in the chosen language: a failed record, why a run stopped (null: it did not). */
interface Lines {
  failed(payload: { flow: string; sourceId: string; notices: RecordNotice[] }): string
  stopped(run: RunSummary): string | null
}

function progressLines(core: Core, out: Out, lines: Lines): () => void {
  const lastTenth = new Map<number, number>()
  return core.events.subscribe((event: CoreEvent) => {
    if (event.name === 'run.started') {
      out.write(
        `${event.payload.flow}: run ${event.payload.runId} started (${event.payload.trigger})\n`
      )
    } else if (event.name === 'run.progress' && event.payload.total) {
      const tenth = Math.floor((10 * event.payload.done) / event.payload.total)
      if (tenth > (lastTenth.get(event.payload.runId) ?? 0)) {
        lastTenth.set(event.payload.runId, tenth)
        out.write(
          `${event.payload.flow}: ${event.payload.done}/${event.payload.total} ${event.payload.entity}s\n`
        )
      }
    } else if (event.name === 'record.failed') {
      out.write(`${lines.failed(event.payload)}\n`)
    } else if (event.name === 'run.finished') {
      const stopped = lines.stopped(event.payload)
      const error = stopped ? ` — ${stopped}` : ''
      out.write(
        `${event.payload.flow}: ${event.payload.status}: ${countsText(event.payload.counts)}${error}\n`
      )
    }
  })
}

function progressBars(core: Core, out: Out, lines: Lines): () => void {
  const bars = new MultiBar(
    {
      stream: out,
      format: '{flow} [{bar}] {value}/{total} {entity}s | {counts}',
      hideCursor: true
    },
    Presets.shades_classic
  )
  const byRun = new Map<number, SingleBar>()
  const unsubscribe = core.events.subscribe((event: CoreEvent) => {
    if (event.name === 'run.progress') {
      const { runId, flow, entity, done, total, counts } = event.payload
      let bar = byRun.get(runId)
      const payload = { flow: flow.padEnd(10), entity, counts: countsText(counts) }
      if (!bar) {
        bar = bars.create(total ?? done, done, payload)
        byRun.set(runId, bar)
      }
      if (total !== null) bar.setTotal(total)
      bar.update(done, payload)
    } else if (event.name === 'run.finished') {
      const bar = byRun.get(event.payload.id)
      bar?.update({ counts: countsText(event.payload.counts) })
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
