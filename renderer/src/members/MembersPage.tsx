import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridApi } from 'ag-grid-community';
import { MEMBER_STATUSES, type Member, type MemberStatus } from '../../../shared/domain/member';
import { useApp } from '../app/appContext';
import { ChoiceFilter } from '../common/ChoiceFilter';
import { exportWorkbook, downloadTemplate } from '../common/fileActions';
import { errorMessage, formatNumber } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { RegistryToolbar } from '../common/RegistryToolbar';
import { UndoBar, type Notice } from '../common/UndoBar';
import { useCallData } from '../common/useCallData';
import { ColumnChooser } from '../grid/ColumnChooser';
import { DataGrid } from '../grid/DataGrid';
import { selectRow } from '../grid/selectRow';
import { useColumnState } from '../grid/useColumnState';
import { ImportWizard } from '../imports/ImportWizard';
import { openPrintView } from '../print/openPrintView';
import { memberColumns } from './columns';
import { MemberForm } from './MemberForm';
import { MemberHasUnitsDialog } from './MemberHasUnitsDialog';
import { useMemberRemoval } from './useMemberRemoval';

type Editing = { mode: 'new' } | { mode: 'edit'; id: number } | null;

/** Anggota: the cooperative's members in one table, with the form, removal with undo, Excel in and out. */
export function MembersPage() {
  const { t } = useTranslation();
  const { locale } = useApp();
  const members = useCallData('members:list', {});
  const savedColumns = useColumnState('grid.members');
  const columns = useMemo(() => memberColumns(t, locale), [t, locale]);
  const [api, setApi] = useState<GridApi<Member> | null>(null);
  const [selected, setSelected] = useState<Member | null>(null);
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<MemberStatus | ''>('');
  const rowFilter = useMemo(() => (status ? (member: Member) => member.status === status : null), [status]);
  const [displayed, setDisplayed] = useState(0);
  const [editing, setEditing] = useState<Editing>(null);
  const [isImporting, setIsImporting] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const removal = useMemberRemoval(members.reload, setNotice);

  const rows = members.data;
  const total = rows?.length ?? 0;
  const active = rows?.filter((member) => member.status === 'aktif').length ?? 0;

  async function runFileAction(action: () => Promise<string>) {
    try {
      const fileName = await action();
      setNotice({ message: t('ui.common.fileReady', { file: fileName }) });
    } catch (error) {
      setNotice({ tone: 'error', message: errorMessage(error) });
    }
  }

  function printList() {
    openPrintView('members', api);
  }

  return (
    <div className="list-page">
      <PageHeader title={t('ui.members.title')} subtitle={t('ui.members.subtitle')} />
      <RegistryToolbar
        area="members"
        hasSelection={selected !== null}
        search={search}
        onSearch={setSearch}
        onAdd={() => setEditing({ mode: 'new' })}
        onEdit={() => selected && setEditing({ mode: 'edit', id: selected.id })}
        onRemove={() => selected && void removal.remove(selected)}
        onImport={() => setIsImporting(true)}
        onExport={() => void runFileAction(() => exportWorkbook('members'))}
        onTemplate={() => void runFileAction(() => downloadTemplate('members'))}
        onPrint={printList}
        columns={<ColumnChooser api={api} />}
        filters={
          <ChoiceFilter
            label={t('member.status')}
            value={status}
            options={[{ value: '', label: t('ui.filter.all') }, ...MEMBER_STATUSES.map((option) => ({ value: option, label: t(`status.${option}`) }))]}
            onChange={(value) => setStatus(MEMBER_STATUSES.find((option) => option === value) ?? '')}
            testId="filter-status"
          />
        }
      />
      {members.error ? (
        <div className="form-error" role="alert">
          {members.error}
        </div>
      ) : null}
      {savedColumns.state !== undefined ? (
        <DataGrid<Member>
          testId="members-grid"
          rows={rows}
          columns={columns}
          rowId={(member) => String(member.id)}
          quickFilter={search}
          rowFilter={rowFilter}
          savedColumns={savedColumns.state}
          onColumnsChanged={savedColumns.save}
          onReady={setApi}
          onSelect={setSelected}
          onOpen={(member) => setEditing({ mode: 'edit', id: member.id })}
          onDisplayedCount={setDisplayed}
        />
      ) : (
        <div className="grid-frame" />
      )}
      <div className="status-bar">
        <span data-testid="members-count">
          {rows ? t('ui.members.count', { count: total, total: formatNumber(total, locale), active: formatNumber(active, locale) }) : t('ui.common.loading')}
        </span>
        {rows && displayed !== total ? (
          <span className="status-filtered" data-testid="members-shown">
            {t('ui.common.shown', { count: displayed, shown: formatNumber(displayed, locale) })}
          </span>
        ) : null}
        <span className="status-hint">{t('ui.common.doubleClickHint')}</span>
      </div>
      {notice ? <UndoBar notice={notice} onClose={() => setNotice(null)} /> : null}
      {editing ? (
        <MemberForm
          memberId={editing.mode === 'edit' ? editing.id : null}
          onClose={() => setEditing(null)}
          onSaved={(member, isNew) => {
            setEditing(null);
            setNotice({ message: t(isNew ? 'ui.members.added' : 'ui.members.saved', { name: member.name }) });
            void members.reload().then(() => selectRow(api, member.id));
          }}
        />
      ) : null}
      {removal.blocked ? (
        <MemberHasUnitsDialog
          blocked={removal.blocked}
          onCancel={removal.cancel}
          onDetach={() => removal.blocked && void removal.remove(removal.blocked.member, true)}
        />
      ) : null}
      {isImporting ? (
        <ImportWizard
          kind="members"
          onClose={() => setIsImporting(false)}
          onImported={() => void members.reload()}
        />
      ) : null}
    </div>
  );
}
