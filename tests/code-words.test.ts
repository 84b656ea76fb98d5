import { describe, expect, it } from 'vitest'
import { codeWords } from '../src/shared/code-words'
import { hostWords } from '../src/main/host-words'

describe('the codes worded the same way in the window, the tray and the CLI', () => {
  const nl = codeWords(hostWords('nl'))
  const fr = codeWords(hostWords('fr'))
  const en = codeWords(hostWords('en'))

  it('says what is wrong with a refused record and what to do, in the chosen language', () => {
    const invalid = { code: 'invalid-email', params: { email: 'jan.jansen@' } } as const
    expect(nl.notice(invalid)).toBe('“jan.jansen@” is geen geldig e-mailadres.')
    expect(nl.todo(invalid)).toBe(
      'Verbeter het e-mailadres “jan.jansen@” in Mailchimp en kies Opnieuw proberen.'
    )
    expect(fr.todo(invalid)).toContain('Réessayer')
    // A warning or a skip leaves nothing to do.
    expect(
      nl.todo({ code: 'field-truncated', params: { field: 'a', length: 3, maxLength: 2 } })
    ).toBeNull()
    expect(nl.todo({ code: 'order-cancelled', params: { order: 'A1' } })).toBeNull()
  })

  it('names the system and formats money per locale', () => {
    expect(
      nl.todo({ code: 'target-unreachable', params: { system: 'mplus', detail: 'timeout' } })
    ).toContain('MplusKASSA')
    const differs = {
      code: 'order-total-differs',
      params: { total: 12.5, stated: 1234.5 }
    } as const
    expect(nl.notice(differs)).toMatch(
      /^De regels tellen op tot €\s12,50, maar de bestelling zegt €\s1\.234,50\.$/
    )
    expect(fr.notice(differs)).toMatch(/12,50\s€.*1\s234,50\s€/)
    expect(en.notice(differs)).toContain('€12.50')
  })

  it('words why a run stopped and what an install still misses', () => {
    expect(nl.problem({ code: 'credentials-refused', params: { system: 'mailchimp' } })).toBe(
      'Mailchimp weigert de sleutel. Voer hem opnieuw in bij Inrichten en kies Testen.'
    )
    expect(en.problem({ code: 'not-configured', params: { missing: ['apiKey', 'host'] } })).toBe(
      'Not set up yet. Still needed: API key, Server.'
    )
    expect(fr.notSetUp([{ connection: 'mplus', missing: ['secret'] }])).toBe(
      'Il manque : MplusKASSA (Secret).'
    )
    // A key that may be stored in a keychain that cannot be read: what to do about it too.
    expect(
      nl.notSetUp([{ connection: 'mailchimp', missing: ['apiKey'], keychainUnreadable: true }])
    ).toBe(
      'Nog nodig: Mailchimp (API-sleutel). De sleutelhanger is vergrendeld of niet gestart, dus de sleutels die erin staan zijn niet te lezen. Ontgrendel hem.'
    )
    expect(en.problem({ code: 'keychain-unavailable', params: {} })).toMatch(/^The keys could not/)
  })

  it('words what a written record carries, dates and amounts in the locale (nl-NL, fr-BE, en-GB)', () => {
    const future = {
      code: 'changed-in-future',
      params: { date: Date.UTC(2099, 0, 31, 9, 5) }
    } as const
    expect(nl.notice(future)).toMatch(/\(31-01-2099, \d\d:05\)/)
    expect(en.notice(future)).toMatch(/\(31\/01\/2099, \d\d:05\)/)
    expect(fr.notice(future)).toMatch(/\(31\/01\/99 \d\d:05\)/)
    const totals = {
      code: 'till-total-differs',
      params: { order: 'A1', till: 1234.5, mailchimp: 12 }
    } as const
    expect(nl.notice(totals)).toMatch(/€\s1\.234,50, Mailchimp tot €\s12,00/)
    expect(en.notice(totals)).toContain('€1,234.50')
    const copy = {
      code: 'source-unread-stored-copy-used',
      params: { system: 'mailchimp', detail: 'HTTP 503' }
    } as const
    // The developer detail stays out of the sentence (it is the log entry's detail).
    expect(nl.notice(copy)).toBe(
      'Mailchimp kon niet worden gelezen; de kopie van de vorige poging is verstuurd.'
    )
    expect(nl.todo(copy)).toBeNull()
  })
})
