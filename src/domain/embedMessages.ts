// The embed protocol (docs/embed-protocol.md) as pure builders and validators: what the
// timeline posts to the page around it, what it accepts from that page, and the snippet an
// editor pastes. No DOM here: the messenger hook and the Embed dialog do the side effects.
import { SLUG_PATTERN } from '../data/validators.ts';
import { PAGE_FILES } from './prerender.ts';
import { toSearchParams, type UrlState } from './urlState.ts';
import { EDITION_FOLDERS } from './routes.ts';

export const EMBED_MESSAGE = {
  height: 'nk-timeline:height',
  state: 'nk-timeline:state',
  hello: 'nk-timeline:hello',
  select: 'nk-timeline:select',
  ping: 'nk-timeline:ping',
} as const;

export const PROTOCOL_VERSION = 1;
/** Heights above this are a bug or an attack, never a timeline: they are not sent (the helper refuses them too). */
export const MAX_EMBED_HEIGHT = 20_000;
/** What the snippet gives the iframe before any script runs; the embed must be usable at it. */
export const INITIAL_EMBED_HEIGHT = 560;
export const RECOMMENDED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
const MAX_ID_LENGTH = 200;
/** pym ids and Datawrapper keys end up inside the host's strings and selectors: a safe subset only. */
const FRAME_ID = /^[A-Za-z0-9_.:-]{1,128}$/;

export type HeightDialect =
  | { type: typeof EMBED_MESSAGE.height; version: typeof PROTOCOL_VERSION; height: number }
  | { sentinel: 'amp'; type: 'embed-size'; height: number }
  | { 'datawrapper-height': Record<string, number> }
  | { message: 'height'; value: number; secret: string }
  | string;

export type FrameIds = {
  /** pym.js child id (the `childId` query parameter pym.Parent adds), or null: no pym message then. */
  childId: string | null;
  /** Key of the Datawrapper message. */
  frameId: string;
  /**
   * The secret WordPress adds to the src of an oEmbed frame it does not trust (`#?secret=…`, with
   * the same `data-secret` on the iframe); present only then. Its wp-embed.js resizes the frame
   * whose secret and window match a `{ message: 'height', value, secret }`.
   */
  wpSecret?: string;
};

/** WordPress's secret: letters and digits only, as its wp-embed.js requires (10 from its wp_generate_password). */
const WP_SECRET = /^#\?secret=([A-Za-z0-9]{1,64})$/;

/**
 * The ids the host scripts know the frame by. Datawrapper's own snippet matches the frame by
 * `event.source` and ignores the key; older snippets looked up `#datawrapper-chart-<key>`. So the
 * key is the `id` query parameter when the editor set one (`?embed=1&id=my-chart` with
 * `<iframe id="datawrapper-chart-my-chart">`), else the dataset id. Anything outside a safe
 * character set is dropped.
 */
export function embedFrameIds(search: string, datasetId: string, hash = ''): FrameIds {
  const params = new URLSearchParams(search);
  const valid = (value: string | null) => (value !== null && FRAME_ID.test(value) ? value : null);
  const ids: FrameIds = { childId: valid(params.get('childId')), frameId: valid(params.get('id')) ?? datasetId };
  const secret = WP_SECRET.exec(hash)?.[1];
  return secret === undefined ? ids : { ...ids, wpSecret: secret };
}

/** A height worth telling the host: finite, positive, sane; rounded up to whole pixels. */
export function embedHeight(height: number): number | null {
  if (!Number.isFinite(height) || height <= 0) return null;
  const px = Math.ceil(height);
  return px <= MAX_EMBED_HEIGHT ? px : null;
}

/** Every dialect a host may understand, for one height; [] for a height not worth sending. */
export function heightMessages(height: number, ids: FrameIds): HeightDialect[] {
  const px = embedHeight(height);
  if (px === null) return [];
  const messages: HeightDialect[] = [
    { type: EMBED_MESSAGE.height, version: PROTOCOL_VERSION, height: px },
    { sentinel: 'amp', type: 'embed-size', height: px },
    { 'datawrapper-height': { [ids.frameId]: px } },
  ];
  if (ids.childId !== null && FRAME_ID.test(ids.childId)) messages.push(`pymxPYMx${ids.childId}xPYMxheightxPYMx${px}`);
  if (ids.wpSecret !== undefined) messages.push({ message: 'height', value: px, secret: ids.wpSecret });
  return messages;
}

