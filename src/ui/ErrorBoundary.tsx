import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ChunkLoadError } from './chunkLoadError.ts';

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
    const notLoaded = error instanceof ChunkLoadError;
    return (
      <div className="state state--error" role="alert">
        <h2 className="state__title">
          {this.props.label} could not be {notLoaded ? 'loaded' : 'shown'}
        </h2>
        <p>
          {notLoaded
            ? 'Its code is downloaded when it is first needed, and that download failed: the connection may be down. Check it and retry; if it keeps failing, reload the page. The rest of the page still works.'
            : 'Something went wrong while drawing it. The rest of the page still works.'}
        </p>
        <button type="button" className="button" onClick={this.retry}>
          Retry
        </button>
      </div>
    );
  }
}
