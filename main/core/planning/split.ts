/**
 * How one order line is shared among workshops: in proportion to what each can still make before
 * the deadline (a cooperative principle: not first come, first served), in whole pieces, and in
 * lots of at least `minLot` so a line is not shattered into slivers.
 */
export interface Candidate {
  /** The caller's index of the workshop. */
  unit: number;
  /** Whole pieces it can still make in the line's window. */
  free: number;
  /** Share weight: free capacity, shaded by its reject rate. */
  weight: number;
  /** Load ÷ capacity so far: the least busy are chosen first when not all are needed. */
  utilisation: number;
}

/** Water-filling: shares ∝ weight, none above its free capacity, then whole pieces by largest remainder. */
function proportional(qty: number, chosen: Candidate[]): number[] {
  const shares = new Array<number>(chosen.length).fill(0);
  let open = chosen.map((_, i) => i);
  let left = qty;
  while (left > 1e-9 && open.length > 0) {
    const total = open.reduce((sum, i) => sum + chosen[i].weight, 0);
    const full = open.filter((i) => (left * chosen[i].weight) / total >= chosen[i].free - shares[i]);
    if (full.length === 0) {
      for (const i of open) shares[i] += (left * chosen[i].weight) / total;
      break;
    }
    for (const i of full) {
      left -= chosen[i].free - shares[i];
      shares[i] = chosen[i].free;
    }
    open = open.filter((i) => !full.includes(i));
  }
  const whole = shares.map(Math.floor);
  let missing = Math.min(qty, chosen.reduce((sum, c) => sum + c.free, 0)) - whole.reduce((a, b) => a + b, 0);
  const byRemainder = shares.map((_, i) => i).sort((a, b) => shares[b] - whole[b] - (shares[a] - whole[a]) || a - b);
  for (const i of byRemainder) {
    if (missing <= 0) break;
    if (whole[i] < chosen[i].free) {
      whole[i] += 1;
      missing -= 1;
    }
  }
  return whole;
}

/** Shares of `qty` by workshop; may hold less than `qty` when capacity runs short. */
export function splitLine(qty: number, candidates: Candidate[], minLot: number): Map<number, number> {
  const lot = Math.min(minLot, qty);
  const pool = candidates
    .filter((c) => c.free >= lot)
    .sort((a, b) => a.utilisation - b.utilisation || b.free - a.free || a.unit - b.unit);
  const result = new Map<number, number>();
  if (pool.length === 0) return result;
  // As many workshops as lots in the line, more only while their capacity falls short of it.
  let count = Math.max(1, Math.min(pool.length, Math.floor(qty / lot)));
  let held = pool.slice(0, count).reduce((sum, c) => sum + c.free, 0);
  while (count < pool.length && held < qty) held += pool[count++].free;
  const chosen = pool.slice(0, count);
  for (;;) {
    const shares = proportional(Math.min(qty, held), chosen);
    let smallest = -1;
    for (let i = 0; i < shares.length; i++) {
      if (shares[i] < lot && (smallest < 0 || shares[i] < shares[smallest])) smallest = i;
    }
    // Drop a workshop left with a sliver, unless the others could not then hold the line.
    if (smallest < 0 || chosen.length === 1 || held - chosen[smallest].free < Math.min(qty, held)) {
      chosen.forEach((c, i) => shares[i] > 0 && result.set(c.unit, shares[i]));
      return result;
    }
    held -= chosen[smallest].free;
    chosen.splice(smallest, 1);
  }
}

/** Last resort before a line is late: the biggest leftovers first, whatever their size. */
export function takeLeftovers(qty: number, candidates: Candidate[]): Map<number, number> {
  const result = new Map<number, number>();
  let left = qty;
  for (const c of [...candidates].sort((a, b) => b.free - a.free || a.unit - b.unit)) {
    if (left <= 0) break;
    const take = Math.min(left, c.free);
    if (take > 0) result.set(c.unit, take);
    left -= take;
  }
  return result;
}
