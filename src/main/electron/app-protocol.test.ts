import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveAppRequest } from './app-protocol'

const root = join('/opt', 'Kassabrug', 'resources', 'app.asar', 'out', 'renderer')

describe('the app:// protocol handler', () => {
  it('serves files inside the renderer folder, index.html for the root', () => {
    expect(resolveAppRequest('app://kassabrug/index.html', root)).toEqual({
      ok: true,
      path: join(root, 'index.html')
    })
    expect(resolveAppRequest('app://kassabrug/', root)).toEqual({
      ok: true,
      path: join(root, 'index.html')
    })
    expect(resolveAppRequest('app://kassabrug/assets/index-abc.js?v=1#x', root)).toEqual({
      ok: true,
      path: join(root, 'assets', 'index-abc.js')
    })
    expect(resolveAppRequest('app://kassabrug/assets/a%20b.css', root)).toEqual({
      ok: true,
      path: join(root, 'assets', 'a b.css')
    })
  })

  it('refuses every way out of the folder', () => {
    // Dot segments the URL parser resolves itself stay inside (the file is then simply missing).
    for (const url of [
      'app://kassabrug/../../../etc/passwd',
      'app://kassabrug/%2e%2e/%2e%2e/etc/passwd'
    ])
      expect(resolveAppRequest(url, root), url).toEqual({
        ok: true,
        path: join(root, 'etc', 'passwd')
      })
    for (const url of [
      'app://kassabrug/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://kassabrug/..%5c..%5cwindows%5cwin.ini',
      'app://kassabrug/%2e%2e%2f',
      'app://kassabrug/index.html%00.png',
      'app://kassabrug/%E0%A4%A'
    ]) {
      const result = resolveAppRequest(url, root)
      expect(result.ok, url).toBe(false)
      if (result.ok) continue
      expect([400, 403], url).toContain(result.status)
    }
  })

  it('refuses other hosts and schemes', () => {
    for (const url of [
      'app://elsewhere/index.html',
      'file:///etc/passwd',
      'https://kassabrug/index.html',
      'garbage'
    ])
      expect(resolveAppRequest(url, root).ok, url).toBe(false)
  })
})
