import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../../../../shared/api/files';
import { usePopover } from './usePopover';

interface KindMenuProps {
  label: string;
  kinds: readonly ImportKind[];
  onChoose(kind: ImportKind): void;
  testId: string;
}

/**
 * One Excel action for the lists a page holds: a plain button for one list, a short menu for
 * several (Produk · BOM on the products page).
 */
export function KindMenu({ label, kinds, onChoose, testId }: KindMenuProps) {
  const { t } = useTranslation();
  const popover = usePopover<HTMLDivElement>();
  if (kinds.length === 1) {
    return (
      <button type="button" className="button" data-testid={testId} onClick={() => onChoose(kinds[0])}>
        {label}
      </button>
    );
  }
  return (
    <div className="popover-anchor" ref={popover.ref}>
      <button type="button" className="button" aria-expanded={popover.isOpen} data-testid={testId} onClick={() => popover.setIsOpen(!popover.isOpen)}>
        {label} ▾
      </button>
      {popover.isOpen ? (
        <div className="popover menu left" role="menu">
          {kinds.map((kind) => (
            <button
              key={kind}
              type="button"
              role="menuitem"
              className="menu-item"
              data-testid={`${testId}-${kind}`}
              onClick={() => {
                popover.setIsOpen(false);
                onChoose(kind);
              }}
            >
              {t(`ui.kinds.${kind}`)}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
