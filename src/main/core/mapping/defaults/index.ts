import type { LookupTables } from '../../../../shared/contract/mapping-model'

/**
 * The four tables start empty: VAT codes, turnover groups and payment/delivery method codes are
 * configured per Mplus installation (read from it in the wizard), so any guess would book sales
 * on the wrong account. Keys are compared without case.
 */
export const defaultLookupTables: LookupTables = {
  vatCodeByCountry: { entries: {} },
  turnoverGroupByCountry: { entries: {} },
  paymentMethods: { entries: {} },
  deliveryMethods: { entries: {} }
}
