import {
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  DateFilterModule,
  LocaleModule,
  ModuleRegistry,
  NumberFilterModule,
  QuickFilterModule,
  RowApiModule,
  RowSelectionModule,
  TextFilterModule,
  ValidationModule,
  type Module,
} from 'ag-grid-community';

/**
 * Only the grid features the screens use: AllCommunityModule alone weighs 2.6 MB. The validation
 * module names any missing module in the console, so it is registered in development only.
 */
export function registerGridModules(): void {
  const modules: Module[] = [
    ClientSideRowModelModule,
    TextFilterModule,
    NumberFilterModule,
    DateFilterModule,
    QuickFilterModule,
    ColumnApiModule,
    RowSelectionModule,
    RowApiModule,
    CellStyleModule,
    LocaleModule,
  ];
  if (import.meta.env.DEV) modules.push(ValidationModule);
  ModuleRegistry.registerModules(modules);
}
