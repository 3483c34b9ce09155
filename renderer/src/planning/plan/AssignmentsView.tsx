import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSIGNMENT_STATUSES, OPEN_ASSIGNMENT_STATUSES, type AssignmentRow, type AssignmentStatus } from '../../../../shared/api/planning';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { errorMessage, formatNumber } from '../../platform/common/format';
import { SearchBox } from '../../platform/common/SearchBox';
import { StatusFilterChips } from '../../platform/common/StatusFilterChips';
import type { Notice } from '../../platform/common/UndoBar';
import { useCentreToday } from '../../platform/common/useCentreToday';
import { DataGrid } from '../../platform/grid/DataGrid';
import { useColumnState } from '../../platform/grid/useColumnState';
import { AssignDialog } from './AssignDialog';
import { assignmentColumns } from './columns';
import { SelectedReason } from './SelectedReason';
import { SpkBulkIssue } from './SpkBulkIssue';
import { SpkPrintActions } from './SpkPrintActions';
import { SpkWorkActions } from './SpkWorkActions';
import { statusLabel } from '../../platform/common/statusLabel';

interface AssignmentsViewProps {
  rows: AssignmentRow[] | null;
  planDate: string;
  /** After a pin, an own assignment or a re-plan: the page loads the plan again. */
  onChanged(): Promise<void>;
  notify(notice: Notice): void;
}

/** SPK: the plan's work orders (open ones unless the chips say otherwise); issue it, record deliveries, cancel; pin one to keep it through re-planning, assign by hand, print a workshop's SPK. */
export function AssignmentsView({ rows, planDate, onChanged, notify }: AssignmentsViewProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const saved = useColumnState('grid.assignments');
  const columns = useMemo(() => assignmentColumns(t, locale), [t, locale]);
  const today = useCentreToday();
  // The row as last loaded: a delivery or a status change reloads the plan and the figures with it.
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const selected = rows?.find((row) => row.id === selectedId) ?? null;
  const setSelected = (row: AssignmentRow | null) => setSelectedId(row?.id ?? null);
  // Rows ticked for a bulk action, as last loaded.
  const [tickedIds, setTickedIds] = useState<number[]>([]);
  const ticked = useMemo(() => {
    const wanted = new Set(tickedIds);
    return (rows ?? []).filter((row) => wanted.has(row.id));
  }, [rows, tickedIds]);
  const [search, setSearch] = useState('');
  // Open work first: a centre's finished SPKs of past months would bury this month's.
  const [statuses, setStatuses] = useState<AssignmentStatus[]>([...OPEN_ASSIGNMENT_STATUSES]);
  const rowFilter = useMemo(() => (statuses.length === 0 ? null : (row: AssignmentRow) => statuses.includes(row.status)), [statuses]);
  const counts = useMemo(() => {
    const tally = Object.fromEntries(ASSIGNMENT_STATUSES.map((status) => [status, 0])) as Record<AssignmentStatus, number>;
    for (const row of rows ?? []) tally[row.status] += 1;
    return tally;
  }, [rows]);
  const [displayed, setDisplayed] = useState(0);
  const [isAssigning, setIsAssigning] = useState(false);

  async function pin(row: AssignmentRow) {
    try {
      const changed = await call('plan:pin', { assignmentId: row.id, pinned: !row.isPinned });
      setSelected(changed);
      await onChanged();
      notify({ message: t(changed.isPinned ? 'ui.assignment.pinnedNotice' : 'ui.assignment.unpinnedNotice', { orderNo: changed.orderNo, unit: changed.unitCode }) });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
  }

  return (
    <div className="tab-body" data-testid="assignments">
      <div className="toolbar" role="toolbar" aria-label={t('ui.plan.view.assignments')}>
        <div className="toolbar-group">
          <SpkWorkActions selected={selected} today={today ?? planDate} onChanged={onChanged} notify={notify} />
        </div>
        <div className="toolbar-group">
          <button type="button" className="button" disabled={!selected} onClick={() => selected && void pin(selected)} data-testid="assignment-pin">
            {selected?.isPinned ? t('ui.assignment.unpin') : t('ui.assignment.pin')}
          </button>
          <button type="button" className="button" disabled={!selected} onClick={() => setIsAssigning(true)} data-testid="assignment-assign">
            {t('ui.assignment.assign')}
          </button>
          <SpkPrintActions selected={selected} onChanged={onChanged} notify={notify} />
        </div>
        <span className="muted">{selected ? t('ui.assignment.selected', { unit: `${selected.unitCode} — ${selected.unitName}` }) : t('ui.assignment.selectHint')}</span>
      </div>
      <SelectedReason row={selected} />
      <div className="toolbar" role="toolbar" aria-label={t('ui.assignment.statusFilter')}>
        <StatusFilterChips
          statuses={ASSIGNMENT_STATUSES}
          value={statuses}
          onChange={setStatuses}
          label={t('ui.assignment.statusFilter')}
          word={(status) => statusLabel(t, 'assignment', status)}
          classPrefix="assignment"
          counts={counts}
        />
        <SpkBulkIssue rows={ticked} onChanged={onChanged} notify={notify} />
        <div className="toolbar-spacer" />
        <SearchBox value={search} onChange={setSearch} placeholder={t('ui.assignment.searchPlaceholder')} testId="assignments-search" />
      </div>
      {saved.state !== undefined ? (
        <DataGrid<AssignmentRow>
          testId="assignments-grid"
          scrollsSideways
          rows={rows}
          columns={columns}
          rowId={(row) => String(row.id)}
          quickFilter={search}
          rowFilter={rowFilter}
          savedColumns={saved.state}
          onColumnsChanged={saved.save}
          onReady={() => undefined}
          onSelect={setSelected}
          onSelectMany={(many) => setTickedIds(many.map((row) => row.id))}
          onOpen={setSelected}
          onDisplayedCount={setDisplayed}
          emptyText={t('ui.assignment.empty')}
        />
      ) : (
        <div className="grid-frame" />
      )}
      <div className="status-bar">
        <span data-testid="assignments-count">{rows ? t('ui.assignment.count', { count: displayed, shown: formatNumber(displayed, locale), total: formatNumber(rows.length, locale) }) : t('ui.common.loading')}</span>
        <span className="status-hint">{t('ui.assignment.pinHint')}</span>
      </div>
      {isAssigning && selected ? (
        <AssignDialog
          line={selected}
          planDate={planDate}
          onClose={() => setIsAssigning(false)}
          onSaved={(row) => {
            setIsAssigning(false);
            notify({ message: t('ui.assign.saved', { orderNo: row.orderNo, unit: row.unitCode, qty: formatNumber(row.qty, locale) }) });
            void onChanged();
          }}
        />
      ) : null}
    </div>
  );
}
