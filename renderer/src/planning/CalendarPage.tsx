import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarPeriod } from '../../../shared/api/planning';
import { call } from '../api/client';
import { useApp } from '../app/appContext';
import { errorMessage, formatNumber } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { UndoBar, type Notice } from '../common/UndoBar';
import { useCallData } from '../common/useCallData';
import { useCentreToday } from '../common/useCentreToday';
import { ListGrid } from '../grid/ListGrid';
import { CalendarForm } from './CalendarForm';
import { calendarColumns } from './columns';

type Editing = { period: CalendarPeriod | null } | null;

/** Kalender Produksi: the days the workshops make less (holidays, Lebaran, Ramadan) or more (overtime); the plan follows it. */
export function CalendarPage() {
  const { t } = useTranslation();
  const { locale } = useApp();
  const today = useCentreToday();
  const periods = useCallData('calendar:list', {});
  const columns = useMemo(() => calendarColumns(t, locale), [t, locale]);
  const [selected, setSelected] = useState<CalendarPeriod | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  async function remove(period: CalendarPeriod) {
    try {
      await call('calendar:remove', { id: period.id });
      setSelected(null);
      await periods.reload();
      const { id: _removed, ...again } = period;
      setNotice({
        message: t('ui.calendar.removed', { name: period.name }),
        onUndo: () => void call('calendar:save', again).then(() => periods.reload()).then(() => setNotice(null)),
      });
    } catch (error) {
      setNotice({ tone: 'error', message: errorMessage(error) });
    }
  }

  return (
    <div className="list-page">
      <PageHeader title={t('ui.calendar.title')} subtitle={t('ui.calendar.subtitle')} />
      <div className="toolbar" role="toolbar" aria-label={t('ui.calendar.title')}>
        <div className="toolbar-group">
          <button type="button" className="button primary" onClick={() => setEditing({ period: null })} data-testid="toolbar-add">
            + {t('ui.toolbar.add')}
          </button>
          <button type="button" className="button" disabled={!selected} onClick={() => setEditing({ period: selected })} data-testid="toolbar-edit">
            {t('ui.toolbar.edit')}
          </button>
          <button type="button" className="button danger" disabled={!selected} onClick={() => selected && void remove(selected)} data-testid="toolbar-remove">
            {t('ui.toolbar.remove')}
          </button>
        </div>
        <span className="muted">{t('ui.calendar.hint')}</span>
      </div>
      {periods.error ? <div className="form-error" role="alert">{periods.error}</div> : null}
      <ListGrid<CalendarPeriod>
        prefKey="grid.calendar"
        testId="calendar-grid"
        rows={periods.data}
        columns={columns}
        rowId={(period) => String(period.id)}
        emptyText={t('ui.calendar.empty')}
        onSelect={setSelected}
        onOpen={(period) => setEditing({ period })}
      />
      <div className="status-bar">
        <span data-testid="calendar-count">{periods.data ? t('ui.calendar.count', { count: periods.data.length, total: formatNumber(periods.data.length, locale) }) : t('ui.common.loading')}</span>
        <span className="status-hint">{t('ui.common.doubleClickHint')}</span>
      </div>
      {notice ? <UndoBar notice={notice} onClose={() => setNotice(null)} /> : null}
      {editing && today ? (
        <CalendarForm
          period={editing.period}
          today={today}
          onClose={() => setEditing(null)}
          onSaved={(period, isNew) => {
            setEditing(null);
            setNotice({ message: t(isNew ? 'ui.calendar.added' : 'ui.calendar.saved', { name: period.name }) });
            void periods.reload();
          }}
        />
      ) : null}
    </div>
  );
}
