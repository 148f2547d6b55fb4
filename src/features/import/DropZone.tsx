// Drag-and-drop onto the whole page: an overlay while files are dragged over, and the dropped files are opened as a dataset.
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurationSession } from '../../session/CurationSessionContext';
import { useExplorerStore } from '../../store/StoreProvider';

const SOURCE_FILE = /\.(html?|xhtml|md|markdown)$/i;

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export function DropZone() {
  const { t } = useI18n();
  const session = useCurationSession();
  const store = useExplorerStore();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child element: count them so the overlay does not flicker.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would navigate to the dropped file.
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      const [only] = files;
      // A saved web page or a Markdown file is a source to add, not a dataset to open.
      if (files.length === 1 && only && SOURCE_FILE.test(only.name) && store.getState().checked !== null)
        store.getState().openDialog({ kind: 'add-source', file: only });
      else if (files.length > 0) void session.openFiles(files);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [session, store]);

  if (!dragging) return null;
  return (
    <div className="drop-zone" aria-hidden="true">
      <p>{t('import.drop')}</p>
    </div>
  );
}
