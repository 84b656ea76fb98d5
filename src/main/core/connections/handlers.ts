import { CoreError, type CallName, type Handlers, type Settings } from '../../../shared/contract'
import { isConnectorError } from '../connectors/connector-error'
import type { Store } from '../connectors/mailchimp/types'
import { flattenGroups } from '../connectors/mplus/article-groups'
import type { SecretStore } from '../secrets/secret-store'
import type { ConnectionCache } from './connection-cache'

type ConnectionCallName = Extract<CallName, `${'connections' | 'mailchimp' | 'mplus'}.${string}`>
export type ConnectionHandlers = Pick<Handlers, ConnectionCallName>

interface Deps {
  connections: ConnectionCache
  secrets: SecretStore
  settings: () => Promise<Settings>
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

  return {
    'connections.test': async ({ connection }) => {
      try {
        if (connection === 'mailchimp') {
          const result = await (await mailchimp()).testConnection()
          return result.ok
            ? {
                connection,
                ok: true,
                kind: null,
                message: `Connected to Mailchimp${result.accountName ? ` (account ${result.accountName})` : ''}.`
              }
            : { connection, ok: false, kind: result.kind, message: result.message }
        }
        const result = await (await mplus()).testConnection()
        return {
          connection,
          ok: result.ok,
          kind: result.ok ? null : result.kind,
          message: result.message
        }
      } catch (error) {
        // A test that fails is a result for the Test button, whatever failed (a malformed key
        // throws while the client is built): never an error reply.
        if (error instanceof CoreError && error.code === 'not-configured') {
          return { connection, ok: false, kind: 'not-configured', message: error.message }
        }
        if (isConnectorError(error)) {
          return { connection, ok: false, kind: error.kind, message: error.message }
        }
        return {
          connection,
          ok: false,
          kind: 'unexpected',
          message: `The test failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`
        }
      }
    },

    'mailchimp.audiences': async () => {
      const page = await (await mailchimp()).getLists({ count: 1000 })
      return page.lists.map((list) => ({
        id: list.id,
        name: list.name,
        memberCount: list.stats?.member_count ?? null
      }))
    },

    'mailchimp.stores': async () => (await (await mailchimp()).getStores()).map(storeView),

    'mailchimp.createStore': async ({ id, name, currencyCode }) => {
      const listId = (await settings()).mailchimp.listId
      if (!listId) {
        throw new CoreError(
          'not-configured',
          'Choose the audience first: a store belongs to one audience for good.'
        )
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
        branches: branches.map((b) => ({
          number: b.branchNumber,
          name: b.branchName,
          countryIso3: b.countryIso3
        })),
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
    }
  }
}
