import { useSyncExternalStore } from 'react';

/** The screens reached from the left navigation. */
export const REGISTRY_PAGES = ['dashboard', 'summary', 'members', 'units', 'centre'] as const;
export const SUPPLY_PAGES = ['products', 'materials', 'buyers', 'orders'] as const;
export const PRODUCTION_PAGES = ['plan', 'purchases', 'workshops', 'calendar'] as const;
export const EXPORT_PAGES = ['shipments', 'exports', 'roadmap', 'reports'] as const;
export type NavPage = (typeof REGISTRY_PAGES)[number] | (typeof SUPPLY_PAGES)[number] | (typeof PRODUCTION_PAGES)[number] | (typeof EXPORT_PAGES)[number];

/** The screens route by the URL's hash (`#/members`), which works from file:// and http alike. */
export type Route =
  | { page: NavPage }
  | { page: 'print'; list: 'members' | 'units' }
  /** A workshop's card, for the default six months or a period: `#/units/UU-0260/card`, `#/units/UU-0260/card/2026-06-01/2026-11-30`. */
  | { page: 'unitCard'; unitCode: string; from?: string; to?: string }
  /** A workshop's card on A4: `#/print/unit-card/UU-0260/2026-06-01/2026-11-30`. */
  | { page: 'print'; list: 'unit-card'; unitCode: string; from: string; to: string }
  /** A work order (SPK) for one workshop: `#/print/spk/UU-0260`. */
  | { page: 'print'; list: 'spk'; unitCode: string }
  /** The issued SPKs of an order, or of the week starting on a Monday, one a page: `#/print/spk-order/EXP-2026-0042`, `#/print/spk-week/2026-11-30`. */
  | { page: 'print'; list: 'spk-order'; orderNo: string }
  | { page: 'print'; list: 'spk-week'; weekStart: string }
  /** The issued SPKs among rows ticked in the SPK grid: `#/print/spk-ids/12,13,14`. */
  | { page: 'print'; list: 'spk-ids'; ids: number[] }
  /** Purchase orders ticked in the list, one after another: `#/print/po-ids/3,4`. */
  | { page: 'print'; list: 'po-ids'; ids: number[] }
  /** A purchase order to its supplier: `#/print/po/12`. */
  | { page: 'print'; list: 'po'; purchaseId: number }
  /** A shipment's commercial invoice or packing list: `#/print/invoice/7`, `#/print/packing/7`. */
  | { page: 'print'; list: 'invoice' | 'packing'; shipmentId: number }
  /** An order's proforma invoice, in English for the buyer: `#/print/proforma/42`. */
  | { page: 'print'; list: 'proforma'; orderId: number }
  /** A shipment's shipping marks and carton labels on A4 label sheets: `#/print/labels/7`. */
  | { page: 'print'; list: 'labels'; shipmentId: number }
  /** A workshop's piece-rate statement for a period: `#/print/statement/UU-0260/2026-11-01/2026-11-30`. */
  | { page: 'print'; list: 'statement'; unitCode: string; from: string; to: string }
  /** Every printed pay slip of a period, one a page: `#/print/slips/2026-11-01/2026-11-30`. */
  | { page: 'print'; list: 'slips'; from: string; to: string }
  /** The export-performance report for a period of months: `#/print/export-performance/2026-01/2026-11`. */
  | { page: 'print'; list: 'export-performance'; from: string; to: string }
  /** The revitalisation roadmap's progress report: `#/print/roadmap`. */
  | { page: 'print'; list: 'roadmap' }
  /** The last production plan: its figures, the open SPKs by workshop, the late lines, what to buy: `#/print/plan`. */
  | { page: 'print'; list: 'plan' }
  /** Members and units, or the government profile, for a period of months: `#/print/registry/2026-01/2026-11`. */
  | { page: 'print'; list: 'registry' | 'government'; from: string; to: string }
  /** The production or materials report for a period of months: `#/print/production/2026-01/2026-11`. */
  | { page: 'print'; list: 'production' | 'materials'; from: string; to: string }
  /** The shipments report for a period of months: `#/print/shipments-report/2026-01/2026-11`. */
  | { page: 'print'; list: 'shipments-report'; from: string; to: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const NAV_PAGES: readonly string[] = [...REGISTRY_PAGES, ...SUPPLY_PAGES, ...PRODUCTION_PAGES, ...EXPORT_PAGES];

function isNavPage(text: string): text is NavPage {
  return NAV_PAGES.includes(text);
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split('?')[0];
  const [first, second, third, fourth, fifth] = path.split('/');
  if (first === 'print' && (second === 'members' || second === 'units' || second === 'roadmap' || second === 'plan')) return { page: 'print', list: second };
  if (first === 'print' && second === 'spk' && third) return { page: 'print', list: 'spk', unitCode: decodeURIComponent(third) };
  if (first === 'print' && second === 'spk-order' && third) return { page: 'print', list: 'spk-order', orderNo: decodeURIComponent(third) };
  if (first === 'print' && second === 'spk-week' && ISO_DATE.test(third ?? '')) return { page: 'print', list: 'spk-week', weekStart: third };
  if (first === 'print' && second === 'spk-ids' && /^\d+(,\d+)*$/.test(third ?? '')) return { page: 'print', list: 'spk-ids', ids: (third ?? '').split(',').map(Number) };
  if (first === 'print' && second === 'po-ids' && /^\d+(,\d+)*$/.test(third ?? '')) return { page: 'print', list: 'po-ids', ids: (third ?? '').split(',').map(Number) };
  if (first === 'print' && second === 'po' && /^\d+$/.test(third ?? '')) return { page: 'print', list: 'po', purchaseId: Number(third) };
  if (first === 'print' && (second === 'invoice' || second === 'packing') && /^\d+$/.test(third ?? '')) {
    return { page: 'print', list: second, shipmentId: Number(third) };
  }
  if (first === 'print' && second === 'proforma' && /^\d+$/.test(third ?? '')) return { page: 'print', list: 'proforma', orderId: Number(third) };
  if (first === 'print' && second === 'labels' && /^\d+$/.test(third ?? '')) {
    return { page: 'print', list: 'labels', shipmentId: Number(third) };
  }
  if (first === 'print' && second === 'statement' && third && ISO_DATE.test(fourth ?? '') && ISO_DATE.test(fifth ?? '')) {
    return { page: 'print', list: 'statement', unitCode: decodeURIComponent(third), from: fourth, to: fifth };
  }
  if (first === 'print' && second === 'slips' && ISO_DATE.test(third ?? '') && ISO_DATE.test(fourth ?? '')) return { page: 'print', list: 'slips', from: third, to: fourth };
  if (first === 'print' && second === 'export-performance' && ISO_MONTH.test(third ?? '') && ISO_MONTH.test(fourth ?? '')) {
    return { page: 'print', list: 'export-performance', from: third, to: fourth };
  }
  if (first === 'print' && (second === 'registry' || second === 'government') && ISO_MONTH.test(third ?? '') && ISO_MONTH.test(fourth ?? '')) {
    return { page: 'print', list: second, from: third, to: fourth };
  }
  if (first === 'print' && second === 'shipments-report' && ISO_MONTH.test(third ?? '') && ISO_MONTH.test(fourth ?? '')) {
    return { page: 'print', list: second, from: third, to: fourth };
  }
  if (first === 'print' && (second === 'production' || second === 'materials') && ISO_MONTH.test(third ?? '') && ISO_MONTH.test(fourth ?? '')) {
    return { page: 'print', list: second, from: third, to: fourth };
  }
  if (first === 'units' && second && third === 'card') {
    const unitCode = decodeURIComponent(second);
    return ISO_DATE.test(fourth ?? '') && ISO_DATE.test(fifth ?? '') ? { page: 'unitCard', unitCode, from: fourth, to: fifth } : { page: 'unitCard', unitCode };
  }
  if (first === 'print' && second === 'unit-card' && third && ISO_DATE.test(fourth ?? '') && ISO_DATE.test(fifth ?? '')) {
    return { page: 'print', list: 'unit-card', unitCode: decodeURIComponent(third), from: fourth, to: fifth };
  }
  if (isNavPage(first)) return { page: first };
  // The app opens on the dashboard.
  return { page: 'dashboard' };
}

export function routeHash(route: Route): string {
  if (route.page === 'unitCard') return `#/units/${encodeURIComponent(route.unitCode)}/card${route.from && route.to ? `/${route.from}/${route.to}` : ''}`;
  if (route.page !== 'print') return `#/${route.page}`;
  if (route.list === 'unit-card') return `#/print/unit-card/${encodeURIComponent(route.unitCode)}/${route.from}/${route.to}`;
  if (route.list === 'spk') return `#/print/spk/${encodeURIComponent(route.unitCode)}`;
  if (route.list === 'spk-order') return `#/print/spk-order/${encodeURIComponent(route.orderNo)}`;
  if (route.list === 'spk-week') return `#/print/spk-week/${route.weekStart}`;
  if (route.list === 'spk-ids') return `#/print/spk-ids/${route.ids.join(',')}`;
  if (route.list === 'po-ids') return `#/print/po-ids/${route.ids.join(',')}`;
  if (route.list === 'po') return `#/print/po/${route.purchaseId}`;
  if (route.list === 'invoice' || route.list === 'packing') return `#/print/${route.list}/${route.shipmentId}`;
  if (route.list === 'proforma') return `#/print/proforma/${route.orderId}`;
  if (route.list === 'labels') return `#/print/labels/${route.shipmentId}`;
  if (route.list === 'statement') return `#/print/statement/${encodeURIComponent(route.unitCode)}/${route.from}/${route.to}`;
  if (route.list === 'slips') return `#/print/slips/${route.from}/${route.to}`;
  if (route.list === 'export-performance') return `#/print/export-performance/${route.from}/${route.to}`;
  if (route.list === 'registry' || route.list === 'government' || route.list === 'shipments-report') return `#/print/${route.list}/${route.from}/${route.to}`;
  if (route.list === 'production' || route.list === 'materials') return `#/print/${route.list}/${route.from}/${route.to}`;
  return `#/print/${route.list}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
