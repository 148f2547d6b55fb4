// The dialog the store says is open: starting a dataset, adding or editing a source, downloading. Loaded with the
// first dialog opened, as most readers never open one.
import { useExplorer } from '../../store/StoreProvider';
import { AddSourceDialog } from './AddSourceDialog';
import { DownloadDialog } from './DownloadDialog';
import { EditSourceDialog } from './EditSourceDialog';
import { NewDatasetDialog } from './NewDatasetDialog';
import './workbench.css';

export function WorkbenchDialogs() {
  const dialog = useExplorer((state) => state.dialog);
  switch (dialog?.kind) {
    case undefined:
      return null;
    case 'new-dataset':
      return <NewDatasetDialog />;
    case 'add-source':
      return <AddSourceDialog file={dialog.file} />;
    case 'edit-source':
      return <EditSourceDialog key={dialog.documentId} documentId={dialog.documentId} />;
    case 'download':
      return <DownloadDialog />;
  }
}
