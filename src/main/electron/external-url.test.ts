import { describe, expect, it } from 'vitest'
import { safeExternalUrl } from './external-url'

describe('links handed to the system browser', () => {
  it('accepts plain http(s) addresses', () => {
    expect(safeExternalUrl('https://mailchimp.com/help/')).toBe('https://mailchimp.com/help/')
    expect(safeExternalUrl('http://example.nl')).toBe('http://example.nl/')
  })

  it('refuses other schemes, embedded credentials and garbage', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'https://user:pass@example.nl/',
      'not a url',
      ''
    ]) {
      expect(safeExternalUrl(url), url).toBeNull()
    }
  })
})
