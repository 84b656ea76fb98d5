import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/**
 * For tests and developer tools only (the simulator itself runs from its committed model): where
 * the official WSDL is, in the project root's sibling `shared/reference` folder (override with
 * MPLUS_WSDL_PATH). Tests that need it may skip only when it is absent on a developer machine; in
 * CI (process.env.CI set) its absence is a failure, not a skip.
 */
export const mplusWsdlPath =
  process.env.MPLUS_WSDL_PATH ??
  resolve(__dirname, '../../../shared/reference/mplus/mplusqapi.wsdl')
export const mplusReferenceAvailable = existsSync(mplusWsdlPath)
export const skipWithoutMplusReference = !mplusReferenceAvailable && !process.env.CI
export const mplusReferenceSkipMessage = `MplusKASSA WSDL not found at ${mplusWsdlPath}: skipping the checks against it (XSD validation, model in step); they run in CI.`

if (skipWithoutMplusReference) console.warn(mplusReferenceSkipMessage)

/** The WSDL's text (throws when it is absent: call it only where the reference checks run). */
export function readMplusWsdl(): string {
  return readFileSync(mplusWsdlPath, 'utf8').replace(/^\uFEFF/, '')
}

/**
 * Simulator options for strict XSD validation of every request and response: on whenever the
 * reference is present (and in CI, where its absence fails), off with the warning above otherwise.
 */
export function strictXsdOptions(): { wsdlText?: string; strictXsd?: boolean } {
  return skipWithoutMplusReference ? {} : { wsdlText: readMplusWsdl(), strictXsd: true }
}
