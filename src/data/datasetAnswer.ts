// What the dataset worker answers for a request: the checked dataset, or the reason it was refused.
import { DatasetError, parseDatasetText } from './fetchDataset.ts';
import type { DatasetRequest, WorkerAnswer } from './parseOffThread.ts';

export function answerDatasetRequest({ id, bytes }: DatasetRequest): WorkerAnswer {
  try {
    return { id, ok: true, loaded: parseDatasetText(new TextDecoder().decode(bytes)) };
  } catch (error) {
    if (error instanceof DatasetError) return { id, ok: false, error: { kind: error.kind, message: error.message, problems: error.problems } };
    return { id, ok: false, error: null };
  }
}
