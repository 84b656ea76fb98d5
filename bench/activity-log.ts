/**
 * Part 6 of `npm run bench`: the activity log at a million rows. Every page the log page can ask
 * for (first, deep, each filter, a time range, a common and a rare word), each over `queries`
 * queries with p50 / p95 of wall time and of CPU time; start-up with the big database while a
 * purge is due; and the purge of half the log as the app runs it in the background (its steps,
 * the full-text merging between them and after), with the longest event-loop block and the
 * costliest step of each kind.
 *
 * CPU time is the query's own cost: on a machine shared with other work the wall clock also
 * counts the time the process waits for a core (or for the disk), and the CPU figure says which.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import {
  constants,
  monitorEventLoopDelay,
  performance,
  PerformanceObserver,
  type NodeGCPerformanceDetail
} from 'node:perf_hooks'
import { createCore, databaseFileName } from '../src/main/core/create-core'
import { openDatabase } from '../src/main/core/db/open-database'
import { MemorySecretStore } from '../src/main/core/secrets/memory-store'
import {
  listRecords,
  mergeLogText,
  purgeLog,
  type RecordFilter,
  type StepOptions,
  type StepReport
} from '../src/main/core/sync/run-log'
import { commonWord, writeLogFixture } from './log-fixture'

type Add = (part: string, figure: string, value: string, target?: string, met?: boolean) => void

/** The part's name in the table; its rows go to the doc's log section. */
export const logPart = '6 log'
const part = logPart
const dayMs = 24 * 60 * 60 * 1000
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const millis = (ms: number) => `${ms < 10 ? ms.toFixed(2) : ms.toFixed(0)} ms`
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}

const schedstat = '/proc/thread-self/schedstat'

/**
 * The main thread's time on a core and waiting in the run queue for one, in ms (Linux's
 * schedstat; null elsewhere). What an event-loop block is made of: the code's own time on the
 * thread, or the machine's other work holding the cores (the rest is time asleep: disk, locks).
 */
function threadTimes(): { cpu: number; wait: number } | null {
  if (!existsSync(schedstat)) return null
  const [cpu, wait] = readFileSync(schedstat, 'utf8').split(' ').map(Number)
  return { cpu: cpu / 1e6, wait: wait / 1e6 }
}

interface Block {
  ms: number
  cpu: number
  wait: number
}

/**
 * Watches the event loop with a 1 ms timer and splits each late tick into the main thread's
 * time on a core, in the run queue and asleep: `longest` is the longest block, `own` the one
 * longest without its run-queue wait (what the code itself held the loop for).
 */
function watchBlocks(): {
  stop(): { longest: Block; own: Block; gc: { ms: number; kind: string } } | null
} {
  const none: Block = { ms: 0, cpu: 0, wait: 0 }
  let longest = none
  let own = none
  // The longest garbage collection meanwhile (V8 stops the main thread for its final pause).
  let gc = { ms: 0, kind: '' }
  const kinds: Record<number, string> = {
    [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
    [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
    [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks'
  }
  const gcs = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // The typings leave `detail` out of PerformanceEntry; a gc entry carries its kind there.
      const { kind } = (entry as unknown as { detail: NodeGCPerformanceDetail }).detail
      if (entry.duration > gc.ms) gc = { ms: entry.duration, kind: kinds[kind] ?? String(kind) }
    }
  })
  gcs.observe({ entryTypes: ['gc'] })
  let last = performance.now()
  let lastTimes = threadTimes()
  const timer = setInterval(() => {
    const at = performance.now()
    const times = threadTimes()
    if (times && lastTimes) {
      const block = {
        ms: at - last,
        cpu: times.cpu - lastTimes.cpu,
        wait: times.wait - lastTimes.wait
      }
      if (block.ms > longest.ms) longest = block
      if (block.ms - block.wait > own.ms - own.wait) own = block
    }
    last = at
    lastTimes = times
  }, 1)
  return {
    stop() {
      clearInterval(timer)
      gcs.disconnect()
      return lastTimes ? { longest, own, gc } : null
    }
  }
}

function percentiles(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { p50: at(0.5), p95: at(0.95) }
}

