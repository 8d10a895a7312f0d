// Response headers for the built site, served by `vite preview` so tests see production
// behaviour. docs/deploy.md shows the same headers for common static hosts.
// frame-ancestors * : the timeline is a public embed; narrow it per deployment if wanted.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // The one inline script, index.html's first-paint gate, by its hash (scripts/indexGate.test.ts checks it).
  "script-src 'self' 'sha256-cCATVn8RnMSY6samEzRmNc210P9UAbkjfC9wMYwaBug='",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};
