import { useCallData } from './useCallData';

/** The centre's calendar day as the backend keeps it (WIB; fixed for a report or a test). */
export function useCentreToday(): string | null {
  return useCallData('registry:summary', {}).data?.asOf ?? null;
}
