// The error a part of the page loaded on demand (lazyPart.tsx) throws when its code did not
// arrive: ErrorBoundary tells the reader it is the download that failed, not the drawing, and its
// Retry asks for the code again.

export class ChunkLoadError extends Error {
  /** Forgets the failed download, so the next render asks for the code again. */
  readonly retry: () => void;

  constructor(cause: unknown, retry: () => void) {
    super('The code of a part of the page could not be downloaded', { cause });
    this.name = 'ChunkLoadError';
    this.retry = retry;
  }
}
