import { Component, type ErrorInfo, type ReactNode } from 'react';

type ErrorBoundaryProps = {
  /** What failed, for the message: "The chart", "The launch details". */
  label: string;
  children: ReactNode;
};

type ErrorBoundaryState = { error: Error | null };

/** A fault in one part shows a message with Retry there; the rest of the page keeps working. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`${this.props.label} failed to render`, error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="state state--error" role="alert">
        <h2 className="state__title">{this.props.label} could not be shown</h2>
        <p>Something went wrong while drawing it. The rest of the page still works.</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Retry
        </button>
      </div>
    );
  }
}
