/**
 * Packing arithmetic of export shipments: master cartons, weights and volume (DOMAIN.md §2).
 * Pure functions, shared by the screens (live figures as the user types) and the main side
 * (which stores what it computes). Kilograms are kept to 2 decimals, cubic metres to 4.
 */

/** A product's master carton as the catalogue knows it. */
export interface CartonFacts {
  /** Pieces (or pairs) a full carton holds. */
  cartonQty: number;
  lengthCm: number | null;
  widthCm: number | null;
  heightCm: number | null;
  /** A full carton, goods and board. */
  grossKg: number | null;
  /** The goods of a full carton; absent: gross less the board's estimated weight. */
  netKg: number | null;
}

/** Double-wall export board with tape, per m² of the carton's outside (a 60×40×40 cm carton: about 1,15 kg). */
export const BOARD_KG_PER_M2 = 0.9;

export function roundKg(kg: number): number {
  return Math.round(kg * 100) / 100;
}

export function roundM3(m3: number): number {
  return Math.round(m3 * 10_000) / 10_000;
}

export function hasCartonSize(facts: CartonFacts): boolean {
  return (facts.lengthCm ?? 0) > 0 && (facts.widthCm ?? 0) > 0 && (facts.heightCm ?? 0) > 0;
}

/** L × W × H in cm to m³: 60 × 40 × 40 cm = 0,096 m³. */
export function cartonM3(facts: CartonFacts): number {
  return ((facts.lengthCm ?? 0) * (facts.widthCm ?? 0) * (facts.heightCm ?? 0)) / 1_000_000;
}

/** The empty carton's weight: gross less net where both are known, else from the board's area. */
export function cartonTareKg(facts: CartonFacts): number {
  if (facts.grossKg !== null && facts.netKg !== null) return Math.max(0, facts.grossKg - facts.netKg);
  const l = (facts.lengthCm ?? 0) / 100;
  const w = (facts.widthCm ?? 0) / 100;
  const h = (facts.heightCm ?? 0) / 100;
  const estimate = 2 * (l * w + l * h + w * h) * BOARD_KG_PER_M2;
  // A carton never weighs more than half of what it holds full.
  return facts.grossKg === null ? estimate : Math.min(estimate, facts.grossKg / 2);
}

/** Cartons a quantity needs when every carton but the last is full. */
export function cartonsNeeded(qty: number, cartonQty: number): number {
  return Math.ceil(qty / Math.max(1, cartonQty));
}

/** What one line packs into. */
export interface PackedLine {
  qty: number;
  cartons: number;
  netKg: number;
  grossKg: number;
  volumeM3: number;
}

/** Why a line cannot be packed; the caller words it for its reader. */
export type PackingProblem = 'noCartonSize' | 'noCartonWeight' | 'cartonsTooFew' | 'cartonsTooMany' | 'netAboveGross';

/**
 * Cartons, weights and volume of `qty` pieces. Given cartons must hold the pieces (no carton
 * fuller than the product's master carton) and none may be empty; given weights replace the
 * computed ones (goods weighed at stuffing), and net may not exceed gross.
 */
export function packLine(
  qty: number,
  facts: CartonFacts,
  given: { cartons: number | null; netKg: number | null; grossKg: number | null },
): { ok: true; line: PackedLine } | { ok: false; problem: PackingProblem; limit?: number } {
  if (!hasCartonSize(facts)) return { ok: false, problem: 'noCartonSize' };
  const least = cartonsNeeded(qty, facts.cartonQty);
  const cartons = given.cartons ?? least;
  if (cartons < least) return { ok: false, problem: 'cartonsTooFew', limit: least };
  if (cartons > qty) return { ok: false, problem: 'cartonsTooMany', limit: qty };
  const tare = cartonTareKg(facts);
  const fullNet = facts.netKg ?? (facts.grossKg === null ? null : facts.grossKg - tare);
  const computedNet = fullNet === null ? null : (fullNet / facts.cartonQty) * qty;
  const netKg = given.netKg ?? computedNet;
  if (netKg === null) return { ok: false, problem: 'noCartonWeight' };
  const grossKg = given.grossKg ?? netKg + tare * cartons;
  if (netKg > grossKg + 1e-9) return { ok: false, problem: 'netAboveGross' };
  return { ok: true, line: { qty, cartons, netKg: roundKg(netKg), grossKg: roundKg(grossKg), volumeM3: roundM3(cartonM3(facts) * cartons) } };
}

/** A run of cartons with the same contents: "1–20: 12 pcs each". */
export interface CartonRange {
  from: number;
  to: number;
  /** Cartons in the run, and pieces in each. */
  count: number;
  pieces: number;
  /** One carton of the run. */
  netKg: number;
  grossKg: number;
  /** The whole run; the runs of a line add up to the line exactly (the last run takes the rounding). */
  netKgTotal: number;
  grossKgTotal: number;
  volumeM3: number;
}

/**
 * Pieces per carton: full cartons and one odd carton at the end when the line uses the least
 * cartons; otherwise spread evenly (a few cartons one piece fuller than the rest).
 */
export function cartonContents(qty: number, cartons: number, cartonQty: number): { count: number; pieces: number }[] {
  if (cartons > 1 && cartons === cartonsNeeded(qty, cartonQty) && qty % cartonQty !== 0) {
    return [{ count: cartons - 1, pieces: cartonQty }, { count: 1, pieces: qty - (cartons - 1) * cartonQty }];
  }
  const base = Math.floor(qty / cartons);
  const fuller = qty % cartons;
  return [{ count: fuller, pieces: base + 1 }, { count: cartons - fuller, pieces: base }].filter((part) => part.count > 0);
}

/**
 * The line's cartons numbered from `firstCarton` (numbers run across the whole shipment), with
 * the weight of one carton of each run: its share of the line's net weight plus the board.
 */
export function cartonRanges(line: PackedLine, cartonQty: number, firstCarton: number): CartonRange[] {
  const netPerPiece = line.netKg / line.qty;
  const tare = (line.grossKg - line.netKg) / line.cartons;
  const m3PerCarton = line.volumeM3 / line.cartons;
  const runs = cartonContents(line.qty, line.cartons, cartonQty);
  let next = firstCarton;
  let netLeft = line.netKg;
  let grossLeft = line.grossKg;
  return runs.map(({ count, pieces }, index) => {
    const isLast = index === runs.length - 1;
    const netKgTotal = isLast ? roundKg(netLeft) : roundKg(netPerPiece * pieces * count);
    const grossKgTotal = isLast ? roundKg(grossLeft) : roundKg((netPerPiece * pieces + tare) * count);
    netLeft -= netKgTotal;
    grossLeft -= grossKgTotal;
    const range: CartonRange = {
      from: next, to: next + count - 1, count, pieces,
      netKg: roundKg(netPerPiece * pieces), grossKg: roundKg(netPerPiece * pieces + tare),
      netKgTotal, grossKgTotal, volumeM3: roundM3(m3PerCarton * count),
    };
    next += count;
    return range;
  });
}

/** Totals of packed lines, rounded as the lines are. */
export function packedTotals(lines: readonly PackedLine[]): PackedLine {
  const sum = (pick: (line: PackedLine) => number) => lines.reduce((total, line) => total + pick(line), 0);
  return { qty: sum((l) => l.qty), cartons: sum((l) => l.cartons), netKg: roundKg(sum((l) => l.netKg)), grossKg: roundKg(sum((l) => l.grossKg)), volumeM3: roundM3(sum((l) => l.volumeM3)) };
}
