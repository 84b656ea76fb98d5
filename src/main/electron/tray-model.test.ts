import { describe, expect, it } from 'vitest'
import {
  emptyCounts,
  type FlowStatus,
  type RunSummary,
  type SyncStatus
} from '../../shared/contract'
import { hostWords } from '../host-words'
import { notificationFor } from './notification-model'
import { trayModel, type TrayMenuItem } from './tray-model'

const run = (
  flow: RunSummary['flow'],
  status: RunSummary['status'],
  startedAt: number
): RunSummary => ({
  id: startedAt,
  flow,
  trigger: 'schedule',
  status,
  startedAt,
  finishedAt: startedAt + 1000,
  counts: { ...emptyCounts(), created: 1 },
  warned: 0,
  error: null,
  problems: []
})
const flow = (overrides: Partial<FlowStatus> & Pick<FlowStatus, 'flow'>): FlowStatus => ({
  enabled: true,
  schedule: '*/15 * * * *',
  running: false,
  lastRun: null,
  nextRunAt: null,
  needsAttention: 0,
  pending: 0,
  inSync: 0,
  ...overrides
})
const context = (language: 'nl' | 'en' | 'fr', startAtLogin = false) => ({
  t: hostWords(language),
  startAtLogin,
  formatTime: (at: number) => new Date(at).toISOString().slice(11, 16)
})
const labels = (menu: TrayMenuItem[]) =>
  menu.map((item) => (item.kind === 'separator' ? '—' : item.label))
const actions = (menu: TrayMenuItem[]) =>
  menu.flatMap((item) => (item.kind === 'action' ? [item.action] : []))

describe('tray model', () => {
  const status: SyncStatus = {
    state: 'idle',
    notSetUp: [],
    paused: false,
    flows: [
      flow({
        flow: 'customers',
        lastRun: run('customers', 'succeeded', Date.UTC(2026, 0, 5, 9, 0))
      }),
      flow({ flow: 'products', lastRun: run('products', 'partial', Date.UTC(2026, 0, 5, 10, 30)) }),
      flow({ flow: 'categories', enabled: false })
    ]
  }

  it('has a Sync now entry per enabled flow the status reports, and the last result on top', () => {
    const model = trayModel(status, context('en'))
    expect(model.icon).toBe('idle')
    expect(labels(model.menu)).toEqual([
      'Last run: Products – Partly succeeded at 10:30',
      '—',
      'Open Kassabrug',
      'Sync Customers now',
      'Sync Products now',
      'Sync all now',
      'Pause schedule',
      '—',
      'Show logs',
      'Start at login',
      '—',
      'Quit'
    ])
    expect(actions(model.menu)).toContainEqual({ type: 'sync', flow: 'products' })
    expect(model.tooltip).toBe('Kassabrug – Idle\nLast run: Products – Partly succeeded at 10:30')
  })

  it('follows the status: syncing disables that flow, error and paused pick their icon', () => {
    const syncing = trayModel(
      {
        ...status,
        state: 'syncing',
        flows: status.flows.map((f) => (f.flow === 'customers' ? { ...f, running: true } : f))
      },
      context('en')
    )
    expect(syncing.icon).toBe('syncing')
    const customers = syncing.menu.find(
      (item) => item.kind === 'action' && item.label === 'Sync Customers now'
    )
    expect(customers).toMatchObject({ enabled: false })
    expect(trayModel({ ...status, state: 'error' }, context('en')).icon).toBe('error')
    const paused = trayModel({ ...status, paused: true }, context('en', true))
    expect(paused.icon).toBe('paused')
    expect(actions(paused.menu)).toContainEqual({ type: 'resume' })
    expect(actions(paused.menu)).toContainEqual({ type: 'startAtLogin', enabled: false })
    expect(paused.tooltip.split('\n')[0]).toBe('Kassabrug – Schedule paused')
  })

  it('speaks the chosen language and says when nothing ran yet', () => {
    const fresh: SyncStatus = {
      state: 'idle',
      notSetUp: [],
      paused: false,
      flows: [flow({ flow: 'customers' })]
    }
    expect(labels(trayModel(fresh, context('nl')).menu).slice(0, 4)).toEqual([
      'Nog geen run',
      '—',
      'Kassabrug openen',
      'Klanten nu synchroniseren'
    ])
    expect(labels(trayModel(fresh, context('fr')).menu)).toContain(
      'Synchroniser Clients maintenant'
    )
  })
})

describe('tray model of an install that is not set up', () => {
  const notSetUp: SyncStatus = {
    state: 'not-set-up',
    notSetUp: [
      { connection: 'mailchimp', missing: ['apiKey', 'listId'] },
      { connection: 'mplus', missing: ['host'] }
    ],
    paused: false,
    flows: [flow({ flow: 'customers' })]
  }

  it('never shows the green idle, says what is missing, and offers no sync', () => {
    const model = trayModel(notSetUp, context('nl'))
    expect(model.icon).toBe('paused')
    expect(model.tooltip).toBe(
      'Kassabrug – Nog niet ingericht\nNog nodig: Mailchimp (API-sleutel, Doelgroep), MplusKASSA (Server).'
    )
    expect(labels(model.menu)[0]).toBe(
      'Nog nodig: Mailchimp (API-sleutel, Doelgroep), MplusKASSA (Server).'
    )
    const syncs = model.menu.filter(
      (item) =>
        item.kind === 'action' && (item.action.type === 'sync' || item.action.type === 'syncAll')
    )
    expect(syncs).toHaveLength(2)
    for (const item of syncs) expect(item).toMatchObject({ enabled: false })
    expect(trayModel(notSetUp, context('fr')).tooltip.split('\n')[0]).toBe(
      'Kassabrug – ' + hostWords('fr')('flows.states.not-set-up')
    )
  })
})

describe('notification model', () => {
  const t = hostWords('en')
  it('opens Needs attention for records left for the user, the dashboard otherwise', () => {
    expect(
      notificationFor(
        { flow: 'customers', health: 'failing', problems: [], error: null, needsAttention: 3 },
        t
      )
    ).toEqual({
      title: 'Customers: sync is failing',
      body: '3 record(s) need your attention.',
      route: '/attention'
    })
    expect(
      notificationFor(
        {
          flow: 'products',
          health: 'failing',
          problems: [],
          error: 'Mailchimp did not accept the API key.',
          needsAttention: 0
        },
        t
      )
    ).toEqual({
      title: 'Products: sync is failing',
      body: 'Mailchimp did not accept the API key.',
      route: '/'
    })
    // A run that stopped says why in the chosen language, from its code.
    expect(
      notificationFor(
        {
          flow: 'products',
          health: 'failing',
          problems: [{ code: 'credentials-refused', params: { system: 'mailchimp' } }],
          error: 'Mailchimp GET /ping failed (401 API Key Invalid)',
          needsAttention: 0
        },
        hostWords('nl')
      ).body
    ).toBe('Mailchimp weigert de sleutel. Voer hem opnieuw in bij Inrichten en kies Testen.')
    expect(
      notificationFor(
        { flow: 'products', health: 'ok', problems: [], error: null, needsAttention: 0 },
        t
      )
    ).toEqual({
      title: 'Products: sync works again',
      body: 'The last run succeeded.',
      route: '/'
    })
  })
})
