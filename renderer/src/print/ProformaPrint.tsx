import { useTranslation } from 'react-i18next';
import type { ProformaPaper } from '../../../shared/api/papers';
import { formatDateLong } from '../../../shared/dates';
import { amountInWords } from '../../../shared/domain/amount-words';
import { gapText, gapsText } from '../../../shared/domain/paper-gaps';
import { useApp } from '../app/appContext';
import { formatAmount, formatNumber } from '../common/format';
import { useCallData } from '../common/useCallData';
import { DocumentLanguage } from './DocumentLanguage';
import { PaperLetterhead, PartyBoxes, ProformaFacts } from './ProformaParts';
import { PrintToolbar } from './PrintToolbar';
import '../shipments/shipmentPapers.css';
import './proforma.css';

/** The language of export papers: buyers abroad and their banks read English. */
const PAPERS = 'en';

/**
 * PROFORMA INVOICE of one order, which the buyer pays its deposit against, on A4 portrait in
 * English on the exporter's English letterhead. While a detail is missing, a banner on screen
 * names each one and printing is blocked: the paper never goes out with a blank or in Indonesian.
 */
export function ProformaPrint({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const loaded = useCallData('papers:proforma', { id: orderId });
  const paper = loaded.data;
  if (!paper) return <div className="boot-message">{loaded.error ?? t('ui.common.loading')}</div>;
  const blocked = paper.gaps.length > 0 ? t('proforma.screen.blocked', { list: gapsText(t, paper.gaps) }) : undefined;
  return (
    <div className="print-screen print-portrait">
      <PrintToolbar back="orders" fileName={`${paper.proformaNo}.pdf`} pages={t('ui.print.paper.portrait')} blockedReason={blocked} />
      {paper.gaps.length > 0 ? (
        <div className="proforma-gaps print-screen-only" role="alert" data-testid="proforma-gaps">
          <strong>{t('papers.missingTitle')}</strong>
          <ul>{paper.gaps.map((gap) => <li key={`${gap.subject}-${gap.ref}-${gap.field}`}>{gapText(t, gap)}</li>)}</ul>
        </div>
      ) : null}
      <DocumentLanguage locale={PAPERS}>
        <ProformaSheet paper={paper} />
      </DocumentLanguage>
    </div>
  );
}

function ProformaSheet({ paper }: { paper: ProformaPaper }) {
  const { t } = useTranslation();
  const { centre } = useApp();
  const money = (minor: number) => formatAmount(minor, paper.currency, PAPERS);
  const words = amountInWords(paper.total, paper.currency);
  return (
    <article className={`print-doc page-portrait-en${paper.gaps.length > 0 ? ' proforma-blocked' : ''}`} data-testid="print-proforma">
      <PaperLetterhead paper={paper} />
      <h1 className="print-title" data-testid="print-title">{t('proforma.doc.title')}</h1>
      <PartyBoxes paper={paper} />
      <ProformaFacts paper={paper} />
      <table className="print-table paper-table" data-testid="print-table">
        <thead>
          <tr>
            <th className="num">{t('shipments.doc.no')}</th>
            <th>SKU</th>
            <th>{t('shipments.doc.description')}</th>
            <th>{t('shipments.doc.hsCode')}</th>
            <th className="num">{t('shipments.doc.qty')}</th>
            <th className="num">{t('shipments.doc.unitPrice')}</th>
            <th className="num">{`${t('shipments.doc.amount')} (${paper.currency})`}</th>
          </tr>
        </thead>
        <tbody>
          {paper.lines.map((line, index) => (
            <tr key={line.lineNo} data-testid="proforma-line">
              <td className="num">{index + 1}</td>
              <td className="nowrap mono" data-testid="proforma-sku">{line.sku}</td>
              <td data-testid="proforma-goods"><div>{line.description}</div>
                {line.composition ? <div>{`${t('shipments.doc.composition')}: ${line.composition}`}</div> : null}</td>
              <td className="nowrap" data-testid="proforma-hs">{line.hsCode}</td>
              <td className="num nowrap" data-testid="proforma-qty">{`${formatNumber(line.qty, PAPERS)} ${line.uom}`}</td>
              <td className="num nowrap" data-testid="proforma-price">{money(line.unitPrice)}</td>
              <td className="num nowrap" data-testid="proforma-amount">{money(line.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="print-sum">
            <td colSpan={6} className="num">{`${t('shipments.doc.total')} ${paper.incoterm} ${paper.incotermPlace}`.trim()}</td>
            <td className="num nowrap" data-testid="proforma-total">{money(paper.total)}</td>
          </tr>
          {paper.deposit ? (
            <>
              <tr className="paper-sum">
                <td colSpan={6} className="num">{t('proforma.doc.deposit', { percent: paper.deposit.percent })}</td>
                <td className="num nowrap" data-testid="proforma-deposit">{money(paper.deposit.amount)}</td>
              </tr>
              <tr>
                <td colSpan={6} className="num">{t('proforma.doc.balance')}</td>
                <td className="num nowrap" data-testid="proforma-balance">{money(paper.total - paper.deposit.amount)}</td>
              </tr>
            </>
          ) : null}
        </tfoot>
      </table>
      <div className="print-closing">
        {words ? <div className="proforma-words" data-testid="proforma-words">{t('proforma.doc.say', { words })}</div> : null}
        <div className="proforma-terms" data-testid="proforma-validity">
          <div>{t('proforma.doc.validity', { date: formatDateLong(paper.shipBy, PAPERS), no: paper.proformaNo })}</div>
          <div className="paper-declaration">{t('proforma.doc.declaration')}</div>
        </div>
        <section className="proforma-signature" data-testid="signature-block">
          <div>{[centre.signCity, formatDateLong(paper.date, PAPERS)].filter(Boolean).join(', ')}</div>
          <div className="signature-title">{t('shipments.doc.signFor', { name: paper.exporter.name })}</div>
          <div className="signature-space" />
          <div className="signature-name" data-testid="proforma-signatory">{paper.exporter.signatory ?? '.............................................'}</div>
        </section>
      </div>
    </article>
  );
}
