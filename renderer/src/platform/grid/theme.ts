import { themeQuartz } from 'ag-grid-community';

/** The grid in the app's own calm palette and density (see styles/app.css for the same colours). */
export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12.5,
  headerFontWeight: 600,
  spacing: 5,
  rowHeight: 30,
  headerHeight: 34,
  accentColor: '#1f5f8b',
  foregroundColor: '#1c2733',
  borderColor: '#d5dbe1',
  headerBackgroundColor: '#eef2f5',
  headerTextColor: '#34414e',
  oddRowBackgroundColor: '#f9fafb',
  selectedRowBackgroundColor: '#dcebf6',
  rowHoverColor: '#eef5fa',
  wrapperBorderRadius: 4,
  borderRadius: 3,
  columnBorder: false,
  cellHorizontalPadding: 10,
});

/** The nonce the server puts in the page for this request; ag-grid marks its <style> elements with it. */
export function cspNonce(): string | undefined {
  const content = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
  return content && !content.includes('%') ? content : undefined;
}
