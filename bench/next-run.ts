// How long one next-run computation takes (the status refresh does one per enabled flow).
//   npx tsx bench/next-run.ts
import { firstDueTime } from '../src/main/core/sync/schedule-times'

const after = Date.now()
for (const expression of ['0 0 1 1 *', '0 0 1 * *', '0 3 * * *', '*/5 * * * *']) {
  firstDueTime(expression, after) // warm-up
  const rounds = 200
  let worst = 0
  const started = performance.now()
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now()
    firstDueTime(expression, after + i * 1000)
    worst = Math.max(worst, performance.now() - t0)
  }
  const mean = (performance.now() - started) / rounds
  const next = new Date(firstDueTime(expression, after) ?? NaN).toString()
  process.stdout.write(
    `${expression.padEnd(12)} next ${next}  mean ${mean.toFixed(3)} ms  worst ${worst.toFixed(3)} ms\n`
  )
}
