import { z } from 'zod';
import { optionalText, requiredText } from './fields';

/** The centre and its cooperative: what the letterhead (kop surat) and signature block print. */
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
  email: optionalText(120),
  chairName: optionalText(120),
  chairTitle: optionalText(80),
  secretaryName: optionalText(120),
  secretaryTitle: optionalText(80),
  signCity: optionalText(80),
});
export type CentreInput = z.input<typeof centreInput>;
export type Centre = z.output<typeof centreInput> & { isConfigured: boolean };

export interface ProductCategory {
  code: string;
  nameId: string;
  nameEn: string;
  hsCode: string;
}
