import { z } from 'zod';
import { COUNTRIES } from '../../../shared/countries';
import { BUYER_KINDS, buyerInput, INCOTERMS, type BuyerValues } from '../../../shared/domain/orders';
import { CURRENCIES } from '../../../shared/money';
import { listBuyers, type StoredBuyer } from './buyer-queries';
import { writeBuyer } from './buyers';
import { asText } from '../platform/import/cells';
import { ROW_NUMBER, type ColumnSpec } from '../platform/import/headers';
import { defineKind, eachRowAlone } from '../platform/import/kind';
import { buyerCodesInUse } from '../platform/import/lookups';
import { fromWords, readCountry, readCurrency, required, withLabels } from '../platform/import/readers';
import { BUYER_KIND_WORDS } from '../platform/import/words';
import { column, CURRENCY_HEADER_WORDS, requiredLabels, storedDuplicates } from '../platform/import/columns';

const c = (key: string, field: string, synonyms: string[], isRequired = false) => column('buyers', key, field, synonyms, isRequired);

export const BUYER_COLUMNS: ColumnSpec[] = [
  ROW_NUMBER,
  c('buyer_code', 'buyerCode', ['kodepembeli', 'kodebuyer', 'kodepelanggan', 'idpembeli', 'idpelanggan', 'buyercode', 'customercode', 'kode'], true),
  c('name', 'name', ['nama', 'namapembeli', 'namabuyer', 'namapelanggan', 'pembeli', 'buyer', 'pelanggan', 'customer', 'buyername', 'namaperusahaan'], true),
  c('country', 'country', ['negara', 'negaratujuan', 'kodenegara', 'country', 'countrycode', 'tujuan'], true),
  c('kind', 'kind', ['jenis', 'jenispembeli', 'tipe', 'tipepembeli', 'kategori', 'kind', 'type', 'pasar', 'segmen', 'buyerkind'], true),
  c('currency', 'currency', CURRENCY_HEADER_WORDS, true),
  c('incoterm', 'incoterm', ['incoterm', 'incoterms', 'syaratpenyerahan', 'deliveryterm', 'deliveryterms', 'termofdelivery']),
  // What export papers print (issue 12).
  c('address', 'address', ['alamat', 'alamatpembeli', 'alamatlengkap', 'jalan', 'address', 'streetaddress', 'addressline']),
  c('city', 'city', ['kota', 'kabupatenkota', 'city', 'town']),
  c('postcode', 'postcode', ['kodepos', 'postcode', 'postalcode', 'zip', 'zipcode']),
  c('contact', 'contact', ['kontak', 'kontakperson', 'narahubung', 'namakontak', 'contact', 'contactperson', 'attn', 'attention']),
  c('email', 'email', ['email', 'surel', 'alamatemail', 'emailaddress']),
  c('phone', 'phone', ['telepon', 'telp', 'tel', 'notelepon', 'nomortelepon', 'nohp', 'hp', 'phone', 'telephone', 'phonenumber']),
  c('notify_party', 'notifyParty', ['notifyparty', 'pihakyangdiberitahu', 'notify', 'pihakdiberitahu']),
  c('payment_terms', 'paymentTerms', ['syaratpembayaran', 'carapembayaran', 'termpembayaran', 'paymentterms', 'paymentterm', 'termsofpayment', 'payment']),
  c('incoterm_place', 'incotermPlace', ['tempatincoterm', 'tempatpenyerahan', 'namedplace', 'incotermplace', 'placeofdelivery']),
  c('port_of_discharge', 'portOfDischarge', ['pelabuhantujuan', 'pelabuhanbongkar', 'portofdischarge', 'pod', 'destinationport', 'dischargeport']),
];

const PAPER_KEYS = ['address', 'city', 'postcode', 'contact', 'email', 'phone', 'notify_party', 'payment_terms', 'incoterm_place', 'port_of_discharge'] as const;
type PaperKey = (typeof PAPER_KEYS)[number];
type PaperField = 'address' | 'city' | 'postcode' | 'contact' | 'email' | 'phone' | 'notifyParty' | 'paymentTerms' | 'incotermPlace' | 'portOfDischarge';
const PAPER_FIELD: Record<PaperKey, PaperField> = {
  address: 'address', city: 'city', postcode: 'postcode', contact: 'contact', email: 'email', phone: 'phone',
  notify_party: 'notifyParty', payment_terms: 'paymentTerms', incoterm_place: 'incotermPlace', port_of_discharge: 'portOfDischarge',
};
const PAPER_WIDTH: Record<PaperKey, number> = {
  address: 36, city: 18, postcode: 10, contact: 20, email: 26, phone: 18, notify_party: 36, payment_terms: 32, incoterm_place: 22, port_of_discharge: 20,
};

