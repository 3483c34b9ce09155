import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, deliverFile } from '../api/client';
import { useApp } from '../app/appContext';
import { errorMessage } from '../common/format';
import { navigate } from '../common/hashRoute';
import { useCallData } from '../common/useCallData';
import { PeriodBar, type MonthPeriod } from './PeriodBar';
import { monthText } from './reportFormat';
import { ShipmentsCountryTable } from './ShipmentsCountryTable';
import { ShipmentsHeadline } from './ShipmentsHeadline';
import { ShipmentsMonthTable } from './ShipmentsMonthTable';
import './shipments-report.css';

/**
 * Laporan Pengapalan on screen: the shipments that left in the chosen months, by destination and
 * by month; the list of shipments one by one is in the workbook and on paper.
 */
export function ShipmentsReport({ today }: { today: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const [period, setPeriod] = useState<MonthPeriod>({ from: `${today.slice(0, 4)}-01`, to: today.slice(0, 7) });
  const report = useCallData('reports:shipments', period);
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  // Country and month names come from the backend in the caller's language.
  const shownLocale = useRef(locale);
  const { reload } = report;
  useEffect(() => {
    if (shownLocale.current === locale) return;
    shownLocale.current = locale;
    void reload();
  }, [locale, reload]);

  async function download() {
    setIsBusy(true);
    try {
      const file = await call('files:report', { name: 'shipments', ...period });
      await deliverFile(file.fileName, file.dataBase64);
      setNotice({ tone: 'info', text: t('exports.reports.fileReady', { file: file.fileName }) });
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(error) });
    } finally {
      setIsBusy(false);
    }
  }

  const data = report.data;
  const s = (key: string, params?: Record<string, unknown>) => t(`reportShipments.screen.${key}`, params);
  return (
    <section className="report-body" data-testid="report-shipments">
      <PeriodBar
        period={period}
        today={today}
        onChange={(next) => {
          setNotice(null);
          setPeriod(next);
        }}
        onDownload={() => void download()}
        onPrint={() => navigate({ page: 'print', list: 'shipments-report', ...period })}
        isBusy={isBusy}
      />
      {notice ? <div className={notice.tone === 'error' ? 'form-error' : 'report-notice'} role="status" data-testid="report-notice">{notice.text}</div> : null}
      {report.error ? <div className="form-error" role="alert" data-testid="report-error">{report.error}</div> : null}
      {data && !report.error ? (
        <>
          <ShipmentsHeadline report={data} />
          <p className="report-empty" data-testid="shipments-pending">{s('pending', data.pending)}</p>
          {data.totals.shipments === 0 ? (
            <p className="report-empty" data-testid="report-empty">{s('none')}</p>
          ) : (
            <>
              {data.missingMonths.length > 0 ? (
                <div className="report-warning" data-testid="report-missing">{s('missing', { months: data.missingMonths.map((month) => monthText(month, t)).join(', ') })}</div>
              ) : null}
              <div className="report-sections">
                <section className="panel report-section">
                  <h2 className="panel-title">{s('byCountry')}</h2>
                  <ShipmentsCountryTable report={data} className="plain-table compact" testId="shipments-by-country" />
                </section>
                <section className="panel report-section">
                  <h2 className="panel-title">{s('byMonth')}</h2>
                  <ShipmentsMonthTable report={data} className="plain-table compact" testId="shipments-by-month" />
                </section>
              </div>
            </>
          )}
        </>
      ) : null}
    </section>
  );
}
