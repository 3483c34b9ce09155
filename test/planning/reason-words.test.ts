import { describe, expect, it } from 'vitest';
import type { AssignmentReason } from '../../shared/api/planning';
import { translator } from '../../shared/i18n';
import { assignmentReasonText } from '../../shared/plan-reason';

const base: AssignmentReason = { kind: 'member-share', sharePct: 18, loadPct: 72, loadWeek: '2027-01-11', grade: null, fullUntil: null, byPieces: false };

describe("an assignment's reason in words", () => {
  it('says how a member got its share, in Indonesian and in English', () => {
    expect(assignmentReasonText(translator('id'), base)).toBe('anggota, dibagi menurut sisa kapasitas: 18 % dari pesanan, beban minggu 11/01: 72 %');
    expect(assignmentReasonText(translator('en'), base)).toBe('member, split by free capacity: 18 % of the order, load in the week of 11/01: 72 %');
  });

  it('says why a workshop no member owns got work, and until when members are full', () => {
    const outsider: AssignmentReason = { ...base, kind: 'non-member', sharePct: 24, fullUntil: '2027-02-26', loadPct: 100 };
    expect(assignmentReasonText(translator('id'), outsider)).toBe('bukan anggota: kapasitas anggota penuh sampai 26/02; 24 % dari pesanan, beban minggu 11/01: 100 %');
  });

  it('names the grade that drew export work and a product counted in pieces', () => {
    const exported: AssignmentReason = { ...base, grade: 'A', byPieces: true, loadPct: null, loadWeek: null };
    expect(assignmentReasonText(translator('id'), exported)).toBe(
      'ekspor, grade A didahulukan; anggota, dibagi menurut sisa kapasitas: 18 % dari pesanan; dihitung per potong (produk tanpa menit kerja)',
    );
  });

  it('has words for every kind, in both languages', () => {
    for (const kind of ['member-share', 'member-rest', 'non-member', 'shared', 'by-hand', 'issued'] as const) {
      for (const locale of ['id', 'en'] as const) {
        const text = assignmentReasonText(translator(locale), { ...base, kind, fullUntil: '2027-02-26' });
        expect(text, `${kind} ${locale}`).not.toMatch(/plan\.reason|\{\{|\u0001/);
        expect(text).toContain('18 %');
      }
    }
  });
});
