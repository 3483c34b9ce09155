import {
  CellApiModule,
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  DateFilterModule,
  ExternalFilterModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  NumberFilterModule,
  QuickFilterModule,
  RowApiModule,
  RowSelectionModule,
  RenderApiModule,
  RowStyleModule,
  ScrollApiModule,
  TextFilterModule,
  TooltipModule,
  ValidationModule,
  type Module,
} from 'ag-grid-community';

/**
 * Only the grid features the screens use: AllCommunityModule alone weighs 2.6 MB. The validation
 * module names any missing module in the console, so it is registered outside production builds
 * (`vite build --mode development` or the dev server).
 */
export function registerGridModules(): void {
  const modules: Module[] = [
    ClientSideRowModelModule,
    ClientSideRowModelApiModule,
    // Orders: a million lines arrive page by page.
    InfiniteRowModelModule,
    ScrollApiModule,
    TextFilterModule,
    NumberFilterModule,
    DateFilterModule,
    ExternalFilterModule,
    QuickFilterModule,
    ColumnApiModule,
    RowSelectionModule,
    RowApiModule,
    RowStyleModule,
    CellStyleModule,
    LocaleModule,
    // Copying cells as they are shown, and shading the copy range (grid/useGridCopy.tsx).
    CellApiModule,
    RenderApiModule,
    // Squeezing columns that overflow the grid, so the last one stays in view (grid/fitColumns.ts).
    ColumnAutoSizeModule,
    // A squeezed header ("Tenag…") names itself on hover, as the browser's own tooltip.
    TooltipModule,
  ];
  if (import.meta.env.MODE !== 'production') modules.push(ValidationModule);
  ModuleRegistry.registerModules(modules);
}
