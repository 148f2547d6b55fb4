// Keeps a crash in one region (the graph, a panel) from blanking the page: says what failed, and the rest (opening another dataset) keeps working.
import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

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
    return <CrashNotice what={this.props.what} error={this.state.error} />;
  }
}

function CrashNotice({ what, error }: { what: string; error: Error }) {
  const { t } = useI18n();
  return (
    <div className="status-panel status-panel--error" role="alert">
      <h2>{t('ui.crash.heading', { what })}</h2>
      <p>{error.message}</p>
      <p className="hint">{t('ui.crash.hint')}</p>
    </div>
  );
}