/** Sent only to the origin learned from the helper's hello. */
export function stateMessage(launch: string | null): { type: typeof EMBED_MESSAGE.state; version: typeof PROTOCOL_VERSION; launch: string | null } {
  return { type: EMBED_MESSAGE.state, version: PROTOCOL_VERSION, launch };
}

export type HostMessage = { type: 'hello' } | { type: 'select'; id: string } | { type: 'ping' };

function isLaunchId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && SLUG_PATTERN.test(value);
}

/**
 * Host → child. Only a plain object with a known `type` passes, and `select` only with the id of
 * a launch in the dataset. Everything else, whatever it is, gives null and never throws.
 */
export function parseHostMessage(data: unknown, knownIds: ReadonlySet<string>): HostMessage | null {
  try {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
    const type: unknown = Object.hasOwn(data, 'type') ? Reflect.get(data, 'type') : undefined;
    if (type === EMBED_MESSAGE.hello) return { type: 'hello' };
    if (type === EMBED_MESSAGE.ping) return { type: 'ping' };
    if (type !== EMBED_MESSAGE.select) return null;
    const id: unknown = Object.hasOwn(data, 'id') ? Reflect.get(data, 'id') : undefined;
    if (!isLaunchId(id)) return null;
    return knownIds.has(id) ? { type: 'select', id } : null;
  } catch {
    return null;
  }
}

/** The origin a hello came from, if the child may post to it (postMessage refuses "null"). */
export function hostOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === origin ? origin : null;
  } catch {
    return null;
  }
}

/**
 * The address of `file` in the app's folder showing `state`. Without a base (on the server, and
 * while hydrating, before the page's own address is read) it is relative to the page, which
 * holds for embed.html and index.html alike, since they sit side by side.
 */
function pageUrl(baseUrl: string, state: UrlState, file = ''): string {
  // The Korean and Japanese editions' pages are in folders of their own, which carry the language.
  const edition = EDITION_FOLDERS.find((folder) => folder === state.lang);
  const path = edition === undefined ? file : `${edition}/${file}`;
  const query = toSearchParams(edition === undefined ? state : { ...state, lang: null }).toString();
  if (baseUrl === '') return `${path || './'}${query ? `?${query}` : ''}`;
  const url = new URL(path, baseUrl);
  url.hash = '';
  url.search = query;
  return url.href;
}

/** The address of the full page showing the same view: what "Open full timeline" opens. */
export function fullPageUrl(baseUrl: string, state: UrlState): string {
  return pageUrl(baseUrl, { ...state, embed: false });
}

/**
 * The iframe `src` that reproduces the view inside an embed: embed.html, beside the full page,
 * which holds the embed's prerendered markup (`?embed=1` on the full page works too, but draws
 * only once the app has run).
 */
export function embedSrc(baseUrl: string, state: UrlState): string {
  return pageUrl(baseUrl, { ...state, embed: true }, PAGE_FILES.embed);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export type EmbedSnippetOptions = {
  /** Absolute URL of the app's root (where index.html and embed.js are served). */
  baseUrl: string;
  /** The view to pin; `embed=1` is always added. */
  state: UrlState;
  /** The iframe's accessible name. */
  title: string;
};

/** The iframe's accessible name, the same in the Embed dialog's code and in the oEmbed answers. */
export function embedFrameTitle(datasetTitle: string): string {
  return `Interactive timeline: ${datasetTitle}`;
}

/** The copy-paste snippet of docs/embed-protocol.md: the iframe alone works; the script only improves it. */
export function embedSnippet({ baseUrl, state, title }: EmbedSnippetOptions): string {
  const script = new URL('embed.js', new URL(baseUrl)).href;
  return [
    `<iframe src="${escapeAttribute(embedSrc(baseUrl, state))}"`,
    `  title="${escapeAttribute(title)}"`,
    `  style="width:100%;height:${INITIAL_EMBED_HEIGHT}px;border:0" loading="lazy"`,
    `  sandbox="${RECOMMENDED_SANDBOX}"></iframe>`,
    `<script src="${escapeAttribute(script)}" async></script>`,
  ].join('\n');
}
