import { useTranslation } from 'react-i18next';
import { labelSheets } from '../../../../shared/domain/carton-labels';
import { gapText } from '../../../../shared/domain/paper-gaps';
import { useCallData } from '../../platform/common/useCallData';
import { navigate } from '../../platform/common/hashRoute';
import { CartonLabelCard } from './CartonLabelCard';
import { DocumentLanguage } from '../../platform/print/DocumentLanguage';
import { PrintToolbar } from '../../platform/print/PrintToolbar';
import { ShippingMarksPage } from './ShippingMarksPage';
import '../../platform/print/print.css';
import './labels.css';

/** The language of export papers: the buyer's warehouse and customs abroad read English. */
const PAPERS = 'en';

/**
 * SHIPPING MARKS and CARTON LABELS of one shipment: the marks page, then one label per carton
 * on A4 label sheets of 2 × 4 = 8 labels of 99.1 × 67.7 mm, a sheet a page. While a detail the
 * labels print is missing (the buyer's PO, an English description, …) nothing is printed: the
 * missing details are listed instead, in the screen's language.
 */
export function LabelsPrint({ shipmentId }: { shipmentId: number }) {
  const { t, i18n } = useTranslation();
  const loaded = useCallData('papers:shipment', { id: shipmentId });
  const papers = loaded.data;
  if (!papers) return <div className="boot-message">{loaded.error ?? t('ui.common.loading')}</div>;
  if (papers.gaps.length > 0) {
    return (
      <div className="print-screen print-portrait">
        <div className="print-toolbar" data-testid="print-toolbar">
          <button type="button" className="button" onClick={() => navigate({ page: 'shipments' })} data-testid="print-back">
            ← {t('ui.print.back')}
          </button>
        </div>
        <div className="labels-blocked" role="alert" data-testid="labels-gaps">
          <strong>{t('labels.screen.blocked')}</strong>
          <ul>
            {papers.gaps.map((gap) => (
              <li key={`${gap.subject}-${gap.ref}-${gap.field}`} data-testid="labels-gap">{gapText(t, gap)}</li>
            ))}
          </ul>
        </div>
      </div>
    );
  }
  const doc = i18n.getFixedT(PAPERS);
  const sheets = labelSheets(papers.cartons);
  return (
    <div className="print-screen print-portrait">
      <PrintToolbar back="shipments" fileName={`${papers.shipment.shipmentNo}-labels.pdf`} pages={t('labels.screen.paper')} />
      <DocumentLanguage locale={PAPERS}>
        <ShippingMarksPage papers={papers} doc={doc} />
        {sheets.map((labels, index) => (
          <section key={labels[0]?.no ?? index} className="label-sheet" data-testid="label-sheet">
            {labels.map((label) => <CartonLabelCard key={label.no} label={label} papers={papers} doc={doc} />)}
          </section>
        ))}
      </DocumentLanguage>
    </div>
  );
}
