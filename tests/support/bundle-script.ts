import { mkdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { build } from 'esbuild'

// Inside the project, so the bundle's require() calls find node_modules.
const bundleDir = join(__dirname, '../../node_modules/.cache/kassabrug-test-bundles')

/**
 * Bundles a TypeScript entry into one CommonJS file (dependencies stay external), so a test can
 * start it as a plain `node` child process many times without paying for a TypeScript loader
 * on every start.
 */
export async function bundleScript(entry: string): Promise<string> {
  mkdirSync(bundleDir, { recursive: true })
  const outfile = join(bundleDir, `${basename(entry, '.ts')}-${process.pid}.cjs`)
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'error'
  })
  return outfile
}
