import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n';
import { grossRequirement } from '../../shared/units';

// The "susut" convention is one sentence, shown on the BOM screen, in the BOM import template and
// on the SPK; its worked example must be what the plan computes.
describe('waste convention', () => {
  for (const [locale, formula] of [['id', '÷ (1 − susut)'], ['en', '÷ (1 − waste)']] as const) {
    it(`is stated the same way on the BOM screen, the import template and the SPK (${locale})`, () => {
      const t = translator(locale);
      const rule = t('ui.bom.wasteRule');
      expect(rule).toContain(formula);
      expect(t('ui.bom.explained', { uom: 'pcs' })).toContain(rule);
      expect(t('imports.instruction.bom', { row: 5, required: 'SKU' })).toContain(rule);
      expect(t('ui.spk.materialsGross')).toContain(rule);
    });
  }

  it('gives the worked example the plan computes: 8 ft² at 20 % waste is 10 ft²', () => {
    expect(grossRequirement(1, 8, 20)).toBe(10);
    expect(translator('id')('ui.bom.wasteRule')).toContain('8 ÷ 0,8 = 10 ft²');
  });
});
