// A modal dialog on the browser's own <dialog>: in the top layer, centred, the page behind it inert; Escape and the
// close button both close it; its body scrolls inside it, so its first and last controls stay within the window.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import './modalDialog.css';

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** For tests and the page's own styling. */
  testId?: string;
}

export function ModalDialog({ title, onClose, children, testId }: ModalDialogProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // jsdom has no showModal: the dialog is then merely open.
    if (typeof element.showModal === 'function') {
      if (!element.open) element.showModal();
    } else element.setAttribute('open', '');
    return () => {
      if (typeof element.close === 'function' && element.open) element.close();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="modal-dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      // Escape: the browser would close the element itself; the store says what is open, so it closes it.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="modal-dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="modal-dialog__close" aria-label={t('workbench.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <div className="modal-dialog__body">{children}</div>
    </dialog>
  );
}
