import { useTranslation } from 'react-i18next';

export interface Notice {
  message: string;
  /** "Urungkan" (undo) when the last action can be taken back. */
  onUndo?: () => void;
  tone?: 'info' | 'error';
}

/** The bar at the bottom of a page that reports what just happened and offers to undo it. */
export function UndoBar({ notice, onClose }: { notice: Notice; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <div className={`notice-bar notice-${notice.tone ?? 'info'}`} role="status" data-testid="notice-bar">
      <span data-testid="notice-message">{notice.message}</span>
      {notice.onUndo ? (
        <button type="button" className="link-button" data-testid="notice-undo" onClick={notice.onUndo}>
          {t('ui.common.undo')}
        </button>
      ) : null}
      <button type="button" className="icon-button" aria-label={t('ui.common.close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
