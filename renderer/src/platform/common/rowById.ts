/** A record of the list already on screen, for the areas whose contract has no `:get` call. */
export function rowById<T extends { id: number }>(rows: T[] | null, id: number | null): T | null {
  if (id === null) return null;
  return rows?.find((row) => row.id === id) ?? null;
}
