import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/unit';
import { call } from '../../platform/api/client';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatNumber } from '../../platform/common/format';
import { navigate } from '../../platform/common/hashRoute';
import { SearchBox } from '../../platform/common/SearchBox';
import type { Notice } from '../../platform/common/UndoBar';
import { useCallData } from '../../platform/common/useCallData';
import { AdvanceDialog } from './AdvanceDialog';
import { CorrectionDialog } from './CorrectionDialog';
import { statementColumns, type StatementRow } from '../workshops/columns';
import { ExportButton } from '../workshops/ExportButton';
import { statementRow, sumBy } from '../workshops/figures';
import { PeriodBar } from '../workshops/PeriodBar';
import { ShownGrid } from '../workshops/ShownGrid';
import { SlipIssueDialog } from './SlipIssueDialog';
import { StatementDetail } from './StatementDetail';
import type { PeriodInput } from '../workshops/usePeriodInput';

interface PayTabProps {
  periodInput: PeriodInput;
  today: string;
  units: Unit[] | null;
  notify(notice: Notice): void;
}

/** Ongkos Jahit: each workshop's piece-rate pay for the period, its advances and overuse, and the slip to sign. */
export function PayTab({ periodInput, today, units, notify }: PayTabProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { period } = periodInput;
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState<StatementRow[]>([]);
  const [selectedCode, setSelectedCode] = useState<string | null>(null);
  const [isAdvancing, setIsAdvancing] = useState(false);
  const statements = useCallData('pieceRates:statement', period);
  const columns = useMemo(() => statementColumns(t, locale), [t, locale]);
  const rows = useMemo(() => statements.data?.map(statementRow) ?? null, [statements.data]);
  const selected = rows?.find((row) => row.unitCode === selectedCode) ?? null;
  const rp = (value: number) => formatAmount(value, 'IDR', locale);
  const [issuing, setIssuing] = useState<'one' | 'all' | null>(null);
  const [isCorrecting, setIsCorrecting] = useState(false);
  const unprinted = rows?.filter((row) => row.slipNo === null) ?? [];
  const openPrint = (unitCode: string) => navigate({ page: 'print', list: 'statement', unitCode, ...period });
  // A slip is numbered when first printed, after asking: from then on it never changes.
  const print = (unitCode: string) => {
    const statement = rows?.find((row) => row.unitCode === unitCode);
    if (statement && statement.slipNo === null) setIssuing('one');
    else openPrint(unitCode);
  };
  const printAll = () => (unprinted.length > 0 ? setIssuing('all') : navigate({ page: 'print', list: 'slips', ...period }));
  return (
    <div className="tab-body" data-testid="pay">
      <PeriodBar input={periodInput} today={today} />
      <div className="toolbar" role="toolbar" aria-label={t('workshops.view.pay')}>
        <div className="toolbar-group">
          <button type="button" className="button" disabled={!units} onClick={() => setIsAdvancing(true)} data-testid="pay-advance">
            {t('workshops.pay.recordAdvance')}
          </button>
          <button type="button" className="button" disabled={!selected} onClick={() => selected && print(selected.unitCode)} data-testid="pay-print">
            {t('workshops.pay.printSlip')}
          </button>
          <button type="button" className="button" disabled={!units} onClick={() => setIsCorrecting(true)} data-testid="pay-correct">
            {t('workshops.correction.record')}
          </button>
          <button type="button" className="button" disabled={!rows || rows.length === 0} onClick={printAll} data-testid="pay-print-all">
            {t('workshops.slip.printAll')}
          </button>
        </div>
        <SearchBox value={search} onChange={setSearch} placeholder={t('workshops.pay.searchPlaceholder')} testId="pay-search" />
        <div className="toolbar-spacer" />
        <ExportButton make={() => call('files:pieceRates', period)} notify={notify} testId="pay-export" />
      </div>
      {statements.error ? <div className="form-error">{statements.error}</div> : null}
      <ShownGrid<StatementRow>
        prefKey="grid.pieceRates"
        testId="pay-grid"
        rows={rows}
        columns={columns}
        rowId={(row) => row.unitCode}
        quickFilter={search}
        onShown={setShown}
        onSelect={(row) => setSelectedCode(row?.unitCode ?? null)}
        selectRowId={selectedCode}
        emptyText={t('workshops.pay.empty')}
      />
      <div className="status-bar">
        <span data-testid="pay-count">{t('workshops.pay.count', { count: shown.length, shown: formatNumber(shown.length, locale) })}</span>
        <span data-testid="pay-totals">
          {t('workshops.pay.totals', {
            gross: rp(sumBy(shown, (row) => row.gross)), advances: rp(sumBy(shown, (row) => row.advances)),
            overuse: rp(sumBy(shown, (row) => row.materialOveruse)), net: rp(sumBy(shown, (row) => row.net)),
          })}
        </span>
      </div>
      {selected ? (
        <StatementDetail statement={selected} onAdvance={() => setIsAdvancing(true)} onPrint={() => print(selected.unitCode)} />
      ) : (
        <section className="detail-panel empty">
          <p className="muted">{t('workshops.pay.selectHint')}</p>
        </section>
      )}
      {issuing && (issuing === 'all' || selected) ? (
        <SlipIssueDialog
          period={period}
          statements={issuing === 'all' ? unprinted : selected ? [selected] : []}
          isAll={issuing === 'all'}
          onClose={() => setIssuing(null)}
          onIssued={(slips) => {
            const wasAll = issuing === 'all';
            setIssuing(null);
            notify({ message: t('workshops.slip.issued', { count: slips.length, shown: formatNumber(slips.length, locale), first: slips[0]?.slipNo ?? '', last: slips.at(-1)?.slipNo ?? '' }) });
            if (wasAll) navigate({ page: 'print', list: 'slips', ...period });
            else if (slips[0]) openPrint(slips[0].unitCode);
          }}
        />
      ) : null}
      {isCorrecting && units ? (
        <CorrectionDialog
          units={units}
          unitCode={selected?.unitCode ?? ''}
          today={today}
          onClose={() => setIsCorrecting(false)}
          onSaved={(correction) => {
            setIsCorrecting(false);
            setSelectedCode(correction.unitCode);
            notify({ message: t('workshops.correction.saved', { amount: rp(correction.amount), unit: correction.unitCode }) });
            void statements.reload();
          }}
        />
      ) : null}
      {isAdvancing && units ? (
        <AdvanceDialog
          units={units}
          unitCode={selected?.unitCode ?? ''}
          today={today}
          onClose={() => setIsAdvancing(false)}
          onSaved={(advance) => {
            setIsAdvancing(false);
            setSelectedCode(advance.unitCode);
            notify({ message: t('workshops.advance.saved', { amount: rp(advance.amount), unit: advance.unitCode }) });
            void statements.reload();
          }}
        />
      ) : null}
    </div>
  );
}
