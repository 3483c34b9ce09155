import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateLong } from '../../../../shared/dates';
import type { Locale } from '../../../../shared/i18n';
import { useApp } from '../appContext';
import type { NavPage } from '../common/hashRoute';
import { DocumentLanguage } from './DocumentLanguage';
import { Letterhead } from './Letterhead';
import type { PrintList } from './openPrintView';
import { PrintToolbar } from './PrintToolbar';
import { SignatureBlock, type Signer } from './SignatureBlock';

export interface PrintDocumentProps {
  /** The document kind: its file name (`ui.print.fileName.<list>`) and test id. */
  list: PrintList | 'unit-card' | 'spk' | 'po' | 'statement' | 'export-performance' | 'invoice' | 'packing' | 'proforma' | 'roadmap' | 'registry' | 'government' | 'shipments-report' | 'production' | 'materials' | 'plan';
  /** The page's own language when not the screen's (export papers print in English); the toolbar keeps the screen's. */
  language?: Locale;
  /** The PDF's name when not `<list>-<date>` (a purchase order goes by its number). */
  fileName?: string;
  /** The screen "Kembali" returns to (default: the list's own). */
  back?: NavPage;
  /** Who signs, when not the chair and the secretary (an SPK: the cooperative and the workshop). */
  signers?: Signer[];
  title: string;
  today: string;
  orientation: 'portrait' | 'landscape';
  /** A line under the date, e.g. that a filter was applied. */
  note?: string;
  /** The list itself. */
  children: ReactNode;
  /** The totals under the list; kept on one page with the signatures. */
  totals: ReactNode;
  /** In place of the cooperative's letterhead (export papers: the exporter's, in English). */
  letterhead?: ReactNode;
  /** Why the page may not be printed yet (export papers with details missing): the print button is disabled. */
  blockedReason?: string;
  /** Above the page on screen only (what is missing). */
  banner?: ReactNode;
  /** False where the paper's own facts carry its date (export papers): no "per tanggal" line. */
  showDate?: boolean;
  /** An export paper: set tighter (shipmentPapers.css) so that a few lines, marks and signature fit on one A4. */
  exportPaper?: boolean;
}

/**
 * The frame every printed list shares: letterhead, title, "per tanggal", the table, the
 * signature block. Page size and the "Halaman X dari Y" footer come from print.css (@page).
 */
export function PrintDocument({ list, language, fileName: givenFileName, back, signers, title, today, orientation, note, children, totals, letterhead, blockedReason, banner, showDate = true, exportPaper = false }: PrintDocumentProps) {
  const { t, i18n } = useTranslation();
  const { centre, locale: screenLocale } = useApp();
  const locale = language ?? screenLocale;
  const docT = language ? i18n.getFixedT(language) : t;
  const fileName = givenFileName ?? `${t(`ui.print.fileName.${list}`)}-${today}.pdf`;
  return (
    <div className={`print-screen print-${orientation}`}>
      <PrintToolbar back={back ?? (list === 'unit-card' ? 'units' : list === 'spk' ? 'plan' : list === 'po' ? 'purchases' : list === 'statement' ? 'workshops' : list === 'export-performance' || list === 'production' || list === 'shipments-report' || list === 'registry' || list === 'government' ? 'reports' : list === 'invoice' || list === 'packing' ? 'shipments' : list === 'proforma' ? 'orders' : list)} fileName={fileName} pages={t(`ui.print.paper.${orientation}`)} blockedReason={blockedReason} />
      {banner}
      <DocumentLanguage locale={language}>
        <article className={`print-doc page-${orientation}-${locale}${exportPaper ? ' export-paper' : ''}${blockedReason ? ' print-blocked' : ''}`} data-testid={`print-${list}`}>
          {letterhead ?? <Letterhead centre={centre} />}
          <h1 className="print-title" data-testid="print-title">{title}</h1>
          {showDate ? <div className="print-date" data-testid="print-date">{docT('ui.print.asOf', { date: formatDateLong(today, locale) })}</div> : null}
          {note ? <div className="print-note">{note}</div> : null}
          {children}
          <div className="print-closing">
            {totals}
            <SignatureBlock centre={centre} date={today} locale={locale} signers={signers} />
          </div>
        </article>
      </DocumentLanguage>
    </div>
  );
}
