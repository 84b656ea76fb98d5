import { describe, expect, it } from 'vitest'
import {
  contentSecurityPolicy,
  contentSecurityPolicyForMeta,
  developmentContentSecurityPolicy
} from './content-security-policy'

describe('content security policy', () => {
  it('allows nothing inline, nothing remote and no eval in what ships', () => {
    for (const policy of [contentSecurityPolicy, contentSecurityPolicyForMeta]) {
      expect(policy).toContain("default-src 'self'")
      expect(policy).not.toMatch(/unsafe-|\*|https?:/)
    }
    expect(contentSecurityPolicy).toBe(`${contentSecurityPolicyForMeta}; frame-ancestors 'none'`)
  })

  it('relaxes only inline tags and the local WebSocket for the dev server', () => {
    expect(developmentContentSecurityPolicy).toContain("script-src 'self' 'unsafe-inline'")
    expect(developmentContentSecurityPolicy).not.toContain('unsafe-eval')
    expect(developmentContentSecurityPolicy).toContain("connect-src 'self' ws://localhost:*")
  })
})
