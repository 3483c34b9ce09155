import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/domain/member';
import { call, CallError } from '../../platform/api/client';
import { errorMessage } from '../../platform/common/format';
import type { Notice } from '../../platform/common/UndoBar';
import type { OwnedUnit } from '../../../../shared/errors';

export interface BlockedRemoval {
  member: Member;
  units: OwnedUnit[];
  message: string;
}

/**
 * Remove with undo. A member who still owns units is refused by the backend (MEMBER_HAS_UNITS);
 * the screen then offers to detach the units first, and undo re-attaches them.
 */
export function useMemberRemoval(reload: () => Promise<void>, notify: (notice: Notice | null) => void) {
  const { t } = useTranslation();
  const [blocked, setBlocked] = useState<BlockedRemoval | null>(null);

  async function undo(member: Member) {
    try {
      await call('members:restore', { id: member.id });
      await reload();
      notify({ message: t('ui.members.restored', { name: member.name }) });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
  }

  async function remove(member: Member, detachUnits = false) {
    setBlocked(null);
    try {
      const removed = await call('members:remove', { id: member.id, detachUnits });
      await reload();
      const detached = removed.detachedUnitIds.length;
      notify({
        message: detached > 0 ? t('ui.members.removedDetached', { name: member.name, count: detached }) : t('ui.members.removed', { name: member.name }),
        onUndo: () => void undo(member),
      });
    } catch (error) {
      if (error instanceof CallError && error.failure.code === 'MEMBER_HAS_UNITS') {
        setBlocked({ member, units: error.failure.details.units, message: error.message });
      } else {
        notify({ tone: 'error', message: errorMessage(error) });
      }
    }
  }

  return { blocked, remove, cancel: () => setBlocked(null) };
}
