import type { Widen } from './widen';
import type { exporterId } from './exporter.id';

export const exporterEn: Widen<typeof exporterId> = {
  invalid: {
    nib: 'the NIB must have 13 digits (from OSS)',
    npwp: 'the NPWP must have 16 digits (an old 15-digit company NPWP is accepted too and kept with a leading 0)',
    swiftLength: 'a SWIFT/BIC code has 8 or 11 characters (e.g. BRINIDJA)',
    swift: 'not a SWIFT/BIC code: 4 letters of the bank, 2 of the country, 2 letters/digits of the location, then 3 of the branch if any (e.g. BRINIDJA)',
    email: 'not an e-mail address (e.g. koperasi@intako.co.id)',
    accountNo: 'the account number must be digits (6 to 20)',
  },
  hint: {
    legalName: 'As in the deed and NIB, as export invoices print it',
    addressEn: 'Full address in English for export papers',
    nib: '13 digits from OSS',
    npwp: '16 digits (new format)',
    swift: '8 or 11 characters, e.g. BRINIDJA',
  },
  product: {
    nameEn: 'English name (export papers)',
    nameEnHint: 'E.g. "Ladies\' handbag, croco-embossed cowhide"; export invoices never use the Indonesian name',
    composition: 'Material composition',
    compositionHint: 'E.g. "upper 100 % cowhide leather, lining 100 % polyester" (customs ask for it)',
    missingNames_one: '{{count}} export product has no English name: {{skus}}. Its export papers cannot be printed until it has one.',
    missingNames_other: '{{count}} export products have no English name: {{skus}}. Their export papers cannot be printed until they have one.',
  },
};
