// The dataset's check, run off the page's main thread (see parseOffThread.ts): at 10,000 records
// it takes the better part of a second, and even the real file's first check is ~40 ms of code
// run for the first time, during which the page could not answer a tap.
import { answerDatasetRequest } from './datasetAnswer.ts';
import type { DatasetRequest } from './parseOffThread.ts';

globalThis.addEventListener('message', (event: MessageEvent<DatasetRequest>) => {
  globalThis.postMessage(answerDatasetRequest(event.data));
});
