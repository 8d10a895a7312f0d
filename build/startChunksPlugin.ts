// Applies startChunks.ts to the build: once the module graph is known (buildEnd), each start-up
// step's modules are named; Rolldown's code splitting then puts them in that step's chunk, one
// manual group per step. A build only: the dev server and the prerender's SSR loader do not chunk.
import path from 'node:path';
import type { Plugin } from 'vite';
import { startChunks, type StartStep } from './startChunks.ts';

type StartChunksOptions = {
  /** The page's own script, relative to the project root. */
  boot: string;
  /** The start-up steps in the order they load, entries relative to the project root. */
  steps: readonly StartStep[];
};

export function startChunksPlugin({ boot, steps }: StartChunksOptions): Plugin {
  let root = process.cwd();
  let chunkOf = new Map<string, string>();
  return {
    name: 'nk-timeline:start-chunks',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              // Only the listed modules: a step's imports are listed with it already, and those
              // boot has are left where they are (else the preload helper would pull boot's
              // chunk into main's, which boot must not load before the first paint).
              includeDependenciesRecursively: false,
              // Earlier steps first: a module is in the first chunk that loads it.
              groups: steps.map((step, i) => ({ name: step.name, priority: steps.length - i, test: (id: string) => chunkOf.get(id) === step.name })),
            },
          },
        },
      },
    }),
    configResolved(config) {
      root = config.root;
    },
    buildEnd(error) {
      if (error) return;
      const absolute = (file: string) => path.resolve(root, file);
      const ids = new Set(this.getModuleIds());
      for (const file of [boot, ...steps.map((step) => step.entry)]) {
        if (!ids.has(absolute(file))) this.error(`start-chunks: ${file} is not in the module graph (renamed?)`);
      }
      chunkOf = startChunks(
        absolute(boot),
        steps.map((step) => ({ ...step, entry: absolute(step.entry) })),
        (id) => this.getModuleInfo(id)?.importedIds ?? [],
      );
    },
  };
}
