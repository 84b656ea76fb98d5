import { Parser, type ReadEntry } from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMailchimpSimulator, subscriberHash, type MailchimpSimulator } from './index'

/** The simulator's own contract, spoken to with plain fetch (no client of ours involved). */
describe('Mailchimp simulator over raw HTTP', () => {
  let sim: MailchimpSimulator
  let basic: string
  const storeId = 'kassabrug-winkel'

  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {}
  ): Promise<{
    status: number
    headers: Headers
    json: Record<string, unknown> | null
    text: string
  }> => {
    const response = await fetch(`${sim.baseUrl}${path}`, {
      method,
      headers: {
        authorization: basic,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
    })
    const text = await response.text()
    let json: Record<string, unknown> | null
    try {
      json = JSON.parse(text) as Record<string, unknown>
    } catch {
      json = null
    }
    return { status: response.status, headers: response.headers, json, text }
  }

  beforeAll(async () => {
    sim = await startMailchimpSimulator({
      fixture: { members: 30, products: 4, orders: 3, seed: 9 },
      dataCenter: 'us21'
    })
    basic = `Basic ${Buffer.from(`anystring:${sim.apiKey}`).toString('base64')}`
  })
  afterAll(async () => {
    await sim.close()
  })

  it('serves on 127.0.0.1 under /3.0 with a key for its data centre', () => {
    expect(sim.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/3\.0$/)
    expect(sim.apiKey).toMatch(/^[0-9a-f]{32}-us21$/)
  })

  it('accepts Basic (any user) and Bearer, refuses a missing or wrong key with problem+json', async () => {
    expect((await call('GET', '/ping')).status).toBe(200)
    expect(
      (await call('GET', '/ping', undefined, { authorization: `Bearer ${sim.apiKey}` })).status
    ).toBe(200)
    const missing = await call('GET', '/ping', undefined, { authorization: '' })
    expect(missing.status).toBe(401)
    expect(missing.json).toMatchObject({ title: 'API Key Missing', status: 401 })
    const wrongDc = await call('GET', '/ping', undefined, {
      authorization: `Basic ${Buffer.from(`x:${sim.apiKey.replace('-us21', '-us6')}`).toString('base64')}`
    })
    expect(wrongDc.status).toBe(401)
    expect(wrongDc.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
    expect(wrongDc.json).toMatchObject({
      type: expect.stringContaining('mailchimp.com'),
      title: 'API Key Invalid',
      status: 401,
      detail: expect.any(String),
      instance: expect.any(String)
    })
  })

  it('answers unknown paths 404 and wrong methods 405 with an Allow header', async () => {
    expect((await call('GET', '/lists/nope')).json).toMatchObject({
      status: 404,
      title: 'Resource Not Found'
    })
    const put = await call('PUT', `/ecommerce/stores/${storeId}/orders/o1`, {})
    expect(put.status).toBe(405)
    expect(put.headers.get('allow')).toBe('GET, PATCH, DELETE')
    const override = await call('GET', '/ping', undefined, { 'x-http-method-override': 'PATCH' })
    expect(override.json).toMatchObject({ status: 422, title: 'Invalid Method Override' })
  })

  it('answers X-Trigger-Error with the named error, as the live API does', async () => {
    const triggered = await call('GET', '/ping', undefined, {
      'x-trigger-error': 'TooManyRequests'
    })
    expect(triggered.json).toMatchObject({ status: 429, title: 'Too Many Requests' })
    const unknown = await call('GET', '/ping', undefined, { 'x-trigger-error': 'NoSuchError' })
    expect(unknown.json).toMatchObject({
      status: 400,
      detail: expect.stringContaining('NoSuchError')
    })
  })

  it('embeds at most 50 variants in a product; the variants collection has them all', async () => {
    const variants = Array.from({ length: 60 }, (_, i) => ({
      id: `band-${i}`,
      title: `Band ${i}`,
      price: 9.5
    }))
    const created = await call('POST', `/ecommerce/stores/${storeId}/products`, {
      id: 'band',
      title: 'Binnenband',
      variants
    })
    expect(created.json?.variants).toHaveLength(50)
    const all = await call('GET', `/ecommerce/stores/${storeId}/products/band/variants?count=100`)
    expect(all.json).toMatchObject({ total_items: 60 })
    expect(all.json?.variants).toHaveLength(60)
  })

  it('refuses broken JSON and invalid resources with errors[]', async () => {
    const broken = await call('POST', `/ecommerce/stores/${storeId}/products`, '{"id": "x",')
    expect(broken.json).toMatchObject({ status: 400, title: 'JSON Parse Exception' })
    const noVariants = await call('POST', `/ecommerce/stores/${storeId}/products`, {
      id: 'x',
      title: 'x',
      variants: {}
    })
    expect(noVariants.json).toMatchObject({
      status: 400,
      title: 'Invalid Resource',
      errors: [{ field: 'variants', message: 'Schema describes array, object found instead' }]
    })
    const longCustomer = await call(
      'PUT',
      `/ecommerce/stores/${storeId}/customers/${'c'.repeat(51)}`,
      {
        id: 'c'.repeat(51),
        email_address: 'a@ziggo.nl',
        opt_in_status: false
      }
    )
    expect(longCustomer.json).toMatchObject({ status: 400, errors: [{ field: 'id' }] })
    const orderLongCustomer = await call('POST', `/ecommerce/stores/${storeId}/orders`, {
      id: 'o-long',
      customer: { id: 'c'.repeat(51) },
      currency_code: 'EUR',
      order_total: 1,
      lines: [{ id: '1', product_id: 'p1', product_variant_id: 'p1', quantity: 1, price: 1 }]
    })
    expect(orderLongCustomer.status).toBe(404)
  })

  it('POST of an existing member is "Member Exists"; PUT upserts by hash; DELETE archives', async () => {
    const member = [...sim.state.members.get(sim.listId)!.values()][0]
    const post = await call('POST', `/lists/${sim.listId}/members`, {
      email_address: member.email_address,
      status: 'subscribed'
    })
    expect(post.json).toMatchObject({ status: 400, title: 'Member Exists' })
    const email = 'Nieuw.Lid@Telenet.be'
    const put = await call('PUT', `/lists/${sim.listId}/members/${subscriberHash(email)}`, {
      email_address: email,
      status_if_new: 'pending'
    })
    expect(put.json).toMatchObject({ id: subscriberHash(email), status: 'pending' })
    expect(
      (await call('DELETE', `/lists/${sim.listId}/members/${subscriberHash(email)}`)).status
    ).toBe(204)
    expect(sim.state.members.get(sim.listId)!.get(subscriberHash(email))?.status).toBe('archived')
  })

  it('pages with count/offset/total_items, caps count at 1000 and projects fields', async () => {
    const page = await call(
      'GET',
      `/lists/${sim.listId}/members?count=7&offset=28&fields=members.email_address,total_items`
    )
    expect(page.json?.total_items).toBe(30)
    expect(page.json?.members).toHaveLength(2)
    expect(Object.keys((page.json?.members as Record<string, unknown>[])[0])).toEqual([
      'email_address'
    ])
    expect((await call('GET', `/lists/${sim.listId}/members?count=1001`)).status).toBe(400)
    const excluded = await call(
      'GET',
      `/ecommerce/stores/${storeId}/products?exclude_fields=products.variants,products._links`
    )
    const product = (excluded.json?.products as Record<string, unknown>[])[0]
    expect(product).not.toHaveProperty('variants')
    expect(product).toHaveProperty('title')
  })

  it('counts requests and writes per endpoint template, and resets', async () => {
    sim.resetCounts()
    await call('GET', '/ping')
    await call('PATCH', `/ecommerce/stores/${storeId}`, { is_syncing: true })
    expect(sim.requestCounts()).toEqual({ 'GET /ping': 1, 'PATCH /ecommerce/stores/{store_id}': 1 })
    expect(sim.writeCounts()).toEqual({ 'PATCH /ecommerce/stores/{store_id}': 1 })
    const admin = await fetch(`${sim.baseUrl.replace('/3.0', '')}/__admin/counts`)
    expect(await admin.json()).toMatchObject({
      writes: { 'PATCH /ecommerce/stores/{store_id}': 1 }
    })
  })

  it('restarts on the same port with its state: refused while down, answering again after', async () => {
    const before = await call('GET', `/lists/${sim.listId}/members?count=1`)
    const restarted = sim.restart(400)
    await new Promise((resolve) => setTimeout(resolve, 100))
    await expect(call('GET', '/ping')).rejects.toThrow()
    await restarted
    const after = await call('GET', `/lists/${sim.listId}/members?count=1`)
    expect(after.status).toBe(200)
    expect(after.json?.total_items).toBe(before.json?.total_items)
  })

  it('injects faults through the admin endpoint', async () => {
    const root = sim.baseUrl.replace('/3.0', '')
    await fetch(`${root}/__admin/faults`, {
      method: 'POST',
      body: JSON.stringify({ kind: 'status', status: 503, count: 1 })
    })
    expect((await call('GET', '/ping')).status).toBe(503)
    await fetch(`${root}/__admin/faults`, {
      method: 'POST',
      body: JSON.stringify({ kind: 'status', status: 403, count: 1 })
    })
    const bare = await call('GET', '/ping')
    expect(bare.status).toBe(403)
    expect(bare.text).toBe('')
    await fetch(`${root}/__admin/faults`, {
      method: 'POST',
      body: JSON.stringify({ kind: 'reset' })
    })
    await expect(call('GET', '/ping')).rejects.toThrow()
    expect((await call('GET', '/ping')).status).toBe(200)
    const refused = await fetch(`${root}/__admin/faults`, {
      method: 'POST',
      body: JSON.stringify({ kind: 'explode' })
    })
    expect(refused.status).toBe(400)
  })

  it('runs a batch: JSON-string bodies, status polling, a .tar.gz of result files', async () => {
    const operations = Array.from({ length: 130 }, (_, i) => ({
      method: 'PATCH',
      path: `/ecommerce/stores/${storeId}/products/p1/variants/${i === 129 ? 'nope' : [...sim.state.variants.get(`${storeId}/p1`)!.keys()][0]}`,
      operation_id: `op-${i}`,
      body: JSON.stringify({ inventory_quantity: i })
    }))
    const objectBody = await call('POST', '/batches', {
      operations: [{ method: 'GET', path: '/ping', body: {} }]
    })
    expect(objectBody.json).toMatchObject({
      status: 400,
      errors: [{ field: 'operations[0].body' }]
    })
    const submitted = await call('POST', '/batches', { operations })
    expect(submitted.json).toMatchObject({
      status: 'pending',
      total_operations: 130,
      response_body_url: ''
    })
    const id = String(submitted.json?.id)
    let batch = submitted.json
    for (let poll = 0; poll < 500 && batch?.status !== 'finished'; poll++) {
      await new Promise((resolve) => setTimeout(resolve, 5))
      batch = (await call('GET', `/batches/${id}`)).json
    }
    expect(batch).toMatchObject({
      status: 'finished',
      finished_operations: 130,
      errored_operations: 1
    })
    const archive = Buffer.from(await (await fetch(String(batch?.response_body_url))).arrayBuffer())
    expect(archive.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]))
    const files = await new Promise<{ path: string; text: string }[]>((resolve, reject) => {
      const found: { path: string; text: string }[] = []
      const parser = new Parser({
        onReadEntry: (entry: ReadEntry) => {
          const chunks: Buffer[] = []
          entry.on('data', (chunk: Buffer) => chunks.push(chunk))
          entry.on('end', () =>
            found.push({ path: entry.path, text: Buffer.concat(chunks).toString() })
          )
        }
      })
      parser.on('end', () => resolve(found))
      parser.on('error', reject)
      parser.end(archive)
    })
    expect(files.length).toBe(2)
    const entries = files.flatMap(
      (file) =>
        JSON.parse(file.text) as { status_code: number; operation_id: string; response: string }[]
    )
    expect(entries).toHaveLength(130)
    const last = entries.find((entry) => entry.operation_id === 'op-129')
    expect(last?.status_code).toBe(404)
    expect(JSON.parse(last?.response ?? '{}')).toMatchObject({ title: 'Resource Not Found' })
    expect(
      JSON.parse(entries.find((entry) => entry.operation_id === 'op-128')?.response ?? '{}')
    ).toMatchObject({ inventory_quantity: 128 })
  })
})
