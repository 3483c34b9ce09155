import { useTranslation } from 'react-i18next';
import type { ProformaPaper } from '../../../../shared/api/papers';
import { formatDateLong } from '../../../../shared/dates';
import { amountInWords } from '../../../../shared/domain/amount-words';
import { gapsText } from '../../../../shared/domain/paper-gaps';
import type { Translate } from '../../../../shared/i18n';
import { formatAmount, formatNumber } from '../../platform/common/format';
import { useCallData } from '../../platform/common/useCallData';
import { ExporterLetterhead } from './ExporterLetterhead';
import { PaperFacts, type PaperFact } from './PaperFacts';
import { PaperGaps } from './PaperGaps';
import { PaperParties } from './PaperParties';
import { PaperSumRow } from './PaperSumRow';
import { PrintDocument } from '../../platform/print/PrintDocument';
import './shipmentPapers.css';

/** The language of export papers: buyers abroad and their banks read English. */
const PAPERS = 'en';

/** The facts in the workbook's order, two to a row. */
function proformaFacts(paper: ProformaPaper, t: Translate): PaperFact[] {
  const none = t('shipments.doc.none');
  const date = (iso: string | null) => (iso ? formatDateLong(iso, PAPERS) : none);
  const po = paper.buyerPo && paper.buyerPoDate ? t('shipments.doc.poOf', { po: paper.buyerPo, date: date(paper.buyerPoDate) }) : (paper.buyerPo ?? none);
  return [
    ['no', t('proforma.doc.proformaNo'), paper.proformaNo],
    ['date', t('shipments.doc.date'), date(paper.date)],
    ['po', t('shipments.doc.buyerPo'), po],
    ['order', t('proforma.doc.orderNo'), paper.orderNo],
    ['payment', t('shipments.doc.paymentTerms'), paper.paymentTerms ?? none],
    ['terms', t('shipments.doc.terms'), `${paper.incoterm} ${paper.incotermPlace}`.trim()],
    ['loading', t('shipments.doc.portOfLoading'), paper.portOfLoading],
    ['discharge', t('shipments.doc.portOfDischarge'), paper.portOfDischarge ?? none],
    ['destination', t('shipments.doc.destination'), paper.destination],
    ['shipby', t('proforma.doc.shipBy'), date(paper.shipBy)],
    ['currency', t('shipments.doc.currency'), paper.currency],
    ['origin', t('shipments.doc.origin'), paper.countryOfOrigin],
  ];
}

/**
 * PROFORMA INVOICE of one order, which the buyer pays its deposit against, on A4 portrait in
 * English on the exporter's English letterhead, set like the commercial invoice. While a detail
 * is missing, a banner on screen names each one and printing is blocked: the paper never goes out
 * with a blank or in Indonesian.
 */
export function ProformaPrint({ orderId }: { orderId: number }) {
  const { t, i18n } = useTranslation();
  const loaded = useCallData('papers:proforma', { id: orderId });
  const paper = loaded.data;
  if (!paper) return <div className="boot-message">{loaded.error ?? t('ui.common.loading')}</div>;
  const doc = i18n.getFixedT(PAPERS);
  const money = (minor: number) => formatAmount(minor, paper.currency, PAPERS);
  return (
    <PrintDocument
      list="proforma"
      back="orders"
      language={PAPERS}
      fileName={`${paper.proformaNo}.pdf`}
      title={doc('proforma.doc.title')}
      today={paper.date}
      orientation="portrait"
      exportPaper
      showDate={false}
      letterhead={<ExporterLetterhead exporter={paper.exporter} />}
      banner={<PaperGaps gaps={paper.gaps} testId="proforma-gaps" />}
      blockedReason={paper.gaps.length > 0 ? t('proforma.screen.blocked', { list: gapsText(t, paper.gaps) }) : undefined}
      signers={[{ title: doc('shipments.doc.signFor', { name: paper.exporter.name }), name: paper.exporter.signatory }]}
      totals={
        <div className="print-totals paper-notes" data-testid="print-totals">
          <div className="paper-aside">
            <div className="paper-say" data-testid="proforma-words">{doc('proforma.doc.say', { words: amountInWords(paper.total, paper.currency) })}</div>
            <div data-testid="proforma-validity">{doc('proforma.doc.validity', { date: formatDateLong(paper.shipBy, PAPERS), no: paper.proformaNo })}</div>
          </div>
          <div className="paper-declaration">{doc('proforma.doc.declaration')}</div>
        </div>
      }
    >
      <PaperParties head={paper} withBank prefix="proforma" />
      <PaperFacts facts={proformaFacts(paper, doc)} prefix="proforma" />
      <table className="print-table paper-table" data-testid="print-table">
        <thead>
          <tr>
            <th className="num">{doc('shipments.doc.no')}</th>
            <th>SKU</th>
            <th>{doc('shipments.doc.description')}</th>
            <th>{doc('shipments.doc.hsCode')}</th>
            <th className="num">{doc('shipments.doc.qty')}</th>
            <th className="num">{doc('shipments.doc.unitPrice')}</th>
            <th className="num">{`${doc('shipments.doc.amount')} (${paper.currency})`}</th>
          </tr>
        </thead>
        <tbody>
          {paper.lines.map((line, index) => (
            <tr key={line.lineNo} data-testid="proforma-line">
              <td className="num">{index + 1}</td>
              <td className="nowrap mono" data-testid="proforma-sku">{line.sku}</td>
              <td data-testid="proforma-goods">
                <div>{line.description}</div>
                {line.composition ? <div className="paper-goods-composition">{`${doc('shipments.doc.composition')}: ${line.composition}`}</div> : null}
              </td>
              <td className="nowrap" data-testid="proforma-hs">{line.hsCode}</td>
              <td className="num nowrap" data-testid="proforma-qty">{`${formatNumber(line.qty, PAPERS)} ${line.uom}`}</td>
              <td className="num nowrap" data-testid="proforma-price">{money(line.unitPrice)}</td>
              <td className="num nowrap" data-testid="proforma-amount">{money(line.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="print-sum">
            <td colSpan={6} className="num">{`${doc('shipments.doc.total')} ${paper.incoterm} ${paper.incotermPlace}`.trim()}</td>
            <td className="num nowrap" data-testid="proforma-total">{money(paper.total)}</td>
          </tr>
          {paper.deposit ? (
            <>
              <PaperSumRow label={doc('proforma.doc.deposit', { percent: paper.deposit.percent })} value={money(paper.deposit.amount)} testId="proforma-deposit" />
              <PaperSumRow label={doc('proforma.doc.balance')} value={money(paper.total - paper.deposit.amount)} testId="proforma-balance" />
            </>
          ) : null}
        </tfoot>
      </table>
    </PrintDocument>
  );
}
