import { createContext, useContext } from 'react';
import type { SystemInfo } from '../../../shared/api/system';
import type { Centre } from '../../../shared/domain/centre';
import type { Locale } from '../../../shared/i18n';

/** What every screen may need: the centre (for the header and letterheads) and the language. */
export interface AppState {
  info: SystemInfo;
  centre: Centre;
  locale: Locale;
  setLocale(locale: Locale): void;
  /** After the centre profile is saved or the demo loaded. */
  refresh(): Promise<void>;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside <AppContext>');
  return state;
}
