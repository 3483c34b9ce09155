import { useTranslation } from 'react-i18next';
import { Dialog } from '../common/Dialog';
import type { BlockedRemoval } from './useMemberRemoval';

/** The member still owns units: name them, and offer to detach them and remove the member. */
export function MemberHasUnitsDialog({ blocked, onDetach, onCancel }: { blocked: BlockedRemoval; onDetach(): void; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('ui.members.hasUnitsTitle', { name: blocked.member.name })}
      onClose={onCancel}
      testId="member-has-units"
      footer={
        <>
          <button type="button" className="button" onClick={onCancel} data-testid="has-units-cancel">
            {t('ui.common.cancel')}
          </button>
          <button type="button" className="button danger" onClick={onDetach} data-testid="has-units-detach">
            {t('ui.members.detachAndRemove')}
          </button>
        </>
      }
    >
      <p className="dialog-text" data-testid="has-units-message">{blocked.message}</p>
      <table className="plain-table">
        <thead>
          <tr>
            <th>{t('unit.unitCode')}</th>
            <th>{t('unit.name')}</th>
          </tr>
        </thead>
        <tbody>
          {blocked.units.map((unit) => (
            <tr key={unit.id}>
              <td>{unit.unitCode}</td>
              <td>{unit.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="dialog-note">{t('ui.members.detachExplained')}</p>
    </Dialog>
  );
}
