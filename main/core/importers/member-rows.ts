import { memberInput, type MemberValues } from '../../../shared/domain/member';
import { formatDateId } from '../../../shared/dates';
import { foldKey, type Checked } from '../../../shared/normalize';
import { asDate, asNik, asText, type RawCell } from './cells';
import { MEMBER_COLUMNS } from './headers';
import type { KindRules } from './rows';

const STATUS_WORDS: Record<string, MemberValues['status']> = {
  aktif: 'aktif', active: 'aktif', a: 'aktif',
  nonaktif: 'non-aktif', tidakaktif: 'non-aktif', inactive: 'non-aktif', nonactive: 'non-aktif', pasif: 'non-aktif', na: 'non-aktif',
  keluar: 'keluar', berhenti: 'keluar', left: 'keluar', mengundurkandiri: 'keluar', out: 'keluar',
};

const GENDER_WORDS: Record<string, 'L' | 'P'> = {
  l: 'L', lk: 'L', lakilaki: 'L', laki: 'L', pria: 'L', male: 'L', m: 'L',
  p: 'P', pr: 'P', perempuan: 'P', wanita: 'P', female: 'P', f: 'P', w: 'P',
};

/** A word from a list of known words, the blank default, or the text itself for the schema to refuse. */
function fromWords<T>(words: Record<string, T>, blank: T | null) {
  return (cell: RawCell): Checked<unknown> => {
    const text = asText(cell);
    if (!text.ok) return text;
    if (text.value === null) return { ok: true, value: blank };
    const known = words[foldKey(text.value)];
    return { ok: true, value: known ?? text.value };
  };
}

/** How a member list is read: status defaults to aktif, gender accepts L/P and the words. */
export const memberRules: KindRules<MemberValues> = {
  specs: MEMBER_COLUMNS,
  identityKey: 'member_no',
  readers: {
    member_no: asText,
    name: asText,
    nik: asNik,
    phone: asText,
    gender: fromWords(GENDER_WORDS, null),
    address: asText,
    village: asText,
    district: asText,
    regency: asText,
    joined_on: asDate,
    status: fromWords(STATUS_WORDS, 'aktif'),
  },
  schema: memberInput,
  display: (m) => ({
    member_no: m.memberNo,
    name: m.name,
    nik: m.nik,
    phone: m.phone,
    gender: m.gender,
    address: m.address,
    village: m.village,
    district: m.district,
    regency: m.regency,
    joined_on: m.joinedOn ? formatDateId(m.joinedOn) : null,
    status: m.status,
  }),
};
