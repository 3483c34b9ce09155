import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_NAMES, type ReportName } from '../../../shared/api/exports';
import { PageHeader } from '../platform/common/PageHeader';
import { useCentreToday } from '../platform/common/useCentreToday';
import { RoadmapReport } from './roadmap/RoadmapReport';
import { ExportPerformanceReport } from './export-performance/ExportPerformanceReport';
import { GovernmentReport } from './government/GovernmentReport';
import { MaterialsReport } from './materials/MaterialsReport';
import { ProductionReport } from './production/ProductionReport';
import { RegistryReport } from './registry/RegistryReport';
import { ShipmentsReport } from './shipments/ShipmentsReport';
import './reports.css';

/**
 * Laporan: the report suite, one entry per report the backend can write (shared REPORT_NAMES),
 * and the chosen report's own screen. Reports not built yet are not listed.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const today = useCentreToday();
  const [chosen, setChosen] = useState<ReportName>('export-performance');
  return (
    <div className="reports-page">
      <PageHeader title={t('exports.reports.title')} subtitle={t('exports.reports.subtitle')} />
      <div className="reports-layout">
        <nav className="report-list" aria-label={t('exports.reports.listTitle')}>
          {REPORT_NAMES.map((name) => (
            <button
              key={name}
              type="button"
              className={`report-list-item${name === chosen ? ' active' : ''}`}
              aria-current={name === chosen ? 'page' : undefined}
              data-testid={`report-list-${name}`}
              onClick={() => setChosen(name)}
            >
              <span className="report-list-title">{t(`exports.reports.list.${name}.title`)}</span>
              <span className="report-list-description">{t(`exports.reports.list.${name}.description`)}</span>
            </button>
          ))}
        </nav>
        <div className="report-main">
          {today && chosen === 'export-performance' ? <ExportPerformanceReport today={today} /> : null}
          {chosen === 'roadmap' ? <RoadmapReport /> : null}
          {today && chosen === 'registry' ? <RegistryReport today={today} /> : null}
          {today && chosen === 'government' ? <GovernmentReport today={today} /> : null}
          {today && chosen === 'shipments' ? <ShipmentsReport today={today} /> : null}
          {today && chosen === 'production' ? <ProductionReport today={today} /> : null}
          {today && chosen === 'materials' ? <MaterialsReport today={today} /> : null}
        </div>
      </div>
    </div>
  );
}
