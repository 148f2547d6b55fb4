// "Download dataset": the dataset with its sources as one .zip, or as one .json with the texts inline.
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';
import { ModalDialog } from '../../ui/ModalDialog';
import { downloadDataset, type DownloadFormat } from './downloadDataset';

export function DownloadDialog() {
  const { t } = useI18n();
  const checked = useExplorer((state) => state.checked);
  const closeDialog = useExplorer((state) => state.closeDialog);
  const datasetDownloaded = useExplorer((state) => state.datasetDownloaded);
  const [status, setStatus] = useState<string | null>(null);
  if (!checked) return null;
  const download = async (format: DownloadFormat) => {
    try {
      const fileName = await downloadDataset(checked, format);
      datasetDownloaded(checked);
      setStatus(t('download.saved', { fileName }));
    } catch (error) {
      setStatus(t('download.failed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <ModalDialog title={t('download.title')} onClose={closeDialog} testId="download-dialog">
      <ul className="workbench-choices">
        <li>
          <button type="button" onClick={() => void download('zip')}>
            {t('download.zip')}
          </button>
          <p className="hint">{t('download.zip.hint')}</p>
        </li>
        <li>
          <button type="button" onClick={() => void download('json')}>
            {t('download.json')}
          </button>
          <p className="hint">{t('download.json.hint')}</p>
        </li>
      </ul>
      <p role="status" className="hint">
        {status}
      </p>
      <div className="editor__actions">
        <button type="button" onClick={closeDialog}>
          {t('workbench.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
