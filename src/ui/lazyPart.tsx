// A part of the page whose code is a chunk of its own, fetched when it is first needed or once
// the page is idle (see app/deferredParts.tsx): the JavaScript the first view needs before it
// answers a tap is smaller by that much. Unlike React.lazy, a chunk that has already arrived
// renders in the same pass, with no fallback frame, so a synchronous render (printing's
// flushSync) or a URL whose chunk was loaded before hydration gets the real part at once; and a
// chunk that failed can be asked for again. A download that fails is tried twice more after a
// pause, as the data's own query is (a connection that has just come back may not carry requests
// for a moment yet); one that still fails shows ErrorBoundary's "could not be loaded" with a
// Retry that asks again.
import { Suspense, use, type ComponentType, type ReactNode, type ReactPromise } from 'react';
import { ChunkLoadError } from './chunkLoadError.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';

type LazyPartOptions<P> = {
  /** What the part is, for the error message: "How we know", "Share & data". */
  label: string;
  /** Shown while the code is on its way: a short status, or null for a part that may simply appear later. */
  fallback: ReactNode;
  /** The dynamic import, resolving to the component. */
  load: () => Promise<ComponentType<P>>;
  /** The pauses before each further try of a failed download, in ms; none, and the first failure is final. */
  retryDelays?: readonly number[];
};

/** Pauses between the tries of a download: a few seconds in all, then it is the reader's Retry. */
const RETRY_DELAYS = [500, 2_000];

/** `load`, tried again after each pause in `delays` while it fails; rejects with the last failure. */
async function loadPatiently<T>(load: () => Promise<T>, delays: readonly number[]): Promise<T> {
  for (const delay of delays) {
    try {
      return await load();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return load();
}

export type LazyPart<P> = {
  /** The part, with its own error boundary and Suspense fallback. */
  Part: (props: P) => ReactNode;
  /** Fetches the code now; resolves when it is here, rejects if it could not be fetched. */
  preload: () => Promise<unknown>;
};

/**
 * A promise carrying its outcome in the fields React's `use` reads: once settled, `use` returns its
 * value (or throws its reason) in the same render instead of suspending for a microtask, which a
 * synchronous render would show as the fallback.
 */
type Tracked<T> = Promise<T> & ReactPromise<T>;

export function lazyPart<P extends object>({ label, fallback, load, retryDelays = RETRY_DELAYS }: LazyPartOptions<P>): LazyPart<P> {
  let loading: Tracked<ComponentType<P>> | null = null;

  const request = (): Tracked<ComponentType<P>> => {
    if (loading) return loading;
    const attempt: Tracked<ComponentType<P>> = loadPatiently(load, retryDelays).then(
      (component) => {
        Object.assign(attempt, { status: 'fulfilled', value: component });
        return component;
      },
      (cause: unknown) => {
        // A download that failed every try stays failed until Retry: forgetting it at once would
        // make React's re-render after the rejection start another download, and so on, without end.
        const error = new ChunkLoadError(cause, () => {
          if (loading === attempt) loading = null;
        });
        Object.assign(attempt, { status: 'rejected', reason: error });
        throw error;
      },
    );
    loading = attempt;
    return attempt;
  };

  const preload = () => {
    const attempt = request();
    // A prefetch that fails (offline for a moment) is forgotten: the part asks again when it is
    // first shown, rather than open on an error from before.
    return attempt.catch((error: unknown) => {
      if (loading === attempt) loading = null;
      throw error;
    });
  };

  function Loaded(props: P) {
    const Component = use(request());
    return <Component {...props} />;
  }

  function Part(props: P) {
    return (
      <ErrorBoundary label={label}>
        <Suspense fallback={fallback}>
          <Loaded {...props} />
        </Suspense>
      </ErrorBoundary>
    );
  }

  return { Part, preload };
}
