import type { TFunction } from 'i18next';
import type { ImportKind } from '../../../shared/api/files';

const MEMBER_KEYS: Record<string, string> = {
  member_no: 'memberNo', memberNo: 'memberNo', name: 'name', nik: 'nik', phone: 'phone', gender: 'gender',
  address: 'address', village: 'village', district: 'district', regency: 'regency', joined_on: 'joinedOn',
  joinedOn: 'joinedOn', status: 'status',
};

const UNIT_KEYS: Record<string, string> = {
  unit_code: 'unitCode', unitCode: 'unitCode', name: 'name', unit_name: 'name', owner_member_no: 'ownerMemberNo',
  ownerMemberNo: 'ownerMemberNo', member_no: 'ownerMemberNo', nib: 'nib', kbli: 'kbli', address: 'address',
  village: 'village', categories: 'categories', workers: 'workers', monthly_capacity: 'monthlyCapacity',
  monthlyCapacity: 'monthlyCapacity', quality_grade: 'qualityGrade', qualityGrade: 'qualityGrade',
  is_active: 'isActive', isActive: 'isActive',
};

/** The app's own label for a field the importer recognised (its key may be snake_case). */
export function fieldLabel(kind: ImportKind, key: string, t: TFunction): string {
  const field = kind === 'members' ? MEMBER_KEYS[key] : UNIT_KEYS[key];
  return field ? t(`${kind === 'members' ? 'member' : 'unit'}.${field}`) : key;
}
