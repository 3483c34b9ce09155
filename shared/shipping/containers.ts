import type { ContainerType } from '../domain/shipments';

/**
 * Container capacities as the trade plans with them (DOMAIN.md §2; internal figures, check with
 * the shipping line). Cartons never fill a box to its nominal volume: the practical figure is
 * what bags in master cartons take. Payloads: ~28 t for a 20'; 26,5 t taken for a 40' and a
 * 40'HC (their usual maximum payload). Bags fill volume long before weight.
 */
export interface ContainerSpec {
  type: Exclude<ContainerType, 'LCL'>;
  /** Inside volume, m³: more than this does not go in at all. */
  nominalM3: number;
  /** Cartons that go in in practice, m³: the basis of the suggestion and of fill %. */
  practicalM3: number;
  payloadKg: number;
}

export const CONTAINERS: readonly ContainerSpec[] = [
  { type: '20', nominalM3: 33, practicalM3: 28, payloadKg: 28_000 },
  { type: '40', nominalM3: 67, practicalM3: 58, payloadKg: 26_500 },
  { type: '40HC', nominalM3: 76, practicalM3: 66, payloadKg: 26_500 },
];

/** Below this volume a shipment goes as LCL (consolidated, charged per revenue ton: 1 m³ = 1.000 kg). */
export const LCL_BELOW_M3 = 15;

export interface ContainerFill {
  type: ContainerType;
  count: number;
  /** Of the practical volume; null for LCL. */
  volumePct: number | null;
  /** Of the payload; null for LCL. */
  weightPct: number | null;
  /** Heavier than the boxes may carry: refused. */
  isOverPayload: boolean;
  /** More cartons than the boxes hold at all: refused. */
  isOverVolume: boolean;
  /** More than is practical to stuff, though it may just go in: warned. */
  isOverPractical: boolean;
  /** LCL revenue tons: the larger of m³ and tonnes; null for a full container. */
  revenueTons: number | null;
}

function pct(part: number, whole: number): number {
  return Math.round((part / whole) * 1000) / 10;
}

export function specOf(type: Exclude<ContainerType, 'LCL'>): ContainerSpec {
  return CONTAINERS.find((spec) => spec.type === type) ?? CONTAINERS[0];
}

/** How full `count` boxes of a type are with this cargo. */
export function containerFill(type: ContainerType, count: number, volumeM3: number, grossKg: number): ContainerFill {
  if (type === 'LCL') {
    const revenueTons = Math.round(Math.max(volumeM3, grossKg / 1000) * 1000) / 1000;
    return { type, count: 1, volumePct: null, weightPct: null, isOverPayload: false, isOverVolume: false, isOverPractical: false, revenueTons };
  }
  const spec = specOf(type);
  return {
    type,
    count,
    volumePct: pct(volumeM3, spec.practicalM3 * count),
    weightPct: pct(grossKg, spec.payloadKg * count),
    isOverPayload: grossKg > spec.payloadKg * count,
    isOverVolume: volumeM3 > spec.nominalM3 * count,
    isOverPractical: volumeM3 > spec.practicalM3 * count,
    revenueTons: null,
  };
}

/**
 * The suggestion: LCL below 15 m³; otherwise the fewest boxes, and of those the smallest type,
 * whose practical volume and payload both hold the cargo (27 m³ → one 20'; 30 m³ → one 40';
 * 60 m³ → one 40'HC; 70 m³ → two 40').
 */
export function suggestContainer(volumeM3: number, grossKg: number): ContainerFill {
  if (volumeM3 < LCL_BELOW_M3) return containerFill('LCL', 1, volumeM3, grossKg);
  for (let count = 1; ; count++) {
    for (const spec of CONTAINERS) {
      const fill = containerFill(spec.type, count, volumeM3, grossKg);
      if (!fill.isOverPayload && !fill.isOverPractical) return fill;
    }
  }
}
