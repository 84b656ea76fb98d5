import { describe, expect, it } from 'vitest'
import { safeExternalUrl } from './external-url'

describe('links handed to the system browser', () => {
  it('accepts https addresses of the listed sites', () => {
    expect(safeExternalUrl('https://mailchimp.com/help/')).toBe('https://mailchimp.com/help/')
    expect(safeExternalUrl('https://admin.mailchimp.com/account/api/')).toBe(
      'https://admin.mailchimp.com/account/api/'
    )
    expect(safeExternalUrl('https://kassabrug.nl')).toBe('https://kassabrug.nl/')
  })

  it('refuses plain http, other sites, other schemes, credentials, ports and garbage', () => {
    for (const url of [
      'http://mailchimp.com/help/',
      'https://example.nl/',
      'https://mailchimp.com.evil.example/',
      'https://evil-mailchimp.com/',
      'https://mailchimp.com:8443/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'https://user:pass@mailchimp.com/',
      'not a url',
      ''
    ]) {
      expect(safeExternalUrl(url), url).toBeNull()
    }
  })
})
