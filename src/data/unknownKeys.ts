import { joinPath } from './problems.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Paths of keys in `raw` that the schema dropped from `parsed`, so a data editor's typo
 * ("sourceID") is named instead of silently ignored. Arrays of unknown records are not
 * descended into: their own parse reports them.
 */
export function findUnknownKeys(raw: unknown, parsed: unknown, base: string): string[] {
  // Passed through untouched (v.unknown): nothing was stripped, and a deeply nested value is never walked.
  if (raw === parsed) return [];
  if (Array.isArray(raw) && Array.isArray(parsed) && raw.length === parsed.length) {
    return raw.flatMap((item, i) => findUnknownKeys(item, parsed[i], joinPath(base, i)));
  }
  if (!isPlainObject(raw) || !isPlainObject(parsed)) return [];
  return Object.keys(raw).flatMap((key) =>
    Object.hasOwn(parsed, key)
      ? findUnknownKeys(raw[key], parsed[key], joinPath(base, key))
      : [joinPath(base, key)],
  );
}