const KIND_WORDS = withLabels(BUYER_KIND_WORDS, BUYER_KINDS, (code) => `imports.words.buyerKind.${code}`);

/**
 * "FOB Tanjung Perak, Surabaya" in the incoterm column: FOB is the incoterm and, when the place
 * column is empty, the rest is its named place (as the papers print it), not lost.
 */
function splitNamedPlace(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || !('incoterm' in input) || typeof input.incoterm !== 'string') return input;
  const [code, ...rest] = input.incoterm.trim().split(/\s+/);
  const place = rest.join(' ');
  const given = 'incotermPlace' in input && typeof input.incotermPlace === 'string' && input.incotermPlace.trim() !== '';
  return { ...input, incoterm: code.toUpperCase(), ...(place !== '' && !given ? { incotermPlace: place } : {}) };
}
const buyerRowInput = z.preprocess(splitNamedPlace, buyerInput);

/** Buyers: a country by code or by name, the kind in Indonesian or English words. */
export const buyerKind = defineKind<BuyerValues, BuyerValues, StoredBuyer>({
  kind: 'buyers',
  specs: BUYER_COLUMNS,
  fileWord: 'pembeli',
  rules: (ctx) => ({
    specs: BUYER_COLUMNS,
    identityKeys: ['buyer_code'],
    readers: {
      buyer_code: asText,
      name: asText,
      country: required(readCountry),
      kind: required(fromWords(KIND_WORDS, null)),
      currency: readCurrency,
      incoterm: asText,
      ...Object.fromEntries(PAPER_KEYS.map((key) => [key, asText])),
    },
    schema: buyerRowInput,
    display: (b) => ({
      buyer_code: b.buyerCode, name: b.name, country: b.country, kind: ctx.t(`imports.words.buyerKind.${b.kind}`), currency: b.currency,
      incoterm: b.incoterm,
      ...Object.fromEntries(PAPER_KEYS.map((key) => [key, b[PAPER_FIELD[key]]])),
    }),
  }),
  assemble: eachRowAlone,
  stored: (ctx, rows) => storedDuplicates(ctx.t, rows, 'buyer_code', buyerCodesInUse(ctx.app.db)),
  write: (ctx, values) => void writeBuyer(ctx, values),
  update: { current: (ctx) => listBuyers(ctx.app.db), write: (ctx, values) => void writeBuyer(ctx, values) },
  exporter: {
    rows: (ctx) => listBuyers(ctx.app.db),
    frozenColumns: 3,
    columns: ({ t }) => {
      const h = (key: string) => t(`imports.columns.buyers.${key}`);
      return [
        { key: 'row_number', header: t('imports.rowNumber'), width: 6, kind: 'index', value: (_b, i) => i + 1 },
        { key: 'buyer_code', header: h('buyer_code'), width: 14, kind: 'text', value: (b) => b.buyerCode },
        { key: 'name', header: h('name'), width: 32, kind: 'text', value: (b) => b.name, total: 'count' },
        { key: 'country', header: h('country'), width: 9, kind: 'text', value: (b) => b.country, choices: Object.keys(COUNTRIES) },
        {
          key: 'kind', header: h('kind'), width: 13, kind: 'text', value: (b) => t(`imports.words.buyerKind.${b.kind}`),
          choices: BUYER_KINDS.map((code) => t(`imports.words.buyerKind.${code}`)),
        },
        { key: 'currency', header: h('currency'), width: 8, kind: 'text', value: (b) => b.currency, choices: [...CURRENCIES] },
        { key: 'incoterm', header: h('incoterm'), width: 9, kind: 'text', value: (b) => b.incoterm, choices: [...INCOTERMS] },
        ...PAPER_KEYS.map((key) => ({ key, header: h(key), width: PAPER_WIDTH[key], kind: 'text' as const, value: (b: StoredBuyer) => b[PAPER_FIELD[key]] })),
      ];
    },
    instruction: ({ t }, row) => t('imports.instruction.buyers', {
      row,
      required: requiredLabels(t, BUYER_COLUMNS),
      kinds: BUYER_KINDS.map((code) => t(`imports.words.buyerKind.${code}`)).join(', '),
    }),
  },
});
