/**
 * The one Content-Security-Policy for the renderer, wherever it is served from: Electron sets it as
 * a response header (and index.html carries the same as a meta tag, for file:// loads), the
 * headless server sends it with every response. Nothing inline, nothing remote, no eval.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')
