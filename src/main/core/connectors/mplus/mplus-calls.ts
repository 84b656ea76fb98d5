import type { z } from 'zod'
import { pageBySyncMarker } from './paging'
import type { MplusOperation } from './request-shapes'
import { requireOk, soapCall, type SoapCallContext } from './soap-call'
import type { WireObject } from './soap-xml'
import { soapDateFromIso } from './mplus-values'
import type { IsoDate, MplusPage } from './types'

/** The few call shapes every operation group is built from. */

export interface PagingOptions {
  /** Items with a marker ≥ this are returned: pass your stored checkpoint + 1 (1 = everything). */
  fromSyncMarker?: number
  syncMarkerLimit?: number
}

export interface SalesDocumentOptions extends PagingOptions {
  relationNumbers?: number[]
  /** financial branches */
  branchNumbers?: number[]
  /** inclusive, ISO dates */
  fromFinancialDate?: IsoDate
  throughFinancialDate?: IsoDate
  /** false = headers only (default: lines included) */
  includeLineList?: boolean
}

export interface StockPagingOptions {
  branchNumber: number
  /** Stock records with stockId ≥ this (store the last page's syncMarker, pass it + 1). */
  fromStockId?: number
  articleNumbers?: number[]
}

const defaultPageSize = 500

function wireDate(isoDate: IsoDate | undefined): WireObject | undefined {
  return isoDate === undefined ? undefined : { ...soapDateFromIso(isoDate) }
}

export interface MplusCalls {
  /** A read (or an idempotent write): retried on any transient failure. */
  call<T>(operation: MplusOperation, body: WireObject, schema: z.ZodType<T>): Promise<T>
  /**
   * A call whose answer carries a result code: any result but `ok` is refused, as a business
   * ConnectorError with the code and the answer's errorMessage. `how` says when it is retried:
   * 'call' (a read or idempotent create) and 'update' (sets the fields of a record by its number)
   * on any transient failure, 'write' (a create) only when the request certainly did nothing.
   */
  confirmed<T extends { result: string; errorMessage?: string }>(
    how: 'call' | 'write' | 'update',
    operation: MplusOperation,
    body: WireObject,
    schema: z.ZodType<T>,
    ok: string
  ): Promise<T>
  /** Pages a syncMarker list operation whose items carry their own marker. */
  iterate<T extends { syncMarker?: number }>(
    operation: MplusOperation,
    options: PagingOptions,
    fetchPage: (paging: PagingOptions) => Promise<T[]>
  ): AsyncGenerator<MplusPage<T>>
  /** The filters orders, invoices and receipts share (the two TextLists are schema-required). */
  salesRequest(options: SalesDocumentOptions): WireObject
}

export function createMplusCalls(context: SoapCallContext): MplusCalls {
  const send = <T>(
    operation: MplusOperation,
    body: WireObject,
    schema: z.ZodType<T>,
    idempotent: boolean
  ): Promise<T> => soapCall(context, operation, body, schema, { idempotent })
  const idempotent = { call: true, write: false, update: true }
  return {
    call: (operation, body, schema) => send(operation, body, schema, true),
    confirmed: async (how, operation, body, schema, ok) => {
      const response = await send(operation, body, schema, idempotent[how])
      requireOk(operation, response.result, ok, response.errorMessage)
      return response
    },
    iterate: (operation, options, fetchPage) => {
      const limit = options.syncMarkerLimit ?? defaultPageSize
      return pageBySyncMarker(
        operation,
        options.fromSyncMarker ?? 1,
        (marker) => fetchPage({ fromSyncMarker: marker, syncMarkerLimit: limit }),
        (item) => item.syncMarker
      )
    },
    salesRequest: (options) => ({
      syncMarker: options.fromSyncMarker ?? 1,
      syncMarkerLimit: options.syncMarkerLimit ?? defaultPageSize,
      fromFinancialDate: wireDate(options.fromFinancialDate),
      throughFinancialDate: wireDate(options.throughFinancialDate),
      branchNumbers: options.branchNumbers,
      relationNumbers: options.relationNumbers,
      articlePluNumbers: {},
      articleBarcodes: {},
      includeLineList: options.includeLineList
    })
  }
}
