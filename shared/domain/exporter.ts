import { z } from 'zod';

/**
 * Identity numbers and bank codes of the exporter as export papers print them (DOMAIN.md §2, §8).
 * Each is checked for its shape only: the registries themselves (OSS, DJP, SWIFT) are not asked.
 * Messages are i18n keys; typing separators (spaces, dots, dashes) is allowed and they are dropped.
 */

type Checked = { ok: true; value: string } | { ok: false; key: string };

/** NIB (Nomor Induk Berusaha, from OSS): 13 digits. */
export function checkNib(raw: string): Checked {
  const digits = raw.replace(/[\s.-]/g, '');
  return /^\d{13}$/.test(digits) ? { ok: true, value: digits } : { ok: false, key: 'exporter.invalid.nib' };
}

/**
 * NPWP: 16 digits since the NIK/NPWP16 switch of 2024 (PMK 112/2022). The old 15-digit number of
 * a legal entity (01.234.567.8-603.000) is still on many papers; its 16-digit form is the same
 * number with a leading 0, so it is accepted and stored as that, never as 15 digits.
 */
export function checkNpwp(raw: string): Checked {
  const digits = raw.replace(/[\s.-]/g, '');
  if (/^\d{16}$/.test(digits)) return { ok: true, value: digits };
  if (/^\d{15}$/.test(digits)) return { ok: true, value: `0${digits}` };
  return { ok: false, key: 'exporter.invalid.npwp' };
}

/**
 * SWIFT/BIC (ISO 9362): 4 letters of the bank, 2 letters of its country, 2 letters or digits of
 * the location, and an optional 3 of the branch: 8 or 11 characters (BRINIDJA, BRINIDJA123).
 */
export function checkSwift(raw: string): Checked {
  const code = raw.replace(/\s/g, '').toUpperCase();
  if (code.length !== 8 && code.length !== 11) return { ok: false, key: 'exporter.invalid.swiftLength' };
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(code) ? { ok: true, value: code } : { ok: false, key: 'exporter.invalid.swift' };
}

/** An address a buyer's bank can write to: something@domain.tld, no spaces. */
export function checkEmail(raw: string): Checked {
  const text = raw.trim();
  return text.length <= 120 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? { ok: true, value: text } : { ok: false, key: 'exporter.invalid.email' };
}

/** An optional field read through one of the checks above: blank is null, a bad value names its rule. */
export function checkedField(check: (raw: string) => Checked) {
  return z
    .string()
    .nullish()
    .transform((raw, ctx) => {
      if (raw === undefined || raw === null || raw.trim() === '') return null;
      const checked = check(raw);
      if (checked.ok) return checked.value;
      ctx.addIssue({ code: 'custom', message: checked.key });
      return z.NEVER;
    });
}

/** A bank account number: digits only, 6 to 20 of them (BRI 15, BNI 10, Mandiri 13, BCA 10); separators are dropped. */
export function checkAccountNo(raw: string): Checked {
  const digits = raw.replace(/[\s.-]/g, '');
  return /^\d{6,20}$/.test(digits) ? { ok: true, value: digits } : { ok: false, key: 'exporter.invalid.accountNo' };
}
