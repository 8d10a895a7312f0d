import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ChunkLoadError } from './chunkLoadError.ts';
import { useEdition } from './i18n.tsx';

type ErrorBoundaryProps = {
  /** What failed, for the message: "The chart", "The launch details". */
  label: string;
  children: ReactNode;
};

type ErrorBoundaryState = { error: Error | null };

/**
 * A fault in one part shows a message with Retry there; the rest of the page keeps working. A
 * part whose code did not download (ChunkLoadError) says so: the reader's connection, not the
 * page, is what to check, and Retry downloads it again.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`${this.props.label} failed to ${error instanceof ChunkLoadError ? 'load' : 'render'}`, error, info.componentStack);
  }

  private retry = () => {
    if (this.state.error instanceof ChunkLoadError) this.state.error.retry();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return <PartFailed label={this.props.label} notLoaded={error instanceof ChunkLoadError} onRetry={this.retry} />;
  }
}

/** The message in place of a part that failed, in the edition's words. */
function PartFailed({ label, notLoaded, onRetry }: { label: string; notLoaded: boolean; onRetry: () => void }) {
  const { shell } = useEdition().m.core;
  return (
    <div className="state state--error" role="alert">
      <h2 className="state__title">{shell.partFailed(label, notLoaded)}</h2>
      <p>{notLoaded ? shell.partNotLoadedText : shell.partNotShownText}</p>
      <button type="button" className="button" onClick={onRetry}>
        {shell.retry}
      </button>
    </div>
  );
}
