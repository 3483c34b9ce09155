import { describe, expect, it } from 'vitest';
import { containerFill, suggestContainer } from '../../shared/shipping/containers';
import { cooFormFor } from '../../shared/shipping/origin';
import { cartonContents, cartonM3, cartonRanges, cartonTareKg, packLine, type CartonFacts } from '../../shared/shipping/packing';

/** The master carton of DOMAIN.md §2: 60 × 40 × 40 cm, 12 handbags, 12,6 kg full. */
const HANDBAGS: CartonFacts = { cartonQty: 12, lengthCm: 60, widthCm: 40, heightCm: 40, grossKg: 12.6, netKg: 11.4 };

describe('master cartons', () => {
  it('measures a 60 × 40 × 40 cm carton as 0,096 m³', () => {
    expect(cartonM3(HANDBAGS)).toBeCloseTo(0.096, 10);
  });

  it('takes the board as gross less net, or estimates it from the carton’s area when net is unknown', () => {
    expect(cartonTareKg(HANDBAGS)).toBeCloseTo(1.2, 10);
    // 2 × (0,6×0,4 + 0,6×0,4 + 0,4×0,4) m² = 1,28 m² of board at 0,9 kg/m².
    expect(cartonTareKg({ ...HANDBAGS, netKg: null })).toBeCloseTo(1.152, 10);
  });

  it('packs 250 bags into 20 full cartons and an odd one, with weights from the carton data', () => {
    const packed = packLine(250, HANDBAGS, { cartons: null, netKg: null, grossKg: null });
    expect(packed).toEqual({ ok: true, line: { qty: 250, cartons: 21, netKg: 237.5, grossKg: 262.7, volumeM3: 2.016 } });
    if (!packed.ok) return;
    const ranges = cartonRanges(packed.line, 12, 1);
    expect(ranges.map((r) => [r.from, r.to, r.count, r.pieces, r.netKg, r.grossKg])).toEqual([
      [1, 20, 20, 12, 11.4, 12.6],
      [21, 21, 1, 10, 9.5, 10.7],
    ]);
    // The runs add up to the line exactly.
    expect(ranges.reduce((sum, r) => sum + r.netKgTotal, 0)).toBeCloseTo(237.5, 10);
    expect(ranges.reduce((sum, r) => sum + r.grossKgTotal, 0)).toBeCloseTo(262.7, 10);
  });

  it('numbers cartons on from where the previous line stopped (21–35 …)', () => {
    const packed = packLine(180, HANDBAGS, { cartons: null, netKg: null, grossKg: null });
    if (!packed.ok) throw new Error('not packed');
    expect(cartonRanges(packed.line, 12, 22).map((r) => [r.from, r.to])).toEqual([[22, 36]]);
  });

  it('spreads pieces evenly over cartons the user chose, and refuses too few or empty cartons', () => {
    expect(cartonContents(250, 25, 12)).toEqual([{ count: 25, pieces: 10 }]);
    expect(cartonContents(250, 24, 12)).toEqual([{ count: 10, pieces: 11 }, { count: 14, pieces: 10 }]);
    expect(packLine(250, HANDBAGS, { cartons: 20, netKg: null, grossKg: null })).toEqual({ ok: false, problem: 'cartonsTooFew', limit: 21 });
    expect(packLine(5, HANDBAGS, { cartons: 6, netKg: null, grossKg: null })).toEqual({ ok: false, problem: 'cartonsTooMany', limit: 5 });
  });

  it('uses weights weighed at stuffing, but never a net above the gross, and needs the carton’s size and weight', () => {
    expect(packLine(24, HANDBAGS, { cartons: null, netKg: 20, grossKg: 23 })).toMatchObject({ ok: true, line: { netKg: 20, grossKg: 23 } });
    expect(packLine(24, HANDBAGS, { cartons: null, netKg: 30, grossKg: 23 })).toEqual({ ok: false, problem: 'netAboveGross' });
    expect(packLine(24, { ...HANDBAGS, heightCm: null }, { cartons: null, netKg: null, grossKg: null })).toEqual({ ok: false, problem: 'noCartonSize' });
    expect(packLine(24, { ...HANDBAGS, grossKg: null, netKg: null }, { cartons: null, netKg: null, grossKg: null })).toEqual({ ok: false, problem: 'noCartonWeight' });
  });
});

describe('container suggestion (LCL below 15 m³; practical 28 / 58 / 66 m³; payload 28 / 26,5 / 26,5 t)', () => {
  it('suggests LCL for a small load, charged by revenue ton', () => {
    expect(suggestContainer(2.016, 262.7)).toMatchObject({ type: 'LCL', count: 1, revenueTons: 2.016 });
    expect(suggestContainer(14.99, 16_000)).toMatchObject({ type: 'LCL', revenueTons: 16 });
  });

  it('takes the smallest box that holds the cartons, then more boxes', () => {
    // 280 handbag cartons: 26,88 m³ — one 20' at 96 % of its practical volume.
    expect(suggestContainer(280 * 0.096, 280 * 12.6)).toMatchObject({ type: '20', count: 1, volumePct: 96, weightPct: 12.6 });
    expect(suggestContainer(30, 5_000)).toMatchObject({ type: '40', count: 1, volumePct: 51.7 });
    expect(suggestContainer(60, 5_000)).toMatchObject({ type: '40HC', count: 1, volumePct: 90.9 });
    expect(suggestContainer(70, 5_000)).toMatchObject({ type: '40', count: 2, volumePct: 60.3 });
  });

  it('lets weight decide when goods are heavy: 20 m³ of 30 t needs two boxes', () => {
    expect(suggestContainer(20, 30_000)).toMatchObject({ type: '20', count: 2, weightPct: 53.6 });
  });

  it('says when a chosen container is over its payload or its volume', () => {
    expect(containerFill('20', 1, 20, 29_000)).toMatchObject({ isOverPayload: true, isOverVolume: false });
    expect(containerFill('20', 1, 34, 5_000)).toMatchObject({ isOverPayload: false, isOverVolume: true, isOverPractical: true });
    expect(containerFill('40HC', 1, 66, 26_500)).toMatchObject({ isOverPayload: false, isOverPractical: false, volumePct: 100, weightPct: 100 });
  });
});

describe('proof of origin by destination (DOMAIN.md §2)', () => {
  it('follows the table: USA none, EU REX, Japan IJEPA, China Form E, ASEAN Form D, Korea AK, Australia AANZ, India AI', () => {
    const forms = Object.fromEntries(['US', 'BE', 'NL', 'DE', 'JP', 'CN', 'MY', 'SG', 'KR', 'AU', 'IN', 'GB', 'AE'].map((c) => [c, cooFormFor(c)]));
    expect(forms).toEqual({
      US: 'ska', BE: 'rex', NL: 'rex', DE: 'rex', JP: 'ijepa', CN: 'form-e', MY: 'form-d', SG: 'form-d', KR: 'ak', AU: 'aanz', IN: 'ai', GB: 'ska', AE: 'ska',
    });
  });
});
