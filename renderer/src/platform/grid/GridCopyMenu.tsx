import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// Room the menu takes (grid-copy.css), so that a right-click near the window's edge keeps it inside.
const MENU_WIDTH = 260;
const MENU_HEIGHT = 90;

interface GridCopyMenuProps {
  /** Where the right-click was, in the window. */
  at: { x: number; y: number };
  onCopy(withHeaders: boolean): void;
  onClose(): void;
}

/** The grid's right-click menu: copy the selected cells, with or without the column headers. */
export function GridCopyMenu({ at, onCopy, onClose }: GridCopyMenuProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    function onPointer(event: globalThis.MouseEvent) {
      if (ref.current && event.target instanceof Node && !ref.current.contains(event.target)) onClose();
    }
    function onKey(event: globalThis.KeyboardEvent) {
      if (event.key === 'Escape') onClose();
    }
    document.addEventListener('mousedown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [onClose]);
  return (
    <div ref={ref} className="grid-copy-menu" role="menu" aria-label={t('clipboard.menu')} style={{ left: Math.max(0, Math.min(at.x, window.innerWidth - MENU_WIDTH)), top: Math.max(0, Math.min(at.y, window.innerHeight - MENU_HEIGHT)) }} data-testid="grid-copy-menu">
      <button type="button" role="menuitem" onClick={() => onCopy(false)} data-testid="grid-copy">
        <span>{t('clipboard.copy')}</span>
        <kbd>Ctrl+C</kbd>
      </button>
      <button type="button" role="menuitem" onClick={() => onCopy(true)} data-testid="grid-copy-headers">
        <span>{t('clipboard.copyWithHeaders')}</span>
      </button>
    </div>
  );
}
