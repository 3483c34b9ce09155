import { useTranslation } from 'react-i18next';
import { useCallData } from '../../platform/common/useCallData';
import { PrintDocument } from '../../platform/print/PrintDocument';
import { SlipBody, slipSigners, SlipTotals } from './SlipParts';

interface StatementPrintProps {
  unitCode: string;
  from: string;
  to: string;
  today: string;
}

/**
 * SLIP ONGKOS KERJA for one workshop and period: the accepted work at its rates, less advances
 * and material overuse, the net to pay, signed by the cooperative's payer and the workshop's owner.
 * A printed slip reads exactly as printed; a statement not yet printed says it is a draft.
 */
export function StatementPrint({ unitCode, from, to, today }: StatementPrintProps) {
  const { t } = useTranslation();
  const statements = useCallData('pieceRates:statement', { unitCode, from, to });
  const statement = statements.data?.[0];
  if (!statement) return <div className="boot-message">{statements.error ?? t('ui.common.loading')}</div>;
  return (
    <PrintDocument
      list="statement"
      fileName={`${statement.slipNo ?? t('workshops.print.fileName')}-${statement.unitCode}-${from}-${to}.pdf`}
      title={t('workshops.print.title')}
      today={today}
      orientation="portrait"
      signers={slipSigners(statement, t)}
      totals={<SlipTotals statement={statement} />}
    >
      <SlipBody statement={statement} />
    </PrintDocument>
  );
}
