import { useTranslation } from 'react-i18next';
import { MILESTONE_STATUSES, type Milestone, type MilestoneStatus } from '../../../shared/api/roadmap';
import { formatDateId } from '../../../shared/dates';
import { pick } from '../platform/common/choices';
import { statusLabel } from '../platform/common/statusLabel';

interface MilestoneListProps {
  milestones: Milestone[];
  onAdd(): void;
  onEdit(milestone: Milestone): void;
  onStatus(milestone: Milestone, status: MilestoneStatus): void;
  onRemove(milestone: Milestone): void;
}

/** Tonggak kegiatan by due date; the status changes in place, a date passed while undone is flagged. */
export function MilestoneList({ milestones, onAdd, onEdit, onStatus, onRemove }: MilestoneListProps) {
  const { t } = useTranslation();
  return (
    <section className="panel milestones-panel">
      <div className="panel-heading">
        <h2 className="panel-title">{t('roadmap.milestones.title')}</h2>
        <button type="button" className="button" data-testid="milestone-add" onClick={onAdd}>
          {t('roadmap.milestones.add')}
        </button>
      </div>
      {milestones.length === 0 ? <p className="panel-note" data-testid="milestones-empty">{t('roadmap.milestones.empty')}</p> : null}
      {milestones.length > 0 ? (
        <table className="plain-table compact milestone-table" data-testid="milestones">
          <thead>
            <tr>
              <th>{t('roadmap.milestones.column.due')}</th>
              <th>{t('roadmap.milestones.column.title')}</th>
              <th>{t('roadmap.milestones.column.status')}</th>
              <th>{t('roadmap.milestones.column.note')}</th>
              <th aria-hidden="true" />
            </tr>
          </thead>
          <tbody>
            {milestones.map((milestone) => (
              <tr key={milestone.id} data-testid="milestone-row" className={milestone.isOverdue ? 'is-overdue' : undefined}>
                <td className="nowrap">
                  {formatDateId(milestone.dueOn)}
                  {milestone.isOverdue ? <span className="overdue-tag">{t('roadmap.milestones.overdue')}</span> : null}
                </td>
                <td className="milestone-title">{milestone.title}</td>
                <td>
                  <select
                    className={`milestone-status milestone-${milestone.status}`}
                    value={milestone.status}
                    aria-label={t('roadmap.milestones.statusOf', { title: milestone.title })}
                    data-testid="milestone-row-status"
                    onChange={(event) => {
                      const status = pick(MILESTONE_STATUSES, event.target.value);
                      if (status) onStatus(milestone, status);
                    }}
                  >
                    {MILESTONE_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {statusLabel(t, 'milestone', status)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="milestone-note">{milestone.note}</td>
                <td className="nowrap row-actions">
                  <button type="button" className="link-button" data-testid="milestone-edit" onClick={() => onEdit(milestone)}>
                    {t('roadmap.milestones.edit')}
                  </button>
                  <button type="button" className="link-button danger-link" data-testid="milestone-remove" onClick={() => onRemove(milestone)}>
                    {t('roadmap.milestones.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
