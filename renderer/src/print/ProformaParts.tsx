import { useTranslation } from 'react-i18next';
import type { ProformaPaper } from '../../../shared/api/papers';
import { formatDateLong } from '../../../shared/dates';
import { bankLines, exporterLines, notifyLines, partyLines } from '../../../shared/domain/paper-text';
import type { Translate } from '../../../shared/i18n';

/**
 * The parts of the printed proforma that are not the goods: the exporter's English letterhead,
 * the parties' boxes and the facts. Rendered inside DocumentLanguage('en'): `t` is English here.
 */

/** The exporter as the buyer's bank knows it: legal name, English address, NIB and NPWP, contact. */
export function PaperLetterhead({ paper }: { paper: ProformaPaper }) {
  const { t } = useTranslation();
  const [name, ...lines] = exporterLines(paper.exporter, t);
  // The address, the registrations (NIB, NPWP), then contact and phone on one line: the page keeps room for the goods.
  const address = paper.exporter.addressLines;
  const [ids, ...reach] = lines.slice(address.length);
  const rest = [ids ?? '', reach.join(' · ')];
  return (
    <header className="paper-letterhead" data-testid="paper-letterhead">
      <div className="paper-letterhead-name">{name}</div>
      {[...address, ...rest].filter(Boolean).map((line) => <div key={line} className="paper-letterhead-line">{line}</div>)}
    </header>
  );
}

function Box({ label, lines, testId }: { label: string; lines: string[]; testId: string }) {
  return (
    <td data-testid={testId}>
      <div className="paper-label">{label}</div>
      {lines.map((line, i) => <div key={`${i}-${line}`}>{line}</div>)}
    </td>
  );
}

/** Shipper | consignee, then notify party | the account the buyer pays into. */
export function PartyBoxes({ paper }: { paper: ProformaPaper }) {
  const { t } = useTranslation();
  return (
    <table className="paper-head proforma-parties" data-testid="proforma-parties">
      <tbody>
        <tr>
          <Box label={t('shipments.doc.shipper')} lines={exporterLines(paper.exporter, t)} testId="proforma-shipper" />
          <Box label={t('shipments.doc.consignee')} lines={partyLines(paper.consignee, t)} testId="proforma-consignee" />
        </tr>
        <tr>
          <Box label={t('shipments.doc.notify')} lines={notifyLines(paper.notifyParty, t)} testId="proforma-notify" />
          <Box label={t('shipments.doc.bankDetails')} lines={bankLines(paper.exporter.bank, t)} testId="proforma-bank" />
        </tr>
      </tbody>
    </table>
  );
}

/** The facts as [test id, label, value], in the workbook's order. */
export function proformaFacts(paper: ProformaPaper, t: Translate): [string, string, string][] {
  const none = t('shipments.doc.none');
  const date = (iso: string | null) => (iso ? formatDateLong(iso, 'en') : none);
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

/** The facts two to a row, as on the commercial invoice. */
export function ProformaFacts({ paper }: { paper: ProformaPaper }) {
  const { t } = useTranslation();
  const facts = proformaFacts(paper, t);
  const rows: [string, string, string][][] = [];
  for (let i = 0; i < facts.length; i += 2) rows.push(facts.slice(i, i + 2));
  return (
    <table className="paper-head paper-head-2" data-testid="proforma-facts">
      <tbody>
        {rows.map((row) => (
          <tr key={row[0][0]}>
            {row.map(([key, label, value]) => (
              <td key={key} data-testid={`proforma-${key}`}>
                <div className="proforma-fact">
                  <span className="paper-label">{label}</span>
                  <span className="paper-value">{value}</span>
                </div>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
