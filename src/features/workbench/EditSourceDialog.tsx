// "Edit" in the sources view: a source's metadata, its archived text shown as it stays.
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';
import { ModalDialog } from '../../ui/ModalDialog';
import { SourceForm } from '../sources/SourceForm';

export function EditSourceDialog({ documentId }: { documentId: string }) {
  const { t } = useI18n();
  const checked = useExplorer((state) => state.checked);
  const closeDialog = useExplorer((state) => state.closeDialog);
  const document = checked?.documentsById.get(documentId);
  if (!checked || !document) return null;
  return (
    <ModalDialog title={t('sources.edit.title')} onClose={closeDialog} testId="edit-source-dialog">
      <SourceForm checked={checked} editing={document} onCancel={closeDialog} onSaved={closeDialog} />
    </ModalDialog>
  );
}
