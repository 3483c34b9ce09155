import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../platform/common/ConfirmDialog';
import type { BlockedRemoval } from './useMemberRemoval';

/** The member still owns units: name them, and offer to detach them and remove the member. */
export function MemberHasUnitsDialog({ blocked, onDetach, onCancel }: { blocked: BlockedRemoval; onDetach(): void; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('ui.members.hasUnitsTitle', { name: blocked.member.name })}
      testId="member-has-units"
      backLabel={t('ui.common.cancel')}
      confirmLabel={t('ui.members.detachAndRemove')}
      onBack={onCancel}
      onConfirm={onDetach}
      backTestId="has-units-cancel"
      confirmTestId="has-units-detach"
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
    </ConfirmDialog>
  );
}
