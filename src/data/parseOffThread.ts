// Hands the dataset's bytes to a worker for checking, and its answer back. Where no worker can
// run (an iframe sandboxed without allow-same-origin, a browser without module workers, a worker
// that fails to load), it says so and the caller checks the data on the main thread instead.
import type { LoadedDataset, DatasetErrorKind } from './fetchDataset.ts';
import type { Problem } from './problems.ts';

export type DatasetRequest = { id: number; bytes: ArrayBuffer };
export type WorkerAnswer =
  | { id: number; ok: true; loaded: LoadedDataset }
  /** `error` is null for a failure that was not the data's fault (a bug): checked again on the main thread. */
  | { id: number; ok: false; error: { kind: DatasetErrorKind; message: string; problems: Problem[] } | null };

type Waiting = { resolve: (answer: WorkerAnswer | null) => void };

/** undefined: not started yet; null: cannot run here. */
let worker: Worker | null | undefined;
const waiting = new Map<number, Waiting>();
let nextId = 0;

function giveUp(): void {
  worker?.terminate();
  worker = null;
  for (const { resolve } of waiting.values()) resolve(null);
  waiting.clear();
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module', name: 'dataset-check' });
  } catch {
    return (worker = null);
  }
  worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
    const answer = event.data;
    waiting.get(answer.id)?.resolve(answer);
    waiting.delete(answer.id);
  });
  // A worker that cannot load (or whose answer cannot be read) is not tried again.
  worker.addEventListener('error', giveUp);
  worker.addEventListener('messageerror', giveUp);
  return worker;
}

/** The worker's answer for these bytes, or null where the caller must check them itself. */
export function parseOffThread(bytes: ArrayBuffer): Promise<WorkerAnswer | null> {
  const running = startWorker();
  if (!running) return Promise.resolve(null);
  const id = (nextId += 1);
  return new Promise((resolve) => {
    waiting.set(id, { resolve });
    // Copied, not transferred: the caller keeps the bytes in case it has to check them itself.
    running.postMessage({ id, bytes } satisfies DatasetRequest);
  });
}

/** For tests: forget the worker, so the next call starts (or fails to start) a new one. */
export function resetDatasetWorker(): void {
  worker?.terminate();
  worker = undefined;
  waiting.clear();
}
