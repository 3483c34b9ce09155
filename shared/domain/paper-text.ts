import type { ExporterBank, PaperExporter, PaperOrder, PaperParty } from '../api/papers';
import { formatDateId } from '../dates';
import type { Translate } from '../i18n';

/**
 * The lines export papers print in their boxes, written once for the print views and the
 * workbooks alike. `doc` is the papers' own (English) translator.
 */

function present(lines: (string | null | false)[]): string[] {
  return lines.filter((line): line is string => typeof line === 'string' && line.trim() !== '');
}

/** Name, address, NIB and NPWP, contact: the shipper's box. */
export function exporterLines(exporter: PaperExporter, doc: Translate): string[] {
  const ids = present([exporter.nib && `${doc('shipments.doc.nib')} ${exporter.nib}`, exporter.npwp && `${doc('shipments.doc.npwp')} ${exporter.npwp}`]).join(' · ');
  return present([exporter.name, ...exporter.addressLines, ids, ...contactLines(exporter, doc)]);
}

/** The letterhead: name, address, phone and e-mail on one line (the shipper's box has the rest). */
export function letterheadLines(exporter: PaperExporter, doc: Translate): string[] {
  const reach = present([exporter.phone && `${doc('shipments.doc.phone')} ${exporter.phone}`, exporter.email && `${doc('shipments.doc.email')} ${exporter.email}`]).join(' · ');
  return present([exporter.name, exporter.addressLines.join(', '), reach]);
}

function contactLines(party: PaperParty, doc: Translate): string[] {
  const reach = present([party.phone && `${doc('shipments.doc.phone')} ${party.phone}`, party.email && `${doc('shipments.doc.email')} ${party.email}`]).join(' · ');
  return present([party.contact && `${doc('shipments.doc.contact')}: ${party.contact}`, reach]);
}

/** Name, address, contact: the consignee's box. */
export function partyLines(party: PaperParty, doc: Translate): string[] {
  return present([party.name, ...party.addressLines, ...contactLines(party, doc)]);
}

/** The notify party as the buyer gave it, else "Same as consignee". */
export function notifyLines(notifyParty: string | null, doc: Translate): string[] {
  return notifyParty?.trim() ? notifyParty.split('\n').map((line) => line.trim()).filter(Boolean) : [doc('shipments.doc.sameAsConsignee')];
}

/** The account a buyer pays into, one "label: value" line each. */
export function bankLines(bank: ExporterBank, doc: Translate): string[] {
  const rows: [string, string | null][] = [
    ['bank', bank.bankName], ['branch', bank.branch], ['accountNo', bank.accountNo], ['accountName', bank.accountName], ['swift', bank.swift],
  ];
  return rows.filter(([, value]) => value).map(([key, value]) => `${doc(`shipments.doc.${key}`)}: ${value}`);
}

/** The buyer's PO numbers with their dates, and our order behind each: "4500012345 of 03/02/2026 (SO-2026-00007)". */
export function buyerPoText(orders: readonly PaperOrder[], doc: Translate): string {
  return orders
    .map((order) => {
      const po = order.buyerPo ?? '—';
      const dated = order.buyerPoDate ? doc('shipments.doc.poOf', { po, date: formatDateId(order.buyerPoDate) }) : po;
      return `${dated} (${order.orderNo})`;
    })
    .join(', ');
}
