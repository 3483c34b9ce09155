import { useTranslation } from 'react-i18next';
import { formatDateLong } from '../../../../shared/dates';
import { useApp } from '../../platform/appContext';
import { useCallData } from '../../platform/common/useCallData';
import { Letterhead } from '../../platform/print/Letterhead';
import { PrintToolbar } from '../../platform/print/PrintToolbar';
import { SignatureBlock } from '../../platform/print/SignatureBlock';
import { SlipBody, slipSigners, SlipTotals } from './SlipParts';

/** Every printed slip of a period, one A4 page each: the month's pay handed out together. */
export function SlipsPrint({ from, to, today }: { from: string; to: string; today: string }) {
  const { t } = useTranslation();
  const { locale, centre } = useApp();
  const statements = useCallData('pieceRates:statement', { from, to });
  if (!statements.data) return <div className="boot-message">{statements.error ?? t('ui.common.loading')}</div>;
  const slips = statements.data.filter((statement) => statement.slipNo !== null);
  const fileName = `${t('workshops.print.fileName')}-${from}-${to}.pdf`;
  return (
    <div className="print-screen print-portrait">
      <PrintToolbar back="workshops" fileName={fileName} pages={t('ui.print.paper.portrait')} />
      <div data-testid="print-slips">
        {slips.length === 0 ? (
          <article className={`print-doc page-portrait-${locale}`}>
            <p data-testid="slips-empty">{t('workshops.slip.nonePrintedYet')}</p>
          </article>
        ) : null}
        {slips.map((statement) => (
          <article key={statement.slipNo} className={`print-doc sheet-page page-portrait-${locale}`} data-testid="slip-page">
            <Letterhead centre={centre} />
            <h1 className="print-title">{t('workshops.print.title')}</h1>
            <div className="print-date">{t('ui.print.asOf', { date: formatDateLong(today, locale) })}</div>
            <SlipBody statement={statement} />
            <div className="print-closing">
              <SlipTotals statement={statement} />
              <SignatureBlock centre={centre} date={today} locale={locale} signers={slipSigners(statement, t)} />
            </div>
          </article>
        ))}
      </div>
    </div>
  );
}
