// Electronegativity (Doyensec's Electron security scanner) over the sources, as part of
// `npm test`. Fails on any HIGH finding and on any MEDIUM finding that docs/electronegativity.md
// does not justify (a table row naming the check and the file). Its command-line front end does
// not start with the commander version installed here, so this calls its runner directly.
//   node scripts/electronegativity.mjs
import { readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import run from '@doyensec/electronegativity'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')
).version
const justified = new Set(
  readFileSync(join(root, 'docs/electronegativity.md'), 'utf8')
    .split('\n')
    .map((line) => line.match(/^\|\s*`?([A-Z_]+)`?\s*\|\s*`?([^|`]+?)`?\s*\|/))
    .filter(Boolean)
    .map(([, check, file]) => `${check} ${file}`)
)

run({ input: join(root, 'src'), electronVersionOverride: electronVersion, parserPlugins: [] })
  .then((result) => {
    const rows = result.issues.map((issue) => ({
      severity: issue.severity.name,
      check: issue.id,
      file: relative(root, issue.file),
      line: issue.location.line
    }))
    const unexplained = rows.filter(
      (row) =>
        row.severity === 'HIGH' ||
        row.severity === 'CRITICAL' ||
        (row.severity === 'MEDIUM' && !justified.has(`${row.check} ${row.file}`))
    )
    for (const row of rows) {
      const mark = unexplained.includes(row) ? 'UNEXPLAINED' : 'justified/low'
      process.stdout.write(
        `${row.severity.padEnd(8)} ${row.check} ${row.file}:${row.line} (${mark})\n`
      )
    }
    const count = (severity) => rows.filter((row) => row.severity === severity).length
    process.stdout.write(
      `electronegativity: ${count('HIGH')} high, ${count('MEDIUM')} medium (${unexplained.length} unexplained), ${count('LOW')} low, ${result.errors.filter((e) => !e.tolerable).length} parse errors\n`
    )
    if (unexplained.length > 0 || result.errors.some((error) => !error.tolerable)) process.exit(1)
  })
  .catch((error) => {
    process.stderr.write(`${error.stack}\n`)
    process.exit(1)
  })
