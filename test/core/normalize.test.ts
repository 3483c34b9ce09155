import { describe, expect, it } from 'vitest';
import { excelSerialToIso, formatDateId, parseDateText } from '../../shared/dates';
import { checkNik, normalizePhone, parseNumberText } from '../../shared/normalize';

describe('values as Indonesian files write them', () => {
  it('reads day-first dates in every common spelling and refuses impossible ones', () => {
    expect(parseDateText('17/08/2024')).toBe('2024-08-17');
    expect(parseDateText('17-08-2024')).toBe('2024-08-17');
    expect(parseDateText('17 Agustus 2024')).toBe('2024-08-17');
    expect(parseDateText('Sabtu, 17 Agt 2024')).toBe('2024-08-17');
    expect(parseDateText('2024-08-17')).toBe('2024-08-17');
    expect(parseDateText('31/02/2024')).toBeNull();
    expect(parseDateText('13/13/2024')).toBeNull();
    expect(excelSerialToIso(45521)).toBe('2024-08-17');
    expect(formatDateId('2024-08-17')).toBe('17/08/2024');
  });

  it('reads Indonesian and English number formats', () => {
    expect(parseNumberText('1.234,5')).toBe(1234.5);
    expect(parseNumberText('1.234')).toBe(1234);
    expect(parseNumberText('2,5')).toBe(2.5);
    expect(parseNumberText('0,125')).toBe(0.125);
    expect(parseNumberText('1,500')).toBe(1.5);
    expect(parseNumberText('1,234,567')).toBe(1234567);
    expect(parseNumberText('1,234.5')).toBe(1234.5);
    expect(parseNumberText('Rp 50.000')).toBe(50000);
    expect(parseNumberText('dua')).toBeNull();
  });

  it('normalises phone numbers to 08… and checks the NIK', () => {
    expect(normalizePhone('+62 812-3456-789')).toEqual({ ok: true, value: '0812345678' + '9' });
    expect(normalizePhone('81234567890')).toEqual({ ok: true, value: '081234567890' });
    expect(normalizePhone('12345').ok).toBe(false);
    expect(checkNik('3515 0645 0875 0001')).toEqual({ ok: true, value: '3515064508750001' });
    expect(checkNik('351506450875000')).toMatchObject({ ok: false, key: 'invalid.nikLength', params: { count: 15 } });
  });
});
