import { useTranslation } from 'react-i18next';
import type { PaperHead } from '../../../../shared/api/papers';
import { bankLines, exporterLines, notifyLines, partyLines } from '../../../../shared/domain/paper-text';

function Box({ label, lines, testId }: { label: string; lines: string[]; testId: string }) {
  return (
    <td data-testid={testId}>
      <div className="paper-label">{label}</div>
      {lines.map((line, i) => (
        <div key={`${i}-${line}`} className={i === 0 ? 'paper-party-name' : undefined}>{line}</div>
      ))}
    </td>
  );
}

/**
 * Shipper and consignee side by side, then the notify party beside the account the buyer pays
 * into; without the bank (the packing list), the three parties in one row.
 */
export function PaperParties({ head, withBank, prefix = 'paper' }: { head: PaperHead; withBank: boolean; prefix?: string }) {
  const { t } = useTranslation();
  if (!withBank) {
    return (
      <table className="paper-parties paper-parties-3" data-testid={`${prefix}-parties`}>
        <tbody>
          <tr>
            <Box label={t('shipments.doc.shipper')} lines={exporterLines(head.exporter, t)} testId={`${prefix}-shipper`} />
            <Box label={t('shipments.doc.consignee')} lines={partyLines(head.consignee, t)} testId={`${prefix}-consignee`} />
            <Box label={t('shipments.doc.notify')} lines={notifyLines(head.notifyParty, t)} testId={`${prefix}-notify`} />
          </tr>
        </tbody>
      </table>
    );
  }
  return (
    <table className="paper-parties" data-testid={`${prefix}-parties`}>
      <tbody>
        <tr>
          <Box label={t('shipments.doc.shipper')} lines={exporterLines(head.exporter, t)} testId={`${prefix}-shipper`} />
          <Box label={t('shipments.doc.consignee')} lines={partyLines(head.consignee, t)} testId={`${prefix}-consignee`} />
        </tr>
        <tr>
          <Box label={t('shipments.doc.notify')} lines={notifyLines(head.notifyParty, t)} testId={`${prefix}-notify`} />
          {withBank ? <Box label={t('shipments.doc.bankDetails')} lines={bankLines(head.exporter.bank, t)} testId={`${prefix}-bank`} /> : <td />}
        </tr>
      </tbody>
    </table>
  );
}
