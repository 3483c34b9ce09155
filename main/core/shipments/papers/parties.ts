import type { PaperExporter, PaperGap, PaperOrder, PaperParty } from '../../../../shared/api/papers';
import { COUNTRIES } from '../../../../shared/countries';
import type { Centre } from '../../../../shared/domain/centre';
import type { Buyer } from '../../../../shared/domain/orders';

/** Where the centre's goods are made: every paper's country of origin. */
export const COUNTRY_OF_ORIGIN = 'Indonesia';

function lines(...parts: (string | null | undefined)[]): string[] {
  return parts.flatMap((part) => (part ?? '').split('\n')).map((line) => line.trim()).filter((line) => line !== '');
}

/**
 * The exporter as the papers print it: the legal name and the English address (the Indonesian
 * letterhead is for papers at home), its NIB and NPWP, and the account a buyer pays into.
 */
export function exporterOf(centre: Centre): PaperExporter {
  return {
    name: centre.legalName ?? centre.cooperativeName ?? centre.name,
    addressLines: lines(centre.addressEn),
    contact: centre.contactPerson,
    phone: centre.phone,
    email: centre.email,
    nib: centre.nib,
    npwp: centre.npwp,
    bank: { bankName: centre.bankName, branch: centre.bankBranch, accountNo: centre.bankAccountNo, accountName: centre.bankAccountName, swift: centre.swift },
    signatory: centre.chairName ? `${centre.chairName}${centre.chairTitle ? `, ${centre.chairTitle}` : ''}` : null,
  };
}

/** The buyer as consignee: its street lines, then city and postcode, then the country in English. */
export function consigneeOf(buyer: Buyer): PaperParty {
  const cityLine = [buyer.city, buyer.postcode].filter(Boolean).join(' ');
  return {
    name: buyer.name,
    addressLines: lines(buyer.address, cityLine, COUNTRIES[buyer.country]?.en ?? buyer.country),
    contact: buyer.contact,
    phone: buyer.phone,
    email: buyer.email,
  };
}

/** The orders' payment terms: one wording when they agree, else each order named with its own. */
export function paymentTermsOf(orders: readonly PaperOrder[]): string | null {
  const terms = [...new Set(orders.map((order) => order.paymentTerms).filter((t): t is string => t !== null))];
  if (terms.length === 0) return null;
  if (terms.length === 1 && orders.every((order) => order.paymentTerms === terms[0])) return terms[0];
  return orders.filter((order) => order.paymentTerms !== null).map((order) => `${order.orderNo}: ${order.paymentTerms}`).join('; ');
}

/** What a buyer's bank and customs need of the exporter: who it is, where, its tax and business numbers, and where to pay. */
export function exporterGaps(centre: Centre): PaperGap[] {
  const needed: [string, string | null][] = [
    ['legal_name', centre.legalName], ['address_en', centre.addressEn], ['nib', centre.nib], ['npwp', centre.npwp],
    ['bank_name', centre.bankName], ['bank_account_no', centre.bankAccountNo], ['bank_account_name', centre.bankAccountName], ['swift', centre.swift],
  ];
  return needed.filter(([, value]) => !value?.trim()).map(([field]) => ({ subject: 'exporter', ref: '', field }));
}

/** A consignee a carrier can deliver to: street and city (the country is always known). */
export function buyerGaps(buyer: Buyer): PaperGap[] {
  const needed: [string, string | null][] = [['address', buyer.address], ['city', buyer.city]];
  return needed.filter(([, value]) => !value?.trim()).map(([field]) => ({ subject: 'buyer', ref: buyer.buyerCode, field }));
}

/** Each order's PO number (the buyer's bank matches the invoice to it) and payment terms. */
export function orderGaps(orders: readonly PaperOrder[]): PaperGap[] {
  return orders.flatMap((order) => [
    ...(order.buyerPo ? [] : [{ subject: 'order' as const, ref: order.orderNo, field: 'buyer_po' }]),
    ...(order.paymentTerms ? [] : [{ subject: 'order' as const, ref: order.orderNo, field: 'payment_terms' }]),
  ]);
}

/** Each product's English description and composition: customs read them, never the Indonesian name. */
export function goodsGaps(goods: readonly { sku: string; description: string | null; composition: string | null }[]): PaperGap[] {
  const seen = new Set<string>();
  return goods.flatMap((good) => {
    if (seen.has(good.sku)) return [];
    seen.add(good.sku);
    return [
      ...(good.description ? [] : [{ subject: 'product' as const, ref: good.sku, field: 'name_en' }]),
      ...(good.composition ? [] : [{ subject: 'product' as const, ref: good.sku, field: 'composition' }]),
    ];
  });
}
