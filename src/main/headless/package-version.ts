import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The version from package.json. The bundle lives in out/main/, two levels below the package
 * root, both in a checkout and in an installed package.
 */
export function packageVersion(bundleDir: string = __dirname): string {
  const manifest = JSON.parse(
    readFileSync(join(bundleDir, '..', '..', 'package.json'), 'utf8')
  ) as {
    version?: string
  }
  return manifest.version ?? '0.0.0'
}
