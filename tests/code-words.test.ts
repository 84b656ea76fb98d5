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
  })
})
