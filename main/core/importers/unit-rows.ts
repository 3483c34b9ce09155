import type { ProductCategory } from '../../../shared/domain/centre';
import { unitInput, type UnitValues } from '../../../shared/domain/unit';
import type { Locale } from '../../../shared/i18n';
import { foldKey, type Checked } from '../../../shared/normalize';
import { categoryMatcher } from '../services/categories';
import { asNumber, asText, type RawCell } from './cells';
import { UNIT_COLUMNS } from './headers';
import type { KindRules } from './rows';

const YES = new Set(['ya', 'y', 'yes', '1', 'true', 'benar', 'aktif', 'active', 'iya', 'v']);
const NO = new Set(['tidak', 'n', 'no', '0', 'false', 'salah', 'tidakaktif', 'nonaktif', 'inactive', 'pasif', 'dormant', 'mati', 'tutup', 'tdk']);

/** Ya/tidak in the words people use; blank means active (a listed workshop usually works). */
function readActive(cell: RawCell): Checked<unknown> {
  if (typeof cell.value === 'boolean') return { ok: true, value: cell.value };
  const text = asText(cell);
  if (!text.ok) return text;
  if (text.value === null) return { ok: true, value: true };
  const folded = foldKey(text.value);
  if (YES.has(folded)) return { ok: true, value: true };
  if (NO.has(folded)) return { ok: true, value: false };
  return { ok: false, key: 'invalid.active' };
}

/** Workers and capacity: blank is 0, text numbers in Indonesian format are numbers. */
function readCount(cell: RawCell): Checked<unknown> {
  const number = asNumber(cell);
  return number.ok ? { ok: true, value: number.value ?? 0 } : number;
}

function readGrade(cell: RawCell): Checked<unknown> {
  const text = asText(cell);
  return text.ok && text.value !== null ? { ok: true, value: text.value.toUpperCase() } : text;
}

/** "Tas, Dompet", "tas; koper", "Tas dan Dompet", "bags/wallets": codes of the known categories. */
function categoriesReader(categories: ProductCategory[]) {
  const match = categoryMatcher(categories);
  const known = categories.map((c) => c.nameId).join(', ');
  return (cell: RawCell): Checked<unknown> => {
    const text = asText(cell);
    if (!text.ok) return text;
    if (text.value === null) return { ok: true, value: [] };
    const words = text.value.split(/[,;/&\n]|\s+dan\s+|\s+and\s+/i).map((w) => w.trim()).filter((w) => w !== '');
    const codes: string[] = [];
    for (const word of words) {
      const found = match(word);
      if (!found) return { ok: false, key: 'invalid.category', params: { value: word, known } };
      if (!codes.includes(found.code)) codes.push(found.code);
    }
    return { ok: true, value: codes };
  };
}

/** How a list of business units is read; categories are matched against the centre's own list. */
export function unitRules(categories: ProductCategory[], locale: Locale): KindRules<UnitValues> {
  const nameOf = new Map(categories.map((c) => [c.code, locale === 'en' ? c.nameEn : c.nameId]));
  return {
    specs: UNIT_COLUMNS,
    identityKey: 'unit_code',
    referenceKey: 'owner_member_no',
    readers: {
      unit_code: asText,
      name: asText,
      owner_member_no: asText,
      nib: asText,
      kbli: asText,
      address: asText,
      village: asText,
      categories: categoriesReader(categories),
      workers: readCount,
      monthly_capacity: readCount,
      quality_grade: readGrade,
      active: readActive,
    },
    schema: unitInput,
    display: (u) => ({
      unit_code: u.unitCode,
      name: u.name,
      owner_member_no: u.ownerMemberNo,
      nib: u.nib,
      kbli: u.kbli,
      address: u.address,
      village: u.village,
      categories: u.categories.map((code) => nameOf.get(code) ?? code).join(', '),
      workers: u.workers,
      monthly_capacity: u.monthlyCapacity,
      quality_grade: u.qualityGrade,
      active: u.isActive,
    }),
  };
}
