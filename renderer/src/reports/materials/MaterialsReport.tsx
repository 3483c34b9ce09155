import { useState } from 'react';
import { defaultReportMonths } from '../../../../shared/api/exports';
import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../../shared/dates';
import { useCallData } from '../../platform/common/useCallData';
import { MaterialsFigures } from './MaterialsFigures';
import { MaterialsStockTable } from './MaterialsStockTable';
import { MaterialsSuggestionTable } from './MaterialsSuggestionTable';
import type { MonthPeriod } from '../PeriodBar';
import { ReportShell } from '../ReportShell';
import '../production-reports.css';

/**
 * Laporan Bahan Baku on screen: the headline values, the materials to reorder and the last
 * plan's suggestions; every material, the open POs and the flows are in the workbook and on paper.
 */
export function MaterialsReport({ today }: { today: string }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<MonthPeriod>(() => defaultReportMonths(today));
  const report = useCallData('reports:materials', period);
  const data = report.data;
  const low = data ? data.materials.filter((line) => line.isBelowReorder || line.isBelowSafety) : [];
  return (
    <ReportShell name="materials" printList="materials" today={today} period={period} onPeriod={setPeriod}>
      {report.error ? <div className="form-error" role="alert" data-testid="report-error">{report.error}</div> : null}
      {data && !report.error ? (
        <>
          <MaterialsFigures report={data} />
          {!data.hasStock ? <div className="report-warning" data-testid="materials-no-stock">{t('reportMaterials.noStock')}</div> : null}
          {data.unvalued.length > 0 ? <div className="report-warning">{t('reportMaterials.unvalued', { codes: data.unvalued.join(', ') })}</div> : null}
          <section className="panel report-section">
            <h2 className="panel-title">{t('reportMaterials.screen.lowStock')}</h2>
            {low.length > 0 ? (
              <MaterialsStockTable lines={low} className="plain-table" testId="materials-low" />
            ) : (
              <p className="report-empty">{t('reportMaterials.screen.noLow')}</p>
            )}
          </section>
          <section className="panel report-section">
            <h2 className="panel-title">{t('reportMaterials.sheet.suggestions')}</h2>
            {data.plan ? <p className="report-empty">{t('reportMaterials.planLine', { date: formatDateId(data.plan.today) })}</p> : null}
            {data.plan && data.plan.lines.length > 0 ? (
              <MaterialsSuggestionTable lines={data.plan.lines} className="plain-table" testId="materials-suggestion-table" />
            ) : (
              <p className="report-empty" data-testid="materials-no-suggestions">{data.plan ? t('reportMaterials.noSuggestions') : t('reportMaterials.noPlan')}</p>
            )}
          </section>
        </>
      ) : null}
    </ReportShell>
  );
}
