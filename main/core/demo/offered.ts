import type { Random } from './random';
import type { DemoUnit } from './units';

/**
 * What each workshop offers the cooperative, in pieces a month (offered capacity). Members sell
 * most of what they make themselves — to their own shops along the main road, wholesalers and
 * online — and give the cooperative a share by trade: bag, wallet and suitcase workshops a
 * tenth or so, belt and small-goods makers less (their capacity is large for what is
 * ordered), shoemakers and jacket tailors, who live on the cooperative's export and tender
 * orders, a third or a sixth. A workshop no member owns offers half its trade's share, and is
 * taken up only when members cannot finish the work. With these shares the busy months before
 * Lebaran and the school year use most of what is offered, the quiet months after them less.
 */
const MEMBER_SHARE: Record<string, readonly [number, number]> = {
  tas: [0.07, 0.14], koper: [0.12, 0.2], dompet: [0.08, 0.14], 'ikat-pinggang': [0.03, 0.06],
  aksesoris: [0.03, 0.06], sepatu: [0.45, 0.65], jaket: [0.3, 0.45],
};

/** Whole tens of pieces, at least ten; a dormant workshop without capacity offers nothing on record. */
export function offerCapacity(random: Random, units: readonly DemoUnit[]): void {
  for (const unit of units) {
    const [low, high] = MEMBER_SHARE[unit.values.categories[0]] ?? [0.04, 0.08];
    const share = (low + random.next() * (high - low)) * (unit.values.ownerMemberNo === null ? 0.5 : 1);
    const capacity = unit.values.monthlyCapacity;
    unit.values.offeredCapacity = capacity > 0 ? Math.min(capacity, Math.max(10, Math.round((capacity * share) / 10) * 10)) : null;
  }
}
