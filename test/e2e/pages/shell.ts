import type { Locator } from 'playwright-core';
import type { Root } from './kit';

// The app's frame shared by every screen: toolbar, navigation, notices, status chips, period picker and the rest of the shell.

/** The frame around the screens: page title, language switch, side panel, header, backup notice, welcome page, grid menus. */
export function shell(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    backupNotice: part('backup-notice'),
    backupNoticeLast: part('backup-notice-last'),
    backupNoticeReason: part('backup-notice-reason'),
    columnsButton: part('columns-button'),
    columnTogglePhone: part('column-toggle-phone'),
    gridCopyHeaders: part('grid-copy-headers'),
    gridCopyMenu: part('grid-copy-menu'),
    headerCentreName: part('header-centre-name'),
    languageEn: part('language-en'),
    languageId: part('language-id'),
    pageDashboard: part('page-dashboard'),
    pageMembers: part('page-members'),
    pagePlan: part('page-plan'),
    pageTitle: part('page-title'),
    sideBackup: part('side-backup'),
    welcome: part('welcome'),
    welcomeDemo: part('welcome-demo'),
    welcomeEmpty: part('welcome-empty'),
  };
}

/** The bulk status change on picked rows and its summary (done, refused, numbers given). */
export function bulkStatus(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    statusApply: part('bulk-status-apply'),
    statusTo: part('bulk-status-to'),
    summary: part('bulk-summary'),
    summaryCounts: part('bulk-summary-counts'),
    summaryOk: part('bulk-summary-ok'),
    summaryPrint: part('bulk-summary-print'),
    summaryRefused: part('bulk-summary-refused'),
  };
}

/** The navigation links to the main screens. */
export function nav(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    dashboard: part('nav-dashboard'),
    members: part('nav-members'),
    orders: part('nav-orders'),
    products: part('nav-products'),
    summary: part('nav-summary'),
    units: part('nav-units'),
  };
}

/** The notice bar: the message after an action and its undo. */
export function notice(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    message: part('notice-message'),
    undo: part('notice-undo'),
    /** Waits until the notice bar says `text` (the result of the last action). */
    says: (text: string | RegExp) => part('notice-message').filter({ hasText: text }).waitFor(),
  };
}

/** The period picker of the reports (from, to, last month). */
export function period(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    from: part('period-from'),
    lastMonth: part('period-last-month'),
    to: part('period-to'),
    toMonth: part('period-to-month'),
  };
}

/** The status chips above a list: they filter the rows by status. */
export function statusChips(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    confirmed: part('status-chip-confirmed'),
    done: part('status-chip-done'),
    draft: part('status-chip-draft'),
    planned: part('status-chip-planned'),
    received: part('status-chip-received'),
    shipped: part('status-chip-shipped'),
  };
}

/** The toolbar above a list: add, edit, remove, search, import, export, print. */
export function toolbar(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    add: part('toolbar-add'),
    edit: part('toolbar-edit'),
    export: part('toolbar-export'),
    exportOrders: part('toolbar-export-orders'),
    import: part('toolbar-import'),
    importOrders: part('toolbar-import-orders'),
    importProducts: part('toolbar-import-products'),
    importRates: part('toolbar-import-rates'),
    packing: part('toolbar-packing'),
    print: part('toolbar-print'),
    rates: part('toolbar-rates'),
    record: part('toolbar-record'),
    remove: part('toolbar-remove'),
    search: part('toolbar-search'),
    unitCard: part('toolbar-unit-card'),
    workbook: part('toolbar-workbook'),
  };
}
