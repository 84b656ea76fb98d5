import {
  CoreError,
  type CallName,
  type ConnectionId,
  type ConnectionTestResult,
  type Handlers,
  type MailchimpDraft,
  type MplusDraft,
  type Settings
} from '../../../shared/contract'
import { ConnectorError } from '../connectors/connector-error'
import type { ListsPage, Store } from '../connectors/mailchimp/types'
import type { MplusBranch } from '../connectors/mplus/types'
import { flattenGroups } from '../connectors/mplus/article-groups'
import type { SecretStore } from '../secrets/secret-store'
import { secretField } from '../connection-readiness'
import { stockExample } from '../flows/stock/stock-example'
import { notConfigured, type ConnectionCache } from './connection-cache'
import { testFailureCode } from './test-outcome'

type ConnectionCallName = Extract<CallName, `${'connections' | 'mailchimp' | 'mplus'}.${string}`>
export type ConnectionHandlers = Pick<Handlers, ConnectionCallName>

interface Deps {
  connections: ConnectionCache
  secrets: SecretStore
  settings: () => Promise<Settings>
}

function connected(connection: ConnectionId) {
  return { connection, ok: true, code: 'connected', kind: null, params: {} } as const
}

function failed(connection: ConnectionId, failure: ConnectorError): ConnectionTestResult {
  return {
    connection,
    ok: false,
    code: testFailureCode(failure),
    kind: failure.kind,
    params: { detail: failure.message }
  }
}

function audienceViews(page: ListsPage) {
  return page.lists.map((list) => ({
    id: list.id,
    name: list.name,
    memberCount: list.stats?.member_count ?? null
  }))
}

function branchViews(branches: MplusBranch[]) {
  return branches.map((b) => ({
    number: b.branchNumber,
    name: b.branchName,
    countryIso3: b.countryIso3
  }))
}

function storeView(store: Store) {
  return {
    id: store.id,
    name: store.name,
    listId: store.list_id,
    currencyCode: store.currency_code,
    isSyncing: store.is_syncing
  }
}

/** The setup wizard's calls: live connection tests and the choices each system offers. */
export function createConnectionHandlers({
  connections,
  secrets,
  settings
}: Deps): ConnectionHandlers {
  const mailchimp = async () => connections.mailchimpClient(await settings(), secrets)
  const mplus = async () => connections.mplusClient(await settings(), secrets)
  /** A typed key or secret is tested as typed; a left-out one is the stored one. */
  const storedSecret = async (connection: ConnectionId, typed: string | undefined) => {
    const secret = typed ?? (await secrets.get(connection))
    if (!secret) throw notConfigured([secretField[connection]])
    return secret
  }
  const draftMailchimp = async (draft: MailchimpDraft) =>
    connections.draftMailchimp(await storedSecret('mailchimp', draft.apiKey), draft.baseUrl)
  const draftMplus = async ({ secret, ...endpoint }: MplusDraft) =>
    connections.draftMplus({ ...endpoint, secret: await storedSecret('mplus', secret) })

  return {
    'connections.test': async (input) => {
      const { connection } = input
      try {
        if (input.connection === 'mailchimp') {
          const client = input.draft ? await draftMailchimp(input.draft) : await mailchimp()
          const result = await client.testConnection()
          if (!result.ok) return failed(connection, result.failure)
          return {
            ...connected(connection),
            accountName: result.accountName,
            audiences: audienceViews(await client.getLists({ count: 1000 }))
          }
        }
        const client = input.draft ? await draftMplus(input.draft) : await mplus()
        const result = await client.testConnection()
        if (!result.ok) return failed(connection, result.failure)
        const { majorNumber, minorNumber, revisionNumber } = result.version
        return {
          ...connected(connection),
          apiVersion: `${majorNumber}.${minorNumber}.${revisionNumber}`,
          branches: branchViews(await client.getBranches())
        }
      } catch (error) {
        // A test that fails is a result for the Test button, whatever failed (a malformed key
        // throws while the client is built): never an error reply.
        if (error instanceof CoreError && error.code === 'not-configured') {
          const missing = error.params?.missing
          return {
            connection,
            ok: false,
            code: 'not-configured',
            kind: 'not-configured',
            params: { missing: Array.isArray(missing) ? missing : [] }
          }
        }
        if (error instanceof ConnectorError) return failed(connection, error)
        return {
          connection,
          ok: false,
          code: 'unexpected',
          kind: 'unexpected',
          params: { detail: error instanceof Error ? error.message : String(error) }
        }
      }
    },

    'mailchimp.audiences': async () => {
      return audienceViews(await (await mailchimp()).getLists({ count: 1000 }))
    },

    'mailchimp.stores': async () => (await (await mailchimp()).getStores()).map(storeView),

    'mailchimp.createStore': async ({ id, name, currencyCode }) => {
      const listId = (await settings()).mailchimp.listId
      if (!listId) {
        throw notConfigured(['listId'])
      }
      const store = await (
        await mailchimp()
      ).createStore({ id, list_id: listId, name, currency_code: currencyCode })
      return storeView(store)
    },

    'mplus.referenceData': async () => {
      const client = await mplus()
      const [
        branches,
        employees,
        vatGroups,
        turnoverGroups,
        paymentMethods,
        deliveryMethods,
        groups
      ] = await Promise.all([
        client.getBranches(),
        client.getEmployees(),
        client.getVatGroupList(),
        client.getTurnoverGroups({ onlyActive: true }),
        client.getPaymentMethods(),
        client.getDeliveryMethods(),
        client.getArticleGroups()
      ])
      return {
        branches: branchViews(branches),
        employees: employees.map((e) => ({
          number: e.employeeNumber,
          name: e.name ?? e.username ?? String(e.employeeNumber)
        })),
        vatGroups: vatGroups.map((v) => ({
          vatCode: v.vatCode,
          percentage: v.vatPercentage,
          countryIso3: v.countryIso3 ?? null
        })),
        turnoverGroups: turnoverGroups.map((t) => ({
          number: t.turnoverGroup,
          name: t.turnoverGroupName
        })),
        paymentMethods: paymentMethods.map((p) => ({ code: p.method, name: p.description })),
        deliveryMethods: deliveryMethods.map((d) => ({
          code: d.deliveryMethod,
          name: d.description
        })),
        articleGroups: flattenGroups(groups).map((g) => ({ number: g.groupNumber, name: g.name }))
      }
    },

    'mplus.stockExample': async (input) => {
      const current = await settings()
      const branchNumber = input.branchNumber ?? current.mplus.branchNumber
      if (branchNumber === null) throw notConfigured(['branchNumber'])
      return stockExample(await mplus(), {
        branchNumber,
        allowNegative: input.allowNegative ?? current.flowOptions.stockAllowNegative
      })
    }
  }
}
