// Addresses a reader should never be sent to, though a browser would open them: a draft or
// preview of an article, a newsroom's content-management system, the origin server behind a
// site's public address, and a host name written with its trailing root dot. `npm run data:check`
// rejects them (scripts/lib/checkDatasets.ts); the app still shows such a link, since the
// loader's own rule is only "an absolute http(s) URL" (validators.ts, isWebUrl).
//
// The patterns are generic, not a list of sites: a host label or path segment named for a
// preview, a CMS or an origin, and the query keys WordPress and its preview plugins use.
// A bare WordPress "?p=123" is a published post's plain permalink and is allowed; with
// "preview=true" (or preview_id / preview_nonce / _ppp) it is a draft and is not.

const PREVIEW_QUERY_KEYS = ['preview', 'preview_id', 'preview_nonce', '_ppp'] as const;
const ADMIN_PATHS = [/\/wp-admin(\/|$)/i, /\/wp-login\.php$/i] as const;

/** True for a host label that is `word`, or starts or ends with it as a hyphenated part: "preview", "pangea-cms", "ajw-origin". */
function labelNamed(label: string, word: string): boolean {
  const l = label.toLowerCase();
  return l === word || l.startsWith(`${word}-`) || l.endsWith(`-${word}`);
}

/**
 * Why this address must not be cited, one message per reason; empty when it may be. Only judges
 * absolute http(s) URLs: anything else is the loader's to name (it withholds the link).
 */
export function sourceUrlProblems(url: string): string[] {
  if (!URL.canParse(url)) return [];
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return [];
  const problems: string[] = [];
  // The URL parser keeps a trailing dot in `hostname`, so read it there rather than from the raw string.
  const host = parsed.hostname;
  if (host.endsWith('.')) {
    problems.push(`has a host name ending in a dot ("${host}"); write the host without it ("${host.replace(/\.+$/, '')}")`);
  }
  const labels = host.replace(/\.+$/, '').split('.');
  const segments = parsed.pathname.split('/').filter((s) => s !== '');
  if (labels.some((l) => labelNamed(l, 'preview')) || segments.some((s) => s.toLowerCase() === 'preview')) {
    problems.push('is a preview address, not the published page; cite the public URL');
  } else if (PREVIEW_QUERY_KEYS.some((key) => parsed.searchParams.has(key))) {
    problems.push('is a draft preview (its query asks for a preview); cite the published page');
  }
  if (labels.some((l) => labelNamed(l, 'cms')) || ADMIN_PATHS.some((re) => re.test(parsed.pathname))) {
    problems.push("is a newsroom's content-management (CMS) address, not the public site; cite the public URL");
  }
  if (labels.some((l) => labelNamed(l, 'origin'))) {
    problems.push("is the site's origin server, not its public address; cite the public URL");
  }
  return problems;
}
