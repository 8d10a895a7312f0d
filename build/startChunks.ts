// Which start-up chunk each module goes in: pure, so it is tested alone (startChunksPlugin.ts
// applies it to the build).
//
// The page starts in three steps, each a chunk: boot.ts (the page's one script), then main.tsx
// (React and the data layer, imported by boot), then AppRoot.tsx (the app, imported by main).
// Parts loaded on demand (src/app/deferredParts.tsx) are imported later still. Left to itself,
// Rolldown moves every module that a start-up chunk shares with one of those parts (React, the
// data's validators, condemnation labels, the copy helper…) into small common chunks of their
// own, as if a part could load without the start-up chunks before it: measured on this app, 16
// chunks to hydration instead of 4, and 135.0 KiB of gzip instead of 130.4. Here a module that a
// start-up step reaches by static imports stays in that step's chunk; the parts import it from
// there.

/** A start-up step: its chunk's name and the module it starts from. */
export type StartStep = { name: string; entry: string };

/** Every module `from` reaches by static imports, itself included. */
export function reachable(from: string, importedIds: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [from];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...importedIds(id));
  }
  return seen;
}

/**
 * Each module's start-up chunk: the first step (after the page's own script, `boot`) that reaches
 * it. What boot reaches stays with boot, and what no step reaches (the parts loaded on demand) is
 * absent: both are left to Rolldown's automatic chunks.
 */
export function startChunks(boot: string, steps: readonly StartStep[], importedIds: (id: string) => readonly string[]): Map<string, string> {
  const taken = reachable(boot, importedIds);
  const chunkOf = new Map<string, string>();
  for (const step of steps) {
    for (const id of reachable(step.entry, importedIds)) {
      if (taken.has(id)) continue;
      taken.add(id);
      chunkOf.set(id, step.name);
    }
  }
  return chunkOf;
}
