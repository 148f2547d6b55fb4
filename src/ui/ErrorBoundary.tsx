// Keeps a crash in one region (the graph, a panel) from blanking the page: says what failed, and the rest (opening another dataset) keeps working.
import { Component, type ReactNode } from 'react';

interface Props {
  /** What the region is, for the message: "the explorer". */
  what: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="status-panel status-panel--error" role="alert">
        <h2>Something went wrong while showing {this.props.what}</h2>
        <p>{this.state.error.message}</p>
        <p className="hint">Your edits are saved in this browser. Open another dataset, or reload the page.</p>
      </div>
    );
  }
}
