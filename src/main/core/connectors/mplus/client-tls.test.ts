import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMplusSimulator, type MplusSimulator } from '../../../../../simulators/mplus/index'
import { strictXsdOptions } from '../../../../../simulators/mplus/reference-availability'
import { createMplusClient, type MplusClientConfig } from './client'

describe('Mplus client over HTTPS', () => {
  let simulator: MplusSimulator
  const config = (overrides: Partial<MplusClientConfig>): MplusClientConfig => ({
    host: simulator.host,
    port: simulator.port,
    useTls: true,
    ident: simulator.ident,
    secret: simulator.secret,
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    ...overrides
  })

  beforeAll(async () => {
    simulator = await startMplusSimulator({
      tls: true,
      fixture: { size: 10 },
      ...strictXsdOptions()
    })
  })
  afterAll(async () => {
    await simulator.close()
  })

  it('serves https and exposes the certificate fingerprint', () => {
    expect(simulator.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/)
    expect(simulator.certificateSha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('verifies certificates by default: a self-signed one is refused with a clear, permanent error', async () => {
    simulator.resetCounts()
    const result = await createMplusClient(config({})).testConnection()
    expect(result).toMatchObject({ ok: false, kind: 'permanent' })
    expect(!result.ok && result.failure.message).toMatch(/certificate .* not trusted/)
    expect(simulator.requestCounts()).toEqual({})
  })

  it('connects when the pinned SHA-256 fingerprint matches (colon-separated upper case accepted)', async () => {
    const pin = (simulator.certificateSha256 ?? '').toUpperCase().replace(/(..)(?!$)/g, '$1:')
    const client = createMplusClient(config({ certificateSha256: pin }))
    expect(await client.testConnection()).toMatchObject({
      ok: true,
      version: { majorNumber: 67, minorNumber: 1, revisionNumber: 3 }
    })
    expect(await client.getBranches()).toHaveLength(2)
  })

  it('refuses a certificate that does not match the pin before sending any request', async () => {
    simulator.resetCounts()
    const client = createMplusClient(config({ certificateSha256: 'ab'.repeat(32) }))
    await expect(client.getBranches()).rejects.toMatchObject({
      kind: 'permanent',
      details: { code: 'CERTIFICATE_PIN_MISMATCH' }
    })
    const result = await client.testConnection()
    expect(!result.ok && result.failure.message).toMatch(
      /does not match the pinned SHA-256 fingerprint/
    )
    expect(simulator.requestCounts()).toEqual({})
  })

  it('connects when the certificate is trusted as a CA', async () => {
    const client = createMplusClient(config({ ca: simulator.certificatePem }))
    expect((await client.getApiVersion()).majorNumber).toBe(67)
  })
})
