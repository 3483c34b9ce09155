import { translator } from '../../../../shared/i18n';
import { foldKey } from '../../../../shared/normalize';

/**
 * A column the importer understands. `key` is the contract (`member_no`, `sku`, …); `field`
 * is the record field it fills, or null for columns that are recognised only to be left alone
 * (the row number, a name written next to a code for the reader). `label` is the i18n key of the
 * header the workbooks write. A synonym ending in `*` also matches headers that start with it
 * ("Kapasitas Produksi (pcs/bulan)", "Harga (Rp)").
 */
export interface ColumnSpec {
  key: string;
  field: string | null;
  label: string;
  required?: boolean;
  synonyms: string[];
}

/** The "No." column of every list; recognised so that it is neither data nor an unknown header. */
export const ROW_NUMBER: ColumnSpec = {
  key: 'row_number', field: null, label: 'imports.rowNumber', synonyms: ['no', 'nourut', 'nomor', 'nomorurut', 'urut', 'nmr'],
};

interface Matcher {
  exact: Map<string, { spec: ColumnSpec; rank: number }>;
  prefixes: { stem: string; spec: ColumnSpec }[];
}

/** The raw key and the labels in both languages are accepted too: a workbook we wrote comes back. */
function buildMatcher(specs: ColumnSpec[]): Matcher {
  const id = translator('id');
  const en = translator('en');
  const exact = new Map<string, { spec: ColumnSpec; rank: number }>();
  const prefixes: { stem: string; spec: ColumnSpec }[] = [];
  for (const spec of specs) {
    const words = [foldKey(id(spec.label)), foldKey(en(spec.label)), foldKey(spec.key), ...spec.synonyms];
    words.forEach((word, rank) => {
      if (word.endsWith('*')) {
        prefixes.push({ stem: word.slice(0, -1), spec });
        return;
      }
      const known = exact.get(word);
      // A word meaning two columns would make header detection depend on table order.
      if (known && known.spec !== spec) throw new Error(`Header "${word}" means both ${known.spec.key} and ${spec.key}`);
      if (!known) exact.set(word, { spec, rank });
    });
  }
  prefixes.sort((a, b) => b.stem.length - a.stem.length);
  return { exact, prefixes };
}

// Built once per kind's column list, on first use.
const matchers = new WeakMap<ColumnSpec[], Matcher>();

function matcherFor(specs: ColumnSpec[]): Matcher {
  let matcher = matchers.get(specs);
  if (!matcher) {
    matcher = buildMatcher(specs);
    matchers.set(specs, matcher);
  }
  return matcher;
}

/**
 * Which column a header means, and how surely: an exact word ranks above a prefix, an earlier
 * synonym above a later one (so "Status" beats "Keterangan" when a file has both).
 */
export function matchHeader(specs: ColumnSpec[], text: string): { spec: ColumnSpec; score: number } | null {
  const matcher = matcherFor(specs);
  const folded = foldKey(text);
  if (folded === '') return null;
  const hit = matcher.exact.get(folded);
  if (hit) return { spec: hit.spec, score: 1000 - hit.rank };
  const prefix = matcher.prefixes.find((p) => folded.startsWith(p.stem));
  return prefix ? { spec: prefix.spec, score: prefix.stem.length } : null;
}

/** Words that label a totals row at the bottom of a list ("Jumlah", "Total", "Grand Total"). */
export function isTotalsLabel(text: string): boolean {
  const folded = foldKey(text);
  return /^(jumlah|total|grandtotal|subtotal|totalkeseluruhan)/.test(folded) || folded === 'jml';
}
