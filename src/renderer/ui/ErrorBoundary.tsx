// Catches a failure while drawing part of the app and shows it in words, in place of that part, instead of
// unmounting the whole window to a blank page. The library itself is untouched by such a failure.
import { Component, type ReactNode } from 'react';

type Props = { area: string; children: ReactNode };
type State = { error: Error | null };

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="failure" role="alert">
        <p className="failure-title">The {this.props.area} could not be shown.</p>
        <p className="failure-detail">{error.message}</p>
        <p>Your library has not been changed.</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
