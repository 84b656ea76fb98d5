import { existsSync } from 'node:fs'
import { defaultWsdlPath } from './schema-model'

/**
 * Tests that need the official WSDL may skip only when the shared reference folder is absent on a
 * developer machine; in CI (process.env.CI set) its absence is a failure, not a skip.
 */
export const mplusReferenceAvailable = existsSync(defaultWsdlPath)
export const skipWithoutMplusReference = !mplusReferenceAvailable && !process.env.CI

if (skipWithoutMplusReference) {
  console.warn(
    `MplusKASSA WSDL not found at ${defaultWsdlPath}: skipping simulator tests (they run in CI).`
  )
}
