import { useTranslation } from 'react-i18next';
import { useCallData } from '../common/useCallData';
import { ExportPerformancePrint } from './ExportPerformancePrint';
import { GovernmentPrint } from './GovernmentPrint';
import { InvoicePrint } from './InvoicePrint';
import { LabelsPrint } from './LabelsPrint';
import { MembersPrint } from './MembersPrint';
import { MaterialsReportPrint } from './MaterialsReportPrint';
import { PackingListPrint } from './PackingListPrint';
import { PlanPrint } from './PlanPrint';
import { ProformaPrint } from './ProformaPrint';
import { ProductionReportPrint } from './ProductionReportPrint';
import { PurchaseOrderPrint } from './PurchaseOrderPrint';
import { PurchaseOrdersPrint } from './PurchaseOrdersPrint';
import { RegistryReportPrint } from './RegistryReportPrint';
import { RoadmapPrint } from './RoadmapPrint';
import { ShipmentsReportPrint } from './ShipmentsReportPrint';
import { SlipsPrint } from './SlipsPrint';
import { StatementPrint } from './StatementPrint';
import type { Route } from '../common/hashRoute';
import { SpkPrint } from './SpkPrint';
import { UnitsPrint } from './UnitsPrint';
import { UnitCardPrint } from '../unit-card/UnitCardPrint';
import './print.css';

type PrintRoute = Extract<Route, { page: 'print' }>;

/** #/print/members, #/print/units, #/print/plan, #/print/spk/<unit>, #/print/spk-order/<order>, #/print/spk-week/<monday>, #/print/spk-ids/<id,id,…>, #/print/po-ids/<id,id,…>, #/print/po/<id>, #/print/proforma/<order> and #/print/statement/<unit>/<from>/<to>: an A4 document, not the app's frame. */
export function PrintView({ route }: { route: PrintRoute }) {
  const { t } = useTranslation();
  // The centre's calendar day, as the backend keeps it (it may be fixed for a report or a test).
  const summary = useCallData('registry:summary', {});
  if (summary.error) return <div className="boot-message boot-error">{summary.error}</div>;
  if (!summary.data) return <div className="boot-message">{t('ui.common.loading')}</div>;
  if (route.list === 'po') return <PurchaseOrderPrint purchaseId={route.purchaseId} today={summary.data.asOf} />;
  if (route.list === 'invoice') return <InvoicePrint shipmentId={route.shipmentId} today={summary.data.asOf} />;
  if (route.list === 'proforma') return <ProformaPrint orderId={route.orderId} />;
  if (route.list === 'packing') return <PackingListPrint shipmentId={route.shipmentId} today={summary.data.asOf} />;
  if (route.list === 'labels') return <LabelsPrint shipmentId={route.shipmentId} />;
  if (route.list === 'slips') return <SlipsPrint from={route.from} to={route.to} today={summary.data.asOf} />;
  if (route.list === 'unit-card') return <UnitCardPrint unitCode={route.unitCode} from={route.from} to={route.to} today={summary.data.asOf} />;
  if (route.list === 'statement') return <StatementPrint unitCode={route.unitCode} from={route.from} to={route.to} today={summary.data.asOf} />;
  if (route.list === 'export-performance') return <ExportPerformancePrint from={route.from} to={route.to} today={summary.data.asOf} />;
  if (route.list === 'plan') return <PlanPrint today={summary.data.asOf} />;
  if (route.list === 'roadmap') return <RoadmapPrint today={summary.data.asOf} />;
  if (route.list === 'shipments-report') return <ShipmentsReportPrint from={route.from} to={route.to} today={summary.data.asOf} />;
  if (route.list === 'registry') return <RegistryReportPrint from={route.from} to={route.to} today={summary.data.asOf} />;
  if (route.list === 'government') return <GovernmentPrint from={route.from} to={route.to} today={summary.data.asOf} />;
  if (route.list === 'production') return <ProductionReportPrint from={route.from} to={route.to} today={summary.data.asOf} />;
  if (route.list === 'materials') return <MaterialsReportPrint from={route.from} to={route.to} today={summary.data.asOf} />;
  if (route.list === 'spk') return <SpkPrint selection={{ unitCode: route.unitCode }} today={summary.data.asOf} />;
  if (route.list === 'spk-order') return <SpkPrint selection={{ orderNo: route.orderNo }} today={summary.data.asOf} />;
  if (route.list === 'po-ids') return <PurchaseOrdersPrint ids={route.ids} today={summary.data.asOf} />;
  if (route.list === 'spk-ids') return <SpkPrint selection={{ ids: route.ids }} today={summary.data.asOf} />;
  if (route.list === 'spk-week') return <SpkPrint selection={{ weekStart: route.weekStart }} today={summary.data.asOf} />;
  return route.list === 'members' ? <MembersPrint today={summary.data.asOf} /> : <UnitsPrint today={summary.data.asOf} />;
}
