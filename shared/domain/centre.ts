import { z } from 'zod';
import { checkAccountNo, checkedField, checkEmail, checkNib, checkNpwp, checkSwift } from './exporter';
import { optionalText, requiredText } from './fields';

/** The working week the plan counts per worker when a centre has not said otherwise (UU Ketenagakerjaan: 40 hours). */
export const DEFAULT_WORK_HOURS = 40;

/**
 * The centre and its cooperative: what the letterhead (kop surat) and signature block print, and
 * the two rules its production plan follows. Those two are left as they are when not given.
 */
export const centreInput = z.object({
  name: requiredText(120),
  cooperativeName: optionalText(120),
  cooperativeRegNo: optionalText(60),
  address: optionalText(200),
  village: optionalText(80),
  district: optionalText(80),
  regency: optionalText(80),
  province: optionalText(80),
  postalCode: optionalText(10),
  phone: optionalText(40),
  email: checkedField(checkEmail),
  chairName: optionalText(120),
  chairTitle: optionalText(80),
  secretaryName: optionalText(120),
  secretaryTitle: optionalText(80),
  signCity: optionalText(80),
  // The exporter, as export papers print it (issue 12): legal name, English address, NIB, NPWP, contact, bank.
  legalName: optionalText(160),
  addressEn: optionalText(300),
  nib: checkedField(checkNib),
  npwp: checkedField(checkNpwp),
  contactPerson: optionalText(120),
  bankName: optionalText(120),
  bankBranch: optionalText(120),
  bankAccountNo: checkedField(checkAccountNo),
  bankAccountName: optionalText(160),
  swift: checkedField(checkSwift),
  /** Working hours per worker per week: a workshop's people's time is workers × this. */
  workHoursPerWeek: z
    .number({ error: 'invalid.notNumber' })
    .int({ error: 'invalid.notWhole' })
    .min(1, { error: 'invalid.workHours' })
    .max(84, { error: 'invalid.workHours' })
    .optional(),
  /** Members' workshops get work first; one no active member owns only what they cannot finish in time. */
  membersFirst: z.boolean().optional(),
  /** Rupiah a minute of labour: the piece rate of an SPK whose product has none (labour minutes × this). */
  ratePerMinute: z
    .number({ error: 'invalid.notNumber' })
    .int({ error: 'invalid.notWhole' })
    .min(0, { error: 'invalid.negative' })
    .max(100_000, { error: 'invalid.tooLarge' })
    .optional(),
});
export type CentreInput = z.input<typeof centreInput>;
export type Centre = Omit<z.output<typeof centreInput>, 'workHoursPerWeek' | 'membersFirst' | 'ratePerMinute'> & {
  workHoursPerWeek: number;
  membersFirst: boolean;
  ratePerMinute: number;
  isConfigured: boolean;
};

export interface ProductCategory {
  code: string;
  nameId: string;
  nameEn: string;
  hsCode: string;
}
