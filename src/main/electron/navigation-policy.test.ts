import { describe, expect, it } from 'vitest'
import { createAppUrlCheck } from './app-origin'
import { decideNavigation, decideWindowOpen } from './navigation-policy'

const isAppUrl = createAppUrlCheck({})

describe('navigation and link policy', () => {
  it('lets the top frame reload our own page only', () => {
    expect(
      decideNavigation({ url: 'app://kassabrug/index.html#/activity', isMainFrame: true }, isAppUrl)
    ).toEqual({ allow: true })
    for (const url of [
      'app://kassabrug/other.html',
      'app://elsewhere/index.html',
      'file:///opt/Kassabrug/index.html'
    ])
      expect(decideNavigation({ url, isMainFrame: true }, isAppUrl)).toEqual({
        allow: false,
        openExternal: null
      })
  })

  it('sends https links to listed sites to the browser and drops plain http and the rest', () => {
    expect(
      decideNavigation({ url: 'https://mailchimp.com/help/', isMainFrame: true }, isAppUrl)
    ).toEqual({
      allow: false,
      openExternal: 'https://mailchimp.com/help/'
    })
    expect(
      decideNavigation({ url: 'http://mailchimp.com/help/', isMainFrame: true }, isAppUrl)
    ).toEqual({
      allow: false,
      openExternal: null
    })
    expect(decideWindowOpen('https://kassabrug.nl/docs')).toEqual({
      openExternal: 'https://kassabrug.nl/docs'
    })
    expect(decideWindowOpen('https://evil.example/')).toEqual({ openExternal: null })
  })

  it('lets a sub-frame load nothing, not even our own page, and open nothing', () => {
    for (const url of ['app://kassabrug/index.html', 'https://mailchimp.com/help/'])
      expect(decideNavigation({ url, isMainFrame: false }, isAppUrl)).toEqual({
        allow: false,
        openExternal: null
      })
  })

  it('accepts the dev server only when one is configured', () => {
    const dev = createAppUrlCheck({ devServerUrl: 'http://localhost:5173/' })
    expect(dev('http://localhost:5173/#/')).toBe(true)
    expect(dev('http://localhost:5174/')).toBe(false)
    expect(dev('app://kassabrug/index.html')).toBe(false)
    expect(isAppUrl('http://localhost:5173/')).toBe(false)
  })
})
