import type { TFunction } from 'i18next';
import type { ImportKind } from '../../../../shared/api/files';

/** The importer's column keys (main/core/platform/import/headers.ts) → the app's field names. */
const MEMBER_KEYS: Record<string, string> = {
  member_no: 'memberNo', name: 'name', nik: 'nik', phone: 'phone', gender: 'gender', address: 'address',
  village: 'village', district: 'district', regency: 'regency', joined_on: 'joinedOn', status: 'status',
};

const UNIT_KEYS: Record<string, string> = {
  unit_code: 'unitCode', name: 'name', owner_member_no: 'ownerMemberNo', nib: 'nib', kbli: 'kbli',
  address: 'address', village: 'village', categories: 'categories', workers: 'workers',
  monthly_capacity: 'monthlyCapacity', quality_grade: 'qualityGrade', active: 'isActive',
};

/** The app's own label for a field the importer recognised; the file's header where the app has none. */
export function fieldLabel(kind: ImportKind, key: string, header: string, t: TFunction): string {
  if (kind === 'members' || kind === 'units') {
    const field = kind === 'members' ? MEMBER_KEYS[key] : UNIT_KEYS[key];
    return field ? t(`${kind === 'members' ? 'member' : 'unit'}.${field}`) : key;
  }
  // The supply lists label their columns as their workbooks head them (`imports.columns.products.hs_code`).
  return t(`imports.columns.${kind}.${key}`, { defaultValue: header });
}
