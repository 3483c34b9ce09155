import { z } from 'zod';
import { INCOTERMS } from '../../../shared/domain/orders';
import { CONTAINER_LABELS, CONTAINER_TYPES, type ContainerType } from '../../../shared/domain/shipments';

/** How the cells of a shipments file that are not plain text or numbers are read and written. */

/** `40'HC`, `40 HC`, `40hq`, `2x40'HC`, `2 × 20ft`, `LCL`, or 40 typed as a number: type and count. */
export function parseContainer(text: string): { type: ContainerType; count: number } | null {
  const folded = text.toLowerCase().replace(/[\s'’"`]|feet|foot|ft/g, '').replace('×', 'x');
  if (folded === 'lcl') return { type: 'LCL', count: 1 };
  const m = /^(?:(\d{1,2})x)?(20|40)(hc|hq|highcube)?$/.exec(folded);
  if (!m) return null;
  const type = m[3] ? '40HC' : m[2] === '20' ? '20' : '40';
  if (m[3] && m[2] === '20') return null;
  return { type, count: m[1] ? Number(m[1]) : 1 };
}

/** How the export writes a container: `40'HC`, or `2x40'HC` for more than one. */
export function containerText(type: string | null, count: number): string | null {
  const known = CONTAINER_TYPES.find((t) => t === type);
  if (!known) return null;
  return count > 1 && known !== 'LCL' ? `${count}x${CONTAINER_LABELS[known]}` : CONTAINER_LABELS[known];
}

export const containerCell = z
  .string()
  .transform((text, ctx) => {
    const parsed = parseContainer(text);
    if (parsed) return parsed;
    ctx.addIssue({ code: 'custom', message: 'invalid.container' });
    return z.NEVER;
  })
  .nullish();

/** "FOB Surabaya": the term, then the named place. */
export const incotermCell = z
  .string()
  .transform((text, ctx) => {
    const [word, ...place] = text.trim().split(/\s+/);
    const term = INCOTERMS.find((t) => t === word.toUpperCase());
    if (term) return { term, place: place.join(' ') || null };
    ctx.addIssue({ code: 'custom', message: 'invalid.incoterm' });
    return z.NEVER;
  })
  .nullish();

/** Status words people write, folded; the codes and both languages' labels come on top (withLabels). */
export const SHIPMENT_STATUS_WORDS: Record<string, string> = {
  draft: 'draft', draf: 'draft', konsep: 'draft', rencana: 'draft',
  booked: 'booked', booking: 'booked', dipesan: 'booked', dibooking: 'booked', pesankapal: 'booked',
  shipped: 'shipped', dikapalkan: 'shipped', dikirim: 'shipped', berangkat: 'shipped', peb: 'shipped',
  closed: 'closed', selesai: 'closed', ditutup: 'closed', bl: 'closed',
  cancelled: 'cancelled', canceled: 'cancelled', batal: 'cancelled', dibatalkan: 'cancelled',
};
