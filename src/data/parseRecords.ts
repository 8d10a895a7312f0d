// The loader's record-level steps, shared by parseDataset.ts and parseStory.ts: parse a list
// record by record, skip and name the bad ones, and keep only references that resolve.
import * as v from 'valibot';
import type { Dataset } from './schema.ts';
import { PARSE_CONFIG } from './validators.ts';
import { issuesToProblems, joinPath, preview, type Problem } from './problems.ts';
import { findUnknownKeys } from './unknownKeys.ts';

export type Parsed<T> = { index: number; record: T };

/** Keeps the source ids that exist, naming each one that does not (under `path`). */
export type Cite = (ids: string[], path: string) => string[];

export function parseRecords<T extends { id: string }>(
  listName: string,
  items: unknown[],
  schema: v.GenericSchema<unknown, T>,
  problems: Problem[],
): Parsed<T>[] {
  const seen = new Map<string, number>();
  const out: Parsed<T>[] = [];
  items.forEach((item, index) => {
    const base = joinPath(listName, index);
    const result = v.safeParse(schema, item, PARSE_CONFIG);
    if (!result.success) {
      problems.push(...issuesToProblems(base, result.issues).map(withSkip));
      return;
    }
    const first = seen.get(result.output.id);
    if (first !== undefined) {
      problems.push({ path: `${base}.id`, message: `duplicate id ${preview(result.output.id)} (first at ${listName}[${first}]); record skipped` });
      return;
    }
    seen.set(result.output.id, index);
    for (const key of findUnknownKeys(item, result.output, base)) {
      problems.push({ path: key, message: 'unknown key, ignored' });
    }
    out.push({ index, record: result.output });
  });
  return out;
}

function withSkip(problem: Problem): Problem {
  return { ...problem, message: `${problem.message}; record skipped` };
}

/** Keeps the ids that exist; names each one that does not. */
export function knownIds(ids: readonly string[], known: ReadonlySet<string>, path: string, what: string, problems: Problem[]): string[] {
  return ids.filter((id, i) => {
    if (known.has(id)) return true;
    problems.push({ path: joinPath(path, i), message: `unknown ${what} ${preview(id)}` });
    return false;
  });
}

export function inRange(day: string, range: Dataset['range']): boolean {
  return day >= range.start && day <= range.end;
}

/** Records that only group or cite: kept when at least one of their sources is known. */
export function citedRecords<T extends { id: string; sourceIds: string[] }>(
  listName: string,
  items: unknown[],
  schema: v.GenericSchema<unknown, T>,
  cite: Cite,
  problems: Problem[],
): T[] {
  const out: T[] = [];
  for (const { index, record } of parseRecords(listName, items, schema, problems)) {
    const cited = cite(record.sourceIds, `${listName}[${index}].sourceIds`);
    if (cited.length === 0) problems.push({ path: `${listName}[${index}]`, message: 'no known source left; record skipped' });
    else out.push({ ...record, sourceIds: cited });
  }
  return out;
}
