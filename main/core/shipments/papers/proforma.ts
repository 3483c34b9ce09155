import type { ProformaLine, ProformaPaper } from '../../../../shared/api/papers';
import { COUNTRIES } from '../../../../shared/countries';
import { DEFAULT_PORT_OF_LOADING, defaultIncotermPlace } from '../../../../shared/domain/shipments';
import { AppError } from '../../../../shared/result';
import type { CallContext } from '../../platform/app';
import { getBuyer } from '../../orders/buyer-queries';
import { getCentre } from '../../platform/db/centre';
import { findOrderByNo, getOrderHeader, listOrderLines } from '../../orders/order-queries';
import { buyerGaps, COUNTRY_OF_ORIGIN, consigneeOf, exporterGaps, exporterOf, goodsGaps, orderGaps } from './parties';
import { paperGoods, paperOrders } from './queries';

/**
 * The advance the payment terms ask for: "T/T 30 % advance, 70 % against copy of B/L" asks 30 %.
 * Read only where a percentage stands right before "advance", "deposit", "down payment" or "DP";
 * any other wording (L/C at sight, D/P) asks none.
 */
export function depositPercent(terms: string | null): number | null {
  const match = /(\d{1,3}(?:[.,]\d+)?)\s*%\s*(?:T\/T\s*)?(?:advance|deposit|down\s*payment|DP)\b/i.exec(terms ?? '');
  if (!match) return null;
  const percent = Number(match[1].replace(',', '.'));
  return percent > 0 && percent <= 100 ? percent : null;
}

/**
 * The proforma invoice of an order, which a buyer pays its deposit against: the parties, the
 * buyer's PO, goods in English with HS code and composition, quantities, prices and the total,
 * the terms of delivery and payment, the deposit asked, and the bank to pay into.
 */
export function proformaPaper(ctx: CallContext, ref: { id?: number; no?: string }): ProformaPaper {
  const { db } = ctx.app;
  const id = ref.id ?? findOrderByNo(db, ref.no ?? '')?.id;
  const order = id === undefined ? undefined : getOrderHeader(db, id);
  if (!order || id === undefined) throw new AppError('NOT_FOUND', ctx.t('papers.errors.unknownOrder', { no: ref.no ?? String(ref.id) }), { field: 'order' });
  const buyerId = (db.prepare('SELECT buyer_id AS id FROM sales_order WHERE id = ?').get(id) as { id: number }).id;
  const buyer = getBuyer(db, buyerId);
  if (!buyer) throw new AppError('NOT_FOUND', ctx.t('errors.notFound'));
  const centre = getCentre(db);
  const stored = listOrderLines(db, id);
  const goods = paperGoods(db, stored.map((line) => line.sku));
  const uoms = new Map((db.prepare('SELECT p.sku, p.uom FROM order_line l JOIN product p ON p.id = l.product_id WHERE l.order_id = ?').all(id) as { sku: string; uom: string }[]).map((r) => [r.sku, r.uom]));
  const lines = stored.map((line): ProformaLine => {
    const good = goods.get(line.sku);
    return {
      lineNo: line.lineNo, sku: line.sku, description: good?.description ?? null, composition: good?.composition ?? null,
      hsCode: good?.hsCode ?? '', qty: line.qty, uom: uoms.get(line.sku) ?? 'pcs', unitPrice: line.unitPrice, amount: line.qty * line.unitPrice,
    };
  });
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  const percent = depositPercent(order.paymentTerms);
  const incoterm = buyer.incoterm ?? 'FOB';
  const [paperOrder] = paperOrders(db, [order.orderNo]);
  return {
    proformaNo: `PI-${order.orderNo}`,
    orderId: id,
    orderNo: order.orderNo,
    orderStatus: order.status,
    date: order.orderDate,
    buyerCode: buyer.buyerCode,
    buyerPo: order.buyerPo ?? null,
    buyerPoDate: order.buyerPoDate ?? null,
    currency: order.currency,
    incoterm,
    incotermPlace: buyer.incotermPlace ?? defaultIncotermPlace(incoterm, buyer.portOfDischarge),
    portOfLoading: DEFAULT_PORT_OF_LOADING,
    portOfDischarge: buyer.portOfDischarge,
    destination: COUNTRIES[buyer.country]?.en ?? buyer.country,
    shipBy: order.shipBy,
    lines,
    total,
    // Rounded once, from the total in minor units.
    deposit: percent === null ? null : { percent, amount: Math.round((total * percent) / 100) },
    exporter: exporterOf(centre),
    consignee: consigneeOf(buyer),
    notifyParty: buyer.notifyParty,
    paymentTerms: order.paymentTerms,
    countryOfOrigin: COUNTRY_OF_ORIGIN,
    gaps: [...exporterGaps(centre), ...buyerGaps(buyer), ...(paperOrder ? orderGaps([paperOrder]) : []), ...goodsGaps(lines)],
  };
}
