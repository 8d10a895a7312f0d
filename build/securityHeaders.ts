// Response headers for the built site. `vite preview` sends them (so the tests see production
// behaviour) and the build writes them to dist/_headers; docs/deploy.md shows them for common hosts.
// frame-ancestors * : the timeline is a public embed; narrow it per deployment if wanted.
import { createHash } from 'node:crypto';

/** A CSP source allowing exactly this inline script or stylesheet text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** index.html's one inline script, its first-paint gate (build/indexGate.test.ts checks the hash). */
export const INDEX_SCRIPT_HASH = "'sha256-BrfYTkTcZb71ndkGyrbySOKMNQvqWw5kk7j2jEx2Bbg='";

/**
 * The CSP for a build. The build inlines the app's stylesheet into index.html, so its first paint
 * waits for no request; `styleHashes` allow exactly those <style> blocks (cspHash of each), and
 * change whenever the stylesheet does: dist/_headers carries the current ones.
 */
export function contentSecurityPolicy(styleHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${INDEX_SCRIPT_HASH}`,
    ["style-src 'self'", ...styleHashes].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    'frame-ancestors *',
  ].join('; ');
}

export function securityHeaders(styleHashes: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(styleHashes),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    // A frame sandboxed without allow-same-origin (how WordPress frames an oEmbed it does not
    // trust) has an opaque origin: its module scripts and data requests are cross-origin CORS
    // requests to this site. Everything here is public and read without credentials.
    'Access-Control-Allow-Origin': '*',
  };
}

/** dist/_headers, which Netlify and Cloudflare Pages read from the published folder. */
export function headersFile(headers: Record<string, string>): string {
  return [
    '# Response headers for Netlify and Cloudflare Pages (they read this file from the published folder).',
    '# Written by the build (build/securityHeaders.ts): the CSP allows the inline stylesheet of this build by its hash.',
    '# No X-Frame-Options, on purpose: the timeline is an embed; frame-ancestors in the CSP decides who may frame it.',
    '/*',
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n');
}
