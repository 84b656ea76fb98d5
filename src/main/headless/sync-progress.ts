import { MultiBar, Presets, type SingleBar } from 'cli-progress'
import type { Core } from '../core/create-core'
import { recordOutcomes, type CoreEvent, type RunCounts } from '../../shared/contract'

type Out = NodeJS.WriteStream

/** "3 created, 0 updated, 2 linked, …": every outcome, in the contract's order and words. */
export function countsText(counts: RunCounts): string {
  return recordOutcomes.map((outcome) => `${counts[outcome]} ${outcome}`).join(', ')
}

/**
 * Shows sync runs as they happen: a progress bar per flow on a terminal, plain lines otherwise
 * (logs, pipes, CI). Returns the unsubscribe function.
 */
export function showSyncProgress(core: Core, out: Out = process.stdout): () => void {
  return out.isTTY ? progressBars(core, out) : progressLines(core, out)
}

function progressLines(core: Core, out: Out): () => void {
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
      out.write(`${event.payload.flow}: ${event.payload.sourceId}: ${event.payload.reason}\n`)
    } else if (event.name === 'run.finished') {
      const error = event.payload.error ? ` — ${event.payload.error}` : ''
      out.write(
        `${event.payload.flow}: ${event.payload.status}: ${countsText(event.payload.counts)}${error}\n`
      )
    }
  })
}

function progressBars(core: Core, out: Out): () => void {
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
      if (event.payload.error) bars.log(`${event.payload.flow}: ${event.payload.error}\n`)
    } else if (event.name === 'record.failed') {
      bars.log(`${event.payload.flow}: ${event.payload.sourceId}: ${event.payload.reason}\n`)
    }
  })
  return () => {
    unsubscribe()
    bars.stop()
  }
}
