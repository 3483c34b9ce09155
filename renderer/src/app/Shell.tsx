import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../platform/common/hashRoute';
import { CentrePage } from '../registry/centre/CentrePage';
import { SummaryPage } from '../registry/summary/SummaryPage';
import { BackupNotice } from './BackupNotice';
import { SideNav } from './SideNav';
import { TopBar } from './TopBar';
import { useBackupState } from './useBackupState';

// The table screens bring ag-grid (most of the code): loaded when first opened, not at start.
const MembersPage = lazy(() => import('../registry/members/MembersPage').then((module) => ({ default: module.MembersPage })));
const UnitsPage = lazy(() => import('../registry/units/UnitsPage').then((module) => ({ default: module.UnitsPage })));
const ProductsPage = lazy(() => import('../catalogue/products/ProductsPage').then((module) => ({ default: module.ProductsPage })));
const MaterialsPage = lazy(() => import('../stock/MaterialsPage').then((module) => ({ default: module.MaterialsPage })));
const BuyersPage = lazy(() => import('../orders/buyers/BuyersPage').then((module) => ({ default: module.BuyersPage })));
const OrdersPage = lazy(() => import('../orders/orders/OrdersPage').then((module) => ({ default: module.OrdersPage })));
const CalendarPage = lazy(() => import('../planning/calendar/CalendarPage').then((module) => ({ default: module.CalendarPage })));
const PurchasesPage = lazy(() => import('../purchasing/PurchasesPage').then((module) => ({ default: module.PurchasesPage })));
const WorkshopsPage = lazy(() => import('../production/workshops/WorkshopsPage').then((module) => ({ default: module.WorkshopsPage })));
const ShipmentsPage = lazy(() => import('../shipments/shipments/ShipmentsPage').then((module) => ({ default: module.ShipmentsPage })));
const ExportsPage = lazy(() => import('../shipments/export-history/ExportsPage').then((module) => ({ default: module.ExportsPage })));
const RoadmapPage = lazy(() => import('../roadmap/RoadmapPage').then((module) => ({ default: module.RoadmapPage })));
const ReportsPage = lazy(() => import('../reports/ReportsPage').then((module) => ({ default: module.ReportsPage })));
const PlanPage = lazy(() => import('../planning/plan/PlanPage').then((module) => ({ default: module.PlanPage })));
const UnitCardPage = lazy(() => import('../production/unit-card/UnitCardPage').then((module) => ({ default: module.UnitCardPage })));
const DashboardPage = lazy(() => import('../dashboard/DashboardPage').then((module) => ({ default: module.DashboardPage })));

/** The frame around every working screen: navigation on the left, the centre on top. */
export function Shell({ route }: { route: Route }) {
  const { t } = useTranslation();
  const backup = useBackupState(route.page);
  return (
    <div className="shell">
      <SideNav route={route} backup={backup} />
      <div className="shell-main">
        <TopBar />
        <BackupNotice backup={backup} />
        <main className="page" data-testid={`page-${route.page}`}>
          <Suspense fallback={<div className="boot-message">{t('ui.common.loading')}</div>}>
            {route.page === 'dashboard' ? <DashboardPage /> : null}
            {route.page === 'members' ? <MembersPage /> : null}
            {route.page === 'units' ? <UnitsPage /> : null}
            {route.page === 'unitCard' ? <UnitCardPage unitCode={route.unitCode} from={route.from} to={route.to} /> : null}
            {route.page === 'centre' ? <CentrePage /> : null}
            {route.page === 'summary' ? <SummaryPage /> : null}
            {route.page === 'products' ? <ProductsPage /> : null}
            {route.page === 'materials' ? <MaterialsPage /> : null}
            {route.page === 'buyers' ? <BuyersPage /> : null}
            {route.page === 'orders' ? <OrdersPage /> : null}
            {route.page === 'plan' ? <PlanPage /> : null}
            {route.page === 'purchases' ? <PurchasesPage /> : null}
            {route.page === 'workshops' ? <WorkshopsPage /> : null}
            {route.page === 'calendar' ? <CalendarPage /> : null}
            {route.page === 'shipments' ? <ShipmentsPage /> : null}
            {route.page === 'exports' ? <ExportsPage /> : null}
            {route.page === 'roadmap' ? <RoadmapPage /> : null}
            {route.page === 'reports' ? <ReportsPage /> : null}
          </Suspense>
        </main>
      </div>
    </div>
  );
}
