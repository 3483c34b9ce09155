import { useTranslation } from 'react-i18next';
import type { ShipmentPapers } from '../../../../shared/api/papers';
import { COUNTRIES } from '../../../../shared/countries';
import { formatDateLong } from '../../../../shared/dates';
import { buyerPoText } from '../../../../shared/domain/paper-text';
import { CONTAINER_LABELS } from '../../../../shared/domain/shipments';
import { useApp } from '../../platform/appContext';
import { PaperFacts, type PaperFact } from './PaperFacts';

/**
 * The facts the commercial invoice and the packing list share, two pairs to a row (three on a
 * landscape page). Rendered
 * inside the document's own language (DocumentLanguage), so its words and dates are English.
 */
export function ShipmentPaperHead({ papers, numberLabel, perRow = 2, withPayment = true }: { papers: ShipmentPapers; numberLabel: string; perRow?: 2 | 3; withPayment?: boolean }) {
  const { shipment } = papers;
  const { t } = useTranslation();
  const { locale } = useApp();
  const date = (iso: string | null) => (iso ? formatDateLong(iso, locale) : t('shipments.doc.none'));
  const type = shipment.containerType;
  const container = !type ? t('shipments.doc.none') : type === 'LCL' || shipment.containerCount === 1 ? CONTAINER_LABELS[type] : `${shipment.containerCount} × ${CONTAINER_LABELS[type]}`;
  const pairs: PaperFact[] = [
    ['no', numberLabel, shipment.shipmentNo],
    ['date', t('shipments.doc.date'), date(shipment.invoiceDate)],
    ['po', t('shipments.doc.buyerPo'), buyerPoText(papers.orders, t)],
    ...(withPayment ? [['payment', t('shipments.doc.paymentTerms'), papers.paymentTerms ?? t('shipments.doc.none')] satisfies PaperFact] : []),
    ['terms', t('shipments.doc.terms'), `${shipment.incoterm} ${shipment.incotermPlace}`.trim()],
    ['currency', t('shipments.doc.currency'), shipment.currency],
    ['loading', t('shipments.doc.portOfLoading'), shipment.portOfLoading],
    ['discharge', t('shipments.doc.portOfDischarge'), shipment.portOfDischarge ?? t('shipments.doc.none')],
    ['etd', t('shipments.doc.etd'), date(shipment.etd)],
    ['eta', t('shipments.doc.eta'), date(shipment.eta)],
    ['destination', t('shipments.doc.destination'), COUNTRIES[shipment.country]?.en ?? shipment.country],
    ['origin', t('shipments.doc.origin'), papers.countryOfOrigin],
    ['coo', t('shipments.doc.coo'), t(`shipments.coo.${shipment.coo}`)],
    ['container', t('shipments.doc.container'), container],
    ['peb', t('shipments.doc.peb'), [shipment.pebNo, shipment.pebDate ? date(shipment.pebDate) : null].filter(Boolean).join(', ') || t('shipments.doc.none')],
    ['bl', t('shipments.doc.bl'), shipment.blNo ?? t('shipments.doc.none')],
  ];
  return <PaperFacts facts={pairs} perRow={perRow} />;
}
