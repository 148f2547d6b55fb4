// Runs one export at a time and keeps what the menu shows about it: busy, progress, and the last message.
import { useCallback, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

export interface ExportMessage {
  kind: 'done' | 'warning' | 'error';
  text: string;
}

export interface ExportStatusState {
  /** What is being made, e.g. "PNG"; null when idle. */
  busy: string | null;
  /** 0–1, or null when the current step cannot be measured. */
  progress: number | null;
  step: string;
  messages: ExportMessage[];
}

export type ExportTask = (report: (step: string, progress: number | null) => void) => Promise<ExportMessage[]>;

const IDLE: ExportStatusState = { busy: null, progress: null, step: '', messages: [] };

export function useExportRunner(): {
  status: ExportStatusState;
  run: (what: string, task: ExportTask) => Promise<void>;
} {
  const { t } = useI18n();
  const [status, setStatus] = useState<ExportStatusState>(IDLE);
  const running = useRef(false);

  const run = useCallback(
    async (what: string, task: ExportTask) => {
      if (running.current) return;
      running.current = true;
      setStatus({ busy: what, progress: null, step: t('export.progress.preparing', { what }), messages: [] });
      const report = (step: string, progress: number | null) =>
        setStatus((current) => ({ ...current, step, progress }));
      try {
        const messages = await task(report);
        setStatus({ ...IDLE, messages });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        setStatus({ ...IDLE, messages: [{ kind: 'error', text: t('export.failed', { what, reason }) }] });
      } finally {
        running.current = false;
      }
    },
    [t],
  );

  return { status, run };
}
