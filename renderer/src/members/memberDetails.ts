/** The units a member still owns, as the MEMBER_HAS_UNITS error carries them. */
export interface OwnedUnit {
  id: number;
  unitCode: string;
  name: string;
}

function isOwnedUnit(value: unknown): value is OwnedUnit {
  return (
    typeof value === 'object' && value !== null && 'id' in value && 'unitCode' in value && 'name' in value &&
    typeof value.unitCode === 'string' && typeof value.name === 'string'
  );
}

export function ownedUnitsOf(details: unknown): OwnedUnit[] {
  if (typeof details !== 'object' || details === null || !('units' in details) || !Array.isArray(details.units)) return [];
  return details.units.filter(isOwnedUnit);
}
