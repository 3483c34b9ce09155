import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarPeriod } from '../../../../shared/api/planning';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { ChoiceFilter } from '../../platform/common/ChoiceFilter';
import { errorMessage, formatNumber } from '../../platform/common/format';
import { PageHeader } from '../../platform/common/PageHeader';
import { UndoBar, type Notice } from '../../platform/common/UndoBar';
import { useCallData } from '../../platform/common/useCallData';
import { useCentreToday } from '../../platform/common/useCentreToday';
import { ListGrid } from '../../platform/grid/ListGrid';
import { CalendarForm } from './CalendarForm';
import { calendarColumns } from '../plan/columns';

type Editing = { period: CalendarPeriod | null } | null;

/** Kalender Produksi: the days the workshops make less (holidays, Lebaran, Ramadan) or more (overtime); the plan follows it. */
export function CalendarPage() {
  const { t } = useTranslation();
  const { locale } = useApp();
  const today = useCentreToday();
  // The year being planned is what people look at first; '' shows every year.
  const [year, setYear] = useState<string | null>(null);
  const shownYear = year ?? today?.slice(0, 4) ?? '';
  const periods = useCallData('calendar:list', shownYear ? { from: `${shownYear}-01-01`, to: `${shownYear}-12-31` } : {});
  const years = useMemo(() => yearChoices(today, t('checks.calendar.allYears')), [today, t]);
  const columns = useMemo(() => calendarColumns(t, locale), [t, locale]);
  const [selected, setSelected] = useState<CalendarPeriod | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  /** An existing centre is never filled silently: the national list is added when asked, never overwriting. */
  async function addNational() {
    try {
      const filled = await call('calendar:national', {});
      const words = { added: filled.added, kept: filled.kept, from: filled.fromYear, to: filled.toYear };
      setNotice({ message: t(filled.added > 0 ? 'checks.calendar.nationalAdded' : 'checks.calendar.nationalNone', words) });
      await periods.reload();
    } catch (error) {
      setNotice({ tone: 'error', message: errorMessage(error) });
    }
  }

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
          <button type="button" className="button" onClick={() => void addNational()} title={t('checks.calendar.nationalHint')} data-testid="calendar-national">
            {t('checks.calendar.national')}
          </button>
        </div>
        <ChoiceFilter label={t('checks.calendar.year')} value={shownYear} options={years} onChange={setYear} testId="calendar-year" />
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

/** Last year to the year after next: the years a plan looks back on and ahead to; and all of them. */
function yearChoices(today: string | null, allYears: string): { value: string; label: string }[] {
  const now = Number((today ?? '').slice(0, 4)) || new Date().getFullYear();
  const years = [now - 1, now, now + 1, now + 2].map((y) => ({ value: String(y), label: String(y) }));
  return [{ value: '', label: allYears }, ...years];
}
