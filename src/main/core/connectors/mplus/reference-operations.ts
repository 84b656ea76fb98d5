import { z } from 'zod'
import { iterateBySyncMarker as iterate, type PagingOptions } from './paging'
import * as schemas from './response-schemas'
import type { MplusCalls } from './soap-call'
import type {
  MplusArticleGroup,
  MplusBranch,
  MplusDeliveryMethod,
  MplusEmployee,
  MplusPage,
  MplusPaymentMethod,
  MplusSyncMarkerName,
  MplusTurnoverGroup,
  MplusVatGroup
} from './types'

/** articleSyncMarker → includeArticleSyncMarker, stockId → includeStockId (the V2 request's flags). */
function includeFlagOf(name: MplusSyncMarkerName): string {
  return `include${name[0].toUpperCase()}${name.slice(1)}`
}

/** Reference data the flows map against: branches, employees, VAT, turnover groups, payment and delivery methods, sync markers, and the article-group (category) tree. */
export function referenceOperations({ call, confirmed }: MplusCalls) {
  const operations = {
    async getBranches(): Promise<MplusBranch[]> {
      return call(
        'getBranches',
        {},
        schemas.listResponse('branches', 'branch', schemas.branchSchema)
      )
    },

    async getEmployees(
      options: PagingOptions & { employeeNumbers?: number[] } = {}
    ): Promise<MplusEmployee[]> {
      const request = {
        employeeNumbers: options.employeeNumbers,
        syncMarker: options.fromSyncMarker,
        syncMarkerLimit: options.syncMarkerLimit
      }
      return call(
        'getEmployees',
        { request },
        schemas.listResponse('employeeList', 'employee', schemas.employeeSchema)
      )
    },

    async getVatGroupList(): Promise<MplusVatGroup[]> {
      return call(
        'getVatGroupList',
        {},
        schemas.repeatedResponse('vatGroup', schemas.vatGroupSchema)
      )
    },

    async getTurnoverGroups(options: { onlyActive?: boolean } = {}): Promise<MplusTurnoverGroup[]> {
      return call(
        'getTurnoverGroups',
        { request: { onlyActive: options.onlyActive } },
        schemas.listResponse('turnoverGroupList', 'turnoverGroup', schemas.turnoverGroupSchema)
      )
    },

    async getPaymentMethods(): Promise<MplusPaymentMethod[]> {
      return call('getPaymentMethods', {}, paymentMethodsResponse)
    },

    async getDeliveryMethods(): Promise<MplusDeliveryMethod[]> {
      return call(
        'getDeliveryMethods',
        {},
        schemas.listResponse('deliveryMethodList', 'deliveryMethod', schemas.deliveryMethodSchema)
      )
    },

    /**
     * Only the named high-water marks: a cheap "anything changed?" before a full read. A marker
     * the server leaves out of its answer is absent from the result.
     */
    async getCurrentSyncMarkersV2<Name extends MplusSyncMarkerName>(
      names: readonly Name[]
    ): Promise<Partial<Record<Name, number>>> {
      const flags = Object.fromEntries(names.map((name) => [includeFlagOf(name), true]))
      const markers = await call(
        'getCurrentSyncMarkersV2',
        { request: flags },
        schemas.currentSyncMarkersV2Schema
      )
      return Object.fromEntries(
        names.flatMap((name) => (markers[name] === undefined ? [] : [[name, markers[name]]]))
      ) as Partial<Record<Name, number>>
    },

    /** The category tree (without a syncMarker) or, with one, the changed groups flat. */
    async getArticleGroups(
      options: PagingOptions & { groupNumbers?: number[]; retrieveArticleNumbers?: boolean } = {}
    ): Promise<MplusArticleGroup[]> {
      const request = {
        syncMarker: options.fromSyncMarker,
        syncMarkerLimit: options.syncMarkerLimit,
        groupNumbers: options.groupNumbers,
        retrieveArticleNumbers: options.retrieveArticleNumbers
      }
      return call('getArticleGroups', { request }, articleGroupsResponse)
    },

    /** Changed groups (deleted ones included), flat, page by page. */
    iterateArticleGroups(
      options: PagingOptions = {}
    ): AsyncGenerator<MplusPage<MplusArticleGroup>> {
      return iterate('getArticleGroups', options, operations.getArticleGroups)
    },

    async newArticleGroup(group: {
      parentGroupNumber: number
      name: string
      text: string
      sortOrder?: number
    }): Promise<number> {
      const response = await confirmed(
        'write',
        'newArticleGroup',
        { request: { ...group } },
        z.object({ result: schemas.resultEnums.newArticleGroup, groupNumber: schemas.int }),
        'NEW-ARTICLE-GROUP-RESULT-OK'
      )
      return response.groupNumber
    },

    async updateArticleGroup(group: {
      groupNumber: number
      name?: string
      text?: string
      sortOrder?: number
      parentGroupNumber?: number
    }): Promise<void> {
      await confirmed(
        'update',
        'updateArticleGroup',
        { request: { ...group } },
        z.object({ result: schemas.resultEnums.saveArticleGroup }),
        'SAVE-ARTICLE-GROUP-RESULT-OK'
      )
    }
  }
  return operations
}

const paymentMethodsResponse = schemas.listResponse(
  'paymentMethodList',
  'paymentMethod',
  schemas.paymentMethodSchema
)

const articleGroupsResponse = schemas.listResponse(
  'articleGroupList',
  'articleGroups',
  schemas.articleGroupSchema
)
