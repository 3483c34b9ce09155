import { useTranslation } from 'react-i18next';
import { useCallData } from '../platform/common/useCallData';
import { ExportPerformancePrint } from '../reports/export-performance/ExportPerformancePrint';
import { GovernmentPrint } from '../reports/government/GovernmentPrint';
import { InvoicePrint } from '../shipments/papers/InvoicePrint';
import { LabelsPrint } from '../shipments/papers/LabelsPrint';
import { MembersPrint } from '../registry/members/MembersPrint';
import { MaterialsReportPrint } from '../reports/materials/MaterialsReportPrint';
import { PackingListPrint } from '../shipments/papers/PackingListPrint';
import { PlanPrint } from '../planning/plan/PlanPrint';
import { ProformaPrint } from '../shipments/papers/ProformaPrint';
import { ProductionReportPrint } from '../reports/production/ProductionReportPrint';
import { PurchaseOrderPrint } from '../purchasing/PurchaseOrderPrint';
import { PurchaseOrdersPrint } from '../purchasing/PurchaseOrdersPrint';
import { RegistryReportPrint } from '../reports/registry/RegistryReportPrint';
import { RoadmapPrint } from '../roadmap/RoadmapPrint';
import { ShipmentsReportPrint } from '../reports/shipments/ShipmentsReportPrint';
import { SlipsPrint } from '../production/pay/SlipsPrint';
import { StatementPrint } from '../production/pay/StatementPrint';
import type { Route } from '../platform/common/hashRoute';
import { SpkPrint } from '../production/spk/SpkPrint';
import { UnitsPrint } from '../registry/units/UnitsPrint';
import { UnitCardPrint } from '../production/unit-card/UnitCardPrint';
import '../platform/print/print.css';

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
