import type { FlowOptions } from '../../../../shared/flows/catalogue'
import type { OrderAddress } from '../../connectors/mailchimp/types'
import { countryToIso2 } from '../../mapping/transforms/country'
import { parseStreetLine, type StreetParts } from '../../mapping/transforms/street'

export type AddressForm = FlowOptions['ordersAddressForm']

/** A Mailchimp order address as the orders-in mapping reads it: one street line, ISO country. */
export interface MappedAddress {
  name: string
  companyName: string
  address: string
  zipcode: string
  city: string
  /** ISO 3166 alpha-2, or the text as Mailchimp sent it when it names no known country. */
  country: string
}

/**
 * The till has one address line; web shops split it (address1 "Kerkstraat", address2 "12A") or
 * not. The line is read as street, house number and suffix and written in the form of the
 * address's country (or the one form chosen): Dutch "Kerkstraat 12-A", Belgian "Rue Haute 5 bus
 * 3", French "12 bis rue de Rivoli". A line without a house number is kept as given.
 */
export function mappedAddress(address: OrderAddress | null | undefined, form: AddressForm) {
  const given = [address?.address1, address?.address2]
    .map((part) => part?.trim() ?? '')
    .filter(Boolean)
    .join(' ')
  const country = isoCountry(address?.country_code || address?.country || '')
  const parts = given ? parseStreetLine(given) : null
  const style = form === 'byCountry' ? country.toLowerCase() : form
  const mapped: MappedAddress = {
    name: address?.name?.trim() ?? '',
    companyName: address?.company?.trim() ?? '',
    address: parts ? (streetLine(parts, style) ?? given) : given,
    zipcode: (address?.postal_code ?? '').trim().toUpperCase(),
    city: (address?.city ?? '').trim(),
    country
  }
  return mapped
}

function streetLine(parts: StreetParts, style: string): string | null {
  const { street, houseNumber, suffix } = parts
  switch (style) {
    case 'nl':
      return `${street} ${houseNumber}${suffix ? `-${suffix}` : ''}`
    case 'be':
      return `${street} ${houseNumber}${suffix ? (/^\d+$/.test(suffix) ? ` bus ${suffix}` : ` ${suffix}`) : ''}`
    case 'fr':
      return `${houseNumber}${suffix ? ` ${suffix}` : ''} ${street}`
    default:
      return null
  }
}

function isoCountry(value: string): string {
  const text = value.trim()
  if (!text) return ''
  try {
    return countryToIso2(text)
  } catch {
    return text
  }
}
