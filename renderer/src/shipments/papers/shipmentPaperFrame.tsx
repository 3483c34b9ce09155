import type { TFunction } from 'i18next';
import type { ShipmentPapers } from '../../../../shared/api/papers';
import { gapsText } from '../../../../shared/domain/paper-gaps';
import type { PrintDocumentProps } from '../../platform/print/PrintDocument';
import { ExporterLetterhead } from './ExporterLetterhead';
import { PaperGaps } from './PaperGaps';

/** The language of export papers: buyers abroad, their banks and customs read English. */
export const PAPERS = 'en';

/**
 * What the invoice and the packing list of one shipment share around their table: English, dated
 * by the invoice, the exporter's letterhead and signature, a draft or cancelled shipment said so,
 * and printing blocked (with the missing details named) until the papers are complete.
 */
export function shipmentPaperFrame(papers: ShipmentPapers, paper: 'invoice' | 'packing-list', today: string, t: TFunction, doc: TFunction): Pick<PrintDocumentProps, 'language' | 'today' | 'note' | 'letterhead' | 'showDate' | 'exportPaper' | 'banner' | 'blockedReason' | 'signers'> {
  const { shipment, exporter } = papers;
  return {
    language: PAPERS,
    today: shipment.invoiceDate || today,
    note: shipment.status === 'draft' ? doc('shipments.doc.draft') : shipment.status === 'cancelled' ? doc('shipments.doc.cancelled') : undefined,
    letterhead: <ExporterLetterhead exporter={exporter} />,
    showDate: false,
    exportPaper: true,
    banner: <PaperGaps gaps={papers.gaps} />,
    blockedReason: papers.gaps.length > 0 ? t('papers.errors.gaps', { paper: t(`papers.paper.${paper}`), list: gapsText(t, papers.gaps) }) : undefined,
    signers: [{ title: doc('shipments.doc.signFor', { name: exporter.name }), name: exporter.signatory }],
  };
}
