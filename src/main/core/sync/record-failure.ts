import type { RecordRefusal } from '../../../shared/contract'
import {
  ConnectorError,
  type ConnectorErrorKind,
  type ConnectorName
} from '../connectors/connector-error'

export type FailureKind = ConnectorErrorKind | 'internal'

/** How the engine treats one failed record. */
export interface RecordFailure {
  kind: FailureKind
  message: string
  /** Worth another try in a later run (network, throttling, a garbled answer), until the attempts run out. */
  retryLater: boolean
  /** Every other record would fail the same way (credentials): stop the run. */
  stopsRun: boolean
  /** The system that failed, when known (a lookup at the source fails there, not at the target). */
  system?: ConnectorName
  /** The connector's own code for the failure (MALFORMED_XML, NOT_JSON, …), when it gave one. */
  code?: string
  /** The reason as codes, when the refusal gave them (a mapping, a source check). */
  notices?: RecordRefusal[]
}

/** The failure's codes: its own, else one from its kind. */
export function failureNotices(failure: RecordFailure): RecordRefusal[] {
  if (failure.notices?.length) return failure.notices
  switch (failure.kind) {
    case 'validation':
      return [{ code: 'field-invalid', params: { problem: failure.message } }]
    case 'business':
    case 'permanent':
      return [{ code: 'target-refused', params: { kind: failure.kind } }]
    case 'internal':
      return [{ code: 'internal', params: {} }]
    case 'invalid-response':
      return [{ code: 'target-answer-unreadable', params: { code: failure.code ?? 'UNKNOWN' } }]
    default:
      return [{ code: 'target-unreachable', params: { kind: failure.kind } }]
  }
}

export function classifyFailure(error: unknown): RecordFailure {
  if (error instanceof ConnectorError) {
    return {
      kind: error.kind,
      message: error.message,
      // A garbled answer is often a proxy or captive portal in between: worth a later try.
      retryLater: error.retryable || error.kind === 'invalid-response',
      stopsRun: error.kind === 'auth',
      system: error.connector,
      ...(error.details.code ? { code: error.details.code } : {})
    }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { kind: 'internal', message, retryLater: false, stopsRun: false }
}

export const systemNames: Record<ConnectorName, string> = {
  mplus: 'MplusKASSA',
  mailchimp: 'Mailchimp'
}

export interface ReasonContext {
  label: string
  source: ConnectorName
  target: ConnectorName
  attempts: number
  maxAttempts: number
}

/** What went wrong with which record and what the user can do, in plain words. */
export function failureReason(
  failure: RecordFailure,
  ctx: ReasonContext,
  needsAttention: boolean
): string {
  const source = systemNames[ctx.source]
  const target = systemNames[ctx.target]
  const message = sentence(failure.message)
  switch (failure.kind) {
    case 'validation':
      return `${capitalise(ctx.label)} was not sent to ${target}: ${message} Correct it in ${source}; it is sent again once it changes there, or press Retry.`
    case 'business':
    case 'permanent':
      return `${target} refused ${ctx.label}: ${message} Check the record in ${source} and its mapping, then press Retry.`
    case 'internal':
      return `Kassabrug could not process ${ctx.label}: ${message} This is a fault in Kassabrug: press Retry, and report it if it happens again.`
    case 'auth':
      return runStopReason(failure, ctx.target)
    default:
      return needsAttention
        ? `${target} could not take ${ctx.label} in ${ctx.attempts} runs (last error: ${message}) Check the internet connection and ${target}'s status, then press Retry.`
        : `${target} could not take ${ctx.label} now (${message}) Kassabrug tries again at the next run (attempt ${ctx.attempts} of ${ctx.maxAttempts}).`
  }
}

/** The run-level message when the credentials are refused. */
export function runStopReason(failure: RecordFailure, system: ConnectorName): string {
  const name = systemNames[system]
  return `${name} refused Kassabrug's credentials (${failure.message}), so the run stopped: every record would fail. Open Settings, enter the ${name} credentials again and press Test.`
}

function sentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
