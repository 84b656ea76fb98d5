import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../src/main/core/create-core'
import { MemorySecretStore } from '../../src/main/core/secrets/memory-store'
import { connectionSettings, startSimulatorPair, type SimulatorPair } from '../support/sync-harness'
import { useTempDir } from '../support/temp-dir'
import { standardLookupTables } from '../../src/shared/contract/mapping-model'
import { lookupIssues, lookupTableShapes, tillCountries } from '../../src/shared/lookup-codes'

const tempDir = useTempDir()
let pair: SimulatorPair
let core: Core
let secrets: MemorySecretStore

beforeAll(async () => {
  pair = await startSimulatorPair({ products: 10, members: 10 })
  secrets = new MemorySecretStore()
  core = await createCore({
    dataDir: tempDir(),
    secrets,
    version: 'test',
    connectors: {
      mplus: {
        retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
        timeouts: { connectMs: 2000 }
      },
      mailchimp: { retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } }
    }
  })
})

afterAll(async () => {
  await core?.close()
  await pair?.close()
})

describe('the setup wizard calls, live against the simulators', () => {
  it('says what is missing before anything is configured', async () => {
    const result = await core.call('connections.test', { connection: 'mplus' })
    expect(result).toMatchObject({
      ok: false,
      code: 'not-configured',
      params: { missing: ['host', 'port', 'ident', 'secret'] }
    })
    await expect(core.call('mailchimp.audiences')).rejects.toMatchObject({
      code: 'not-configured',
      params: { missing: ['apiKey'] }
    })
  })

  it('turns red with a human message on wrong credentials, and green on right ones', async () => {
    const { mailchimp, mplus } = connectionSettings(pair)
    await core.call('settings.update', { mailchimp: { baseUrl: mailchimp.baseUrl }, mplus })
    await core.call('secrets.set', { connection: 'mplus', secret: 'not-the-secret' })
    await core.call('secrets.set', { connection: 'mailchimp', secret: `${'0'.repeat(32)}-us21` })
    const wrongTill = await core.call('connections.test', { connection: 'mplus' })
    expect(wrongTill).toMatchObject({ ok: false, kind: 'auth', code: 'auth-refused' })
    const wrongKey = await core.call('connections.test', { connection: 'mailchimp' })
    expect(wrongKey).toMatchObject({ ok: false, kind: 'auth', code: 'auth-refused' })
    expect(wrongKey.params.detail).toMatch(/401/)
    expect(JSON.stringify(wrongKey)).not.toContain('0'.repeat(32))
    // A key in the wrong form fails while the client is built: still a failed test, not an error.
    await core.call('secrets.set', { connection: 'mailchimp', secret: 'not a mailchimp key' })
    const malformed = await core.invoke('connections.test', { connection: 'mailchimp' })
    expect(malformed).toMatchObject({ ok: true, value: { ok: false, kind: 'auth' } })
    expect(JSON.stringify(malformed)).toMatch(/not in the expected form/)

    await core.call('secrets.set', { connection: 'mplus', secret: pair.mplus.secret })
    await core.call('secrets.set', { connection: 'mailchimp', secret: pair.mailchimp.apiKey })
    const till = await core.call('connections.test', { connection: 'mplus' })
    expect(till).toMatchObject({ ok: true, kind: null, code: 'connected' })
    expect(till.branches?.length).toBeGreaterThan(0)
    const account = await core.call('connections.test', { connection: 'mailchimp' })
    expect(account).toMatchObject({ ok: true, kind: null, code: 'connected' })
    expect(account.accountName).toEqual(expect.any(String))
    expect(account.audiences?.map((a) => a.id)).toContain(pair.mailchimp.listId)
  })

  it('tests a typed draft as typed, without storing it, and falls back to the stored secret', async () => {
    const { mailchimp, mplus: till } = connectionSettings(pair)
    // The connection part of the settings (the branch is not part of a connection test).
    const { host, port, useTls, ident } = till
    const mplus = { host, port, useTls, ident, certificateSha256: null }
    const before = await core.call('settings.get')
    const wrongDraft = await core.call('connections.test', {
      connection: 'mplus',
      draft: { ...mplus, secret: 'typed-but-wrong' }
    })
    expect(wrongDraft).toMatchObject({ ok: false, code: 'auth-refused' })
    const typedKey = await core.call('connections.test', {
      connection: 'mailchimp',
      draft: { apiKey: `${'1'.repeat(32)}-us21`, baseUrl: mailchimp.baseUrl }
    })
    expect(typedKey).toMatchObject({ ok: false, code: 'auth-refused' })
    // Without a typed secret the stored (right) one is used; the draft's port is the typed one.
    const stored = await core.call('connections.test', { connection: 'mplus', draft: mplus })
    expect(stored).toMatchObject({ ok: true, code: 'connected' })
    const deadPort = await core.call('connections.test', {
      connection: 'mplus',
      draft: { ...mplus, port: 9 }
    })
    expect(deadPort).toMatchObject({ ok: false, code: 'unreachable' })
    // Nothing of the drafts was stored.
    expect(await core.call('settings.get')).toEqual(before)
    expect(await core.call('connections.test', { connection: 'mailchimp' })).toMatchObject({
      ok: true
    })
    await expect(
      core.invoke('connections.test', { connection: 'mplus', draft: { ...mplus, port: 0 } })
    ).resolves.toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        issues: [{ path: 'draft.port', code: 'too-small', params: { minimum: 1 } }]
      }
    })
  })

  it('reports a till that cannot be reached', async () => {
    await core.call('settings.update', { mplus: { port: 9 } })
    const result = await core.call('connections.test', { connection: 'mplus' })
    expect(result).toMatchObject({ ok: false, kind: 'transient', code: 'unreachable' })
    await core.call('settings.update', connectionSettings(pair))
  })

  it('lists audiences, creates the store on the chosen audience, and lists it', async () => {
    const audiences = await core.call('mailchimp.audiences')
    expect(audiences).toContainEqual(
      expect.objectContaining({ id: pair.mailchimp.listId, memberCount: expect.any(Number) })
    )
    await core.call('settings.update', { mailchimp: { listId: pair.mailchimp.listId } })
    const store = await core.call('mailchimp.createStore', {
      id: 'winkel-centrum',
      name: 'Winkel Centrum',
      currencyCode: 'EUR'
    })
    expect(store).toEqual({
      id: 'winkel-centrum',
      name: 'Winkel Centrum',
      listId: pair.mailchimp.listId,
      currencyCode: 'EUR',
      isSyncing: false
    })
    expect((await core.call('mailchimp.stores')).map((s) => s.id)).toContain('winkel-centrum')
    await expect(
      core.call('mailchimp.createStore', { id: 'winkel centrum!', name: 'x', currencyCode: 'euro' })
    ).rejects.toMatchObject({ code: 'invalid-input' })
  })

  it('reads the till reference data: branches, employee 999999, Dutch VAT codes, methods, groups', async () => {
    const data = await core.call('mplus.referenceData')
    expect(data.branches.length).toBeGreaterThan(0)
    expect(data.employees.map((e) => e.number)).toContain(999999)
    expect(data.vatGroups).toContainEqual(expect.objectContaining({ vatCode: 2, percentage: 21 }))
    expect(data.paymentMethods.length).toBeGreaterThan(0)
    expect(data.deliveryMethods.length).toBeGreaterThan(0)
    expect(data.articleGroups.length).toBeGreaterThan(0)
  })
  it('refuses lookup values and countries the till does not know, and accepts its own codes', async () => {
    const reference = await core.call('mplus.referenceData')
    expect(tillCountries(reference)).toEqual(['BEL', 'DEU', 'FRA', 'NLD'])
    // Every code offered for a table passes the check: the pickers and the check agree.
    const offered = Object.fromEntries(
      standardLookupTables.map((name) => {
        const shape = lookupTableShapes[name]
        const key = shape.key === 'country' ? 'BEL' : 'Webshop'
        return [name, { entries: { [key]: shape.choices(reference, key)[0]!.code } }]
      })
    )
    expect(lookupIssues(offered, reference)).toEqual([])
    const wrong = {
      ...offered,
      vatCodeByCountry: { entries: { BEL: 3, XXX: 1 } },
      paymentMethods: { entries: { PayPal: 'PAYPAL' }, default: 'PIN' },
      deliveryMethods: { entries: {}, default: 'DRONE' }
    }
    expect(
      lookupIssues(wrong, reference).map(({ path, code, params }) => ({ path, code, params }))
    ).toEqual([
      // Belgium has VAT codes 1 and 2 at the till; 3 is Dutch only.
      { path: 'vatCodeByCountry.entries.BEL', code: 'unknown-code', params: { code: '3' } },
      { path: 'vatCodeByCountry.keys.XXX', code: 'unknown-code', params: { code: 'XXX' } },
      { path: 'paymentMethods.entries.PayPal', code: 'unknown-code', params: { code: 'PAYPAL' } },
      { path: 'deliveryMethods.default', code: 'unknown-code', params: { code: 'DRONE' } }
    ])

    // The core refuses the same at save (not only the page), and stores nothing.
    const before = await core.call('mapping.lookups.get')
    const refused = await core.invoke('mapping.lookups.save', { lookups: { ...before, ...wrong } })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const issues = !refused.ok ? (refused.error.issues ?? []) : []
    expect(issues.map(({ path, code }) => `${code} ${path}`)).toEqual([
      'unknown-code vatCodeByCountry.entries.BEL',
      'unknown-code vatCodeByCountry.keys.XXX',
      'unknown-code paymentMethods.entries.PayPal',
      'unknown-code deliveryMethods.default'
    ])
    expect(await core.call('mapping.lookups.get')).toEqual(before)
    expect(await core.call('mapping.lookups.save', { lookups: { ...before, ...offered } })).toEqual(
      {
        ...before,
        ...offered
      }
    )
  })
})