export async function activityLog(options: {
  dir: string
  rows: number
  queries: number
  add: Add
}): Promise<void> {
  const { dir, add } = options
  const path = join(dir, databaseFileName)
  const now = Date.now()
  const started = performance.now()
  const fixture = await writeLogFixture(path, { rows: options.rows, days: 60, now })
  add(
    part,
    'rows (runs)',
    `${fixture.rows} (${fixture.runs}), written in ${seconds(performance.now() - started)}`
  )

  // Start-up first, while half of the log is past the 30-day retention: the purge is due.
  const startupFrom = performance.now()
  const startupCpu = process.cpuUsage()
  const core = await createCore({
    dataDir: dir,
    secrets: new MemorySecretStore(),
    version: 'bench'
  })
  await core.start()
  const startupMs = performance.now() - startupFrom
  const startupCpuMs = cpuMs(startupCpu)
  await core.close()
  add(
    part,
    'start-up with that database, purge due: wall (CPU)',
    `${millis(startupMs)} (${millis(startupCpuMs)})`,
    '< 1 s',
    startupMs < 1000
  )

  // As the app opens it: checkpoints in a worker thread.
  const database = await openDatabase(path, { backgroundCheckpoints: {} })
  const { db } = database
  let seed = 7
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const anyId = () => 1 + Math.floor(random() * fixture.rows)
  const deepId = () => 1 + Math.floor(random() * fixture.rows * 0.05)
  const anyDay = () => {
    const from = now - 60 * dayMs + Math.floor(random() * 59 * dayMs)
    return { from, to: from + dayMs }
  }
  const pageTarget = 5
  const searchTarget = 50
  const cases: [string, () => RecordFilter, number][] = [
    ['first page', () => ({ limit: 50 }), pageTarget],
    ['deep page (oldest 5 %)', () => ({ limit: 50, before: deepId() }), pageTarget],
    ['flow', () => ({ limit: 50, flow: 'customers', before: anyId() }), pageTarget],
    ['outcome', () => ({ limit: 50, outcome: 'failed', before: anyId() }), pageTarget],
    ['run', () => ({ limit: 50, runId: 1 + Math.floor(random() * fixture.runs) }), pageTarget],
    [
      'flow + outcome',
      () => ({ limit: 50, flow: 'customers', outcome: 'failed', before: anyId() }),
      pageTarget
    ],
    ['one day', () => ({ limit: 50, ...anyDay() }), pageTarget],
    ['one day + flow', () => ({ limit: 50, flow: 'customers', ...anyDay() }), pageTarget],
    ['text, common word, first page', () => ({ limit: 50, text: commonWord }), searchTarget],
    [
      'text, common word, any page',
      () => ({ limit: 50, text: commonWord, before: anyId() }),
      searchTarget
    ],
    [
      'text, rare word',
      () => ({
        limit: 50,
        text: fixture.rareWords[Math.floor(random() * fixture.rareWords.length)]
      }),
      searchTarget
    ]
  ]
  for (const [label, filter, target] of cases) {
    const wall: number[] = []
    const cpu: number[] = []
    for (let i = 0; i < 5; i++) await listRecords(db, filter()) // warm-up, not counted
    for (let i = 0; i < options.queries; i++) {
      const query = filter()
      const from = performance.now()
      const cpuFrom = process.cpuUsage()
      await listRecords(db, query)
      wall.push(performance.now() - from)
      cpu.push(cpuMs(cpuFrom))
    }
    const w = percentiles(wall)
    const c = percentiles(cpu)
    add(
      part,
      `${label}: p50 / p95 wall (CPU)`,
      `${millis(w.p50)} / ${millis(w.p95)} (${millis(c.p50)} / ${millis(c.p95)})`,
      `p95 < ${target} ms`,
      w.p95 < target
    )
  }

  // The purge as LogMaintenance runs it: the steps, then the merging of the segments they left.
  const loop = monitorEventLoopDelay({ resolution: 1 })
  const none: StepReport = { rows: 0, ms: 0, cpuMs: 0 }
  // Per kind, the step that used the most CPU (its own cost) and the one that took the longest
  // wall time (what the event loop saw; more than its CPU when the process waited meanwhile).
  const costliest = { purge: none, merge: none }
  const slowest = { purge: none, merge: none }
  const steps = { purge: 0, merge: 0 }
  const watch = (kind: 'purge' | 'merge'): StepOptions => ({
    onStep: (step) => {
      steps[kind]++
      if (step.cpuMs > costliest[kind].cpuMs) costliest[kind] = step
      if (step.ms > slowest[kind].ms) slowest[kind] = step
    }
  })
  // As LogMaintenance runs them: waiting for a checkpoint between steps.
  const checkpoint = database.checkpoint
  const purgeFrom = performance.now()
  const purgeCpu = process.cpuUsage()
  loop.enable()
  const blocks = watchBlocks()
  const purged = await purgeLog(db, now - 30 * dayMs, {
    ...watch('purge'),
    onMergeStep: watch('merge').onStep,
    checkpoint
  })
  const purgeMs = performance.now() - purgeFrom
  const purgeCpuMs = cpuMs(purgeCpu)
  const mergeFrom = performance.now()
  const mergedAfter = steps.merge
  await mergeLogText(db, { ...watch('merge'), checkpoint })
  const mergeMs = performance.now() - mergeFrom
  loop.disable()
  const split = blocks.stop()
  add(
    part,
    `purge of ${purged} rows: wall (CPU), steps (merge steps between them)`,
    `${seconds(purgeMs)} (${seconds(purgeCpuMs)}), ${steps.purge} (${mergedAfter})`
  )
  add(
    part,
    'then merging what is left: wall, steps',
    `${seconds(mergeMs)}, ${steps.merge - mergedAfter}`
  )
  add(
    part,
    'purge + merging: longest event-loop block (p99)',
    `${millis(loop.max / 1e6)} (${millis(loop.percentile(99) / 1e6)})`,
    '≤ 20 ms',
    loop.max / 1e6 <= 20
  )
  if (split) {
    const parts = (block: Block) =>
      `${millis(block.ms)}: ${millis(block.cpu)} on a core, ${millis(block.wait)} waiting for one, ` +
      `${millis(Math.max(0, block.ms - block.cpu - block.wait))} asleep`
    add(part, 'purge + merging: longest block, of which (main thread)', parts(split.longest))
    add(
      part,
      'purge + merging: longest garbage collection',
      `${millis(split.gc.ms)} (${split.gc.kind})`
    )
    const own = split.own.ms - split.own.wait
    add(
      part,
      'purge + merging: longest block without the wait for a core',
      `${millis(own)} (${parts(split.own)})`,
      '≤ 20 ms',
      own <= 20
    )
  }
  const described = (step: StepReport, unit: string) =>
    `${millis(step.cpuMs)} (${millis(step.ms)}), ${step.rows} ${unit}`
  for (const kind of ['purge', 'merge'] as const) {
    const unit = kind === 'purge' ? 'rows' : 'pages'
    add(
      part,
      `${kind}: costliest step, CPU (wall)`,
      described(costliest[kind], unit),
      '≤ 20 ms',
      costliest[kind].cpuMs <= 20
    )
    add(part, `${kind}: slowest step, CPU (wall)`, described(slowest[kind], unit))
  }
  await database.close()
  rmSync(dir, { recursive: true, force: true })
}
