import * as v from 'valibot';

const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Shows bidi controls as \uXXXX, so a hostile value cannot reorder the message around it. */
export function escapeBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One thing wrong with a dataset, named by record and field: `launches[3].facts[1].sourceIds[0]`. */
export type Problem = { path: string; message: string };

export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return base ? `${base}.${key}` : key;
  return `${base}[${escapeBidi(JSON.stringify(key))}]`;
}

export function issuesToProblems(base: string, issues: readonly v.BaseIssue<unknown>[]): Problem[] {
  return issues.map((issue) => {
    const path = (issue.path ?? []).reduce<string>((acc, item) => {
      const key = item.key;
      return typeof key === 'string' || typeof key === 'number' ? joinPath(acc, key) : acc;
    }, base);
    return { path, message: describeIssue(issue) };
  });
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.input === undefined) return `is missing (expected ${issue.expected ?? 'a value'})`;
  if (issue.type === 'literal' || issue.type === 'picklist') {
    return `must be one of ${issue.expected ?? '?'}, got ${preview(issue.input)}`;
  }
  if (issue.kind === 'schema') return `must be ${describeExpected(issue.expected)}, got ${typeName(issue.input)}`;
  return issue.message;
}

function describeExpected(expected: string | null): string {
  if (expected === 'Object') return 'an object';
  if (expected === 'Array') return 'an array';
  return expected ? `a ${expected}` : 'valid';
}

function typeName(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (typeof input === 'object') return 'an object';
  return `${typeof input} ${preview(input)}`;
}

/** A short, safe rendering of a bad value for a message. */
export function preview(input: unknown): string {
  const text = escapeBidi(typeof input === 'string' ? JSON.stringify(input) : String(JSON.stringify(input) ?? input));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
