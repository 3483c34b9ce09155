import { sql as registry } from './001-registry';
import { sql as supply } from './002-supply';
import { sql as planning } from './003-planning';
import { sql as production } from './004-production';
import { sql as exportHistory } from './005-exports';
import { sql as shipments } from './006-shipments';
import { sql as roadmap } from './007-roadmap';
import { sql as planRevision } from './008-plan-revision';
import { sql as labourTime } from './009-labour-time';
import { sql as spkPay } from './010-spk-pay';
import { sql as orderReady } from './011-order-ready';
import { sql as memberNik } from './012-member-nik';
import { sql as fob } from './013-fob';
import { sql as exportMonthSource } from './014-export-month-source';
import { sql as kpiMonthsCovered } from './015-kpi-months-covered';
import { sql as buyerPapers } from './016-buyer-papers';
import { sql as exportIdentity } from './017-export-identity';
import { sql as shipmentQcReason } from './018-shipment-qc-reason';
import { sql as memberNikLookup } from './019-member-nik-lookup';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Forward only and append only: a released migration is never edited (the recorded checksum
 * would refuse to open the database); a change of schema is a new entry at the end.
 */
export const migrations: Migration[] = [
  { version: 1, name: 'registry', sql: registry },
  { version: 2, name: 'supply', sql: supply },
  { version: 3, name: 'planning', sql: planning },
  { version: 4, name: 'production', sql: production },
  { version: 5, name: 'exports', sql: exportHistory },
  { version: 6, name: 'shipments', sql: shipments },
  { version: 7, name: 'roadmap', sql: roadmap },
  { version: 8, name: 'plan-revision', sql: planRevision },
  { version: 9, name: 'labour-time', sql: labourTime },
  { version: 10, name: 'spk-pay', sql: spkPay },
  { version: 11, name: 'order-ready', sql: orderReady },
  { version: 12, name: 'member-nik', sql: memberNik },
  { version: 13, name: 'fob', sql: fob },
  { version: 14, name: 'export-month-source', sql: exportMonthSource },
  { version: 15, name: 'kpi-months-covered', sql: kpiMonthsCovered },
  { version: 16, name: 'buyer-papers', sql: buyerPapers },
  { version: 17, name: 'export-identity', sql: exportIdentity },
  { version: 18, name: 'shipment-qc-reason', sql: shipmentQcReason },
  { version: 19, name: 'member-nik-lookup', sql: memberNikLookup },
];
