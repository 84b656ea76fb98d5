/**
 * The one Content-Security-Policy for the renderer, wherever it is served from: Electron sets it as
 * a response header, the headless server sends it with every response, and the build writes it
 * into index.html as a meta tag (file:// loads carry no headers). Nothing inline, nothing remote,
 * no eval.
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
]

export const contentSecurityPolicy = [...directives, "frame-ancestors 'none'"].join('; ')

/** Browsers ignore frame-ancestors in a meta tag (and warn about it), so the tag leaves it out. */
export const contentSecurityPolicyForMeta = directives.join('; ')

/**
 * Only for `electron-vite dev` (never in a build): Vite's dev server injects the React refresh
 * preamble and the CSS as inline tags and talks to the page over a WebSocket.
 */
export const developmentContentSecurityPolicy = directives
  .map((directive) => {
    if (directive.startsWith('script-src') || directive.startsWith('style-src')) {
      return `${directive} 'unsafe-inline'`
    }
    if (directive.startsWith('connect-src')) return `${directive} ws://localhost:* ws://127.0.0.1:*`
    return directive
  })
  .join('; ')
