import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClosedWork, Order } from '../../../../shared/domain/orders';
import { call, CallError } from '../../platform/api/client';
import { RecordFormDialog } from '../../platform/common/RecordFormDialog';
import { useCallData } from '../../platform/common/useCallData';
import { useLineItems, type LineItems } from '../../platform/common/useLineItems';
import { useRecordForm } from '../../platform/common/useRecordForm';
import { dateForInput, optionalAmount } from '../../platform/common/formText';
import { moveOnEnter } from '../../platform/common/enterMovesOn';
import { ClosedWorkNotice } from './ClosedWorkNotice';
import { OrderHeaderFields } from './OrderHeaderFields';
import { OrderHistory } from './OrderHistory';
import { OrderLines } from './OrderLines';
import { OrderProgress } from './OrderProgress';
import { OrderStatusActions } from './OrderStatusActions';
import { ProformaButtons } from './ProformaButtons';
import {
  BLANK_ORDER_LINE, emptyOrder, formToInput, isEditable, orderLinesToDrafts, orderToForm, validateOrderHeader, validateOrderLine,
  type OrderFormValues, type OrderLineDraft,
} from './orderFormModel';
import { rateOn } from '../rates/rateOn';
import { statusLabel } from '../../platform/common/statusLabel';

interface OrderFormProps {
  /** null for a new order. */
  orderId: number | null;
  today: string;
  /** The next number of the year, filled in on a new order. */
  suggestedNo?: string;
  onClose(): void;
  onSaved(order: Order, isNew: boolean): void;
  /** The status changed (the table shows it at once). */
  onStatusChanged(order: Order): void;
}

/** A buyer's order: header, lines with live totals, and the status steps once it is saved. */
export function OrderForm({ orderId, today, suggestedNo = '', onClose, onSaved, onStatusChanged }: OrderFormProps) {
  const { t } = useTranslation();
  const buyers = useCallData('buyers:list', {});
  const products = useCallData('products:list', {});
  const rates = useCallData('rates:list', {});
  const [order, setOrder] = useState<Order | null>(null);
  const [closedWork, setClosedWork] = useState<ClosedWork[]>([]);
  const skus = useMemo(() => new Set((products.data ?? []).map((product) => product.sku)), [products.data]);
  const validate = useCallback((values: OrderFormValues, original: Order | null) => validateOrderHeader(values, original, t, today), [t, today]);
  // The lines are read in the order's currency, which lives in the header form below.
  const record = useRecordForm<OrderFormValues, Order, Order>({
    recordId: orderId,
    empty: emptyOrder(today, suggestedNo),
    load: (id) => call('orders:get', { id }),
    toForm: orderToForm,
    validate,
    alsoSubmit: () => lines.submit() && lines.lines.length > 0,
    routeErrors: (errors) => lines.takeServerErrors(errors),
    persist: async (values, original, confirmed) => {
      if (!original) await refuseTakenNumber(values.orderNo, t('ui.orderForm.duplicateNo', { value: values.orderNo.trim() }));
      // A status changed here since the order was loaded is the one to keep; a free line or a very
      // large one is saved once the user has confirmed what the server asked about.
      const input = formToInput(values, lines.lines, order ?? original);
      return call('orders:save', confirmed ? { ...input, confirm: true } : input);
    },
    onSaved,
  });
  const { form, original } = record;
  const { currency } = form.values;
  const validateLine = useCallback((line: OrderLineDraft) => validateOrderLine(line, currency, skus, t), [currency, skus, t]);
  const lines: LineItems<OrderLineDraft> = useLineItems<OrderLineDraft>([BLANK_ORDER_LINE], validateLine);
  const { replace } = lines;
  useEffect(() => {
    if (!original) return;
    setOrder(original);
    replace(orderLinesToDrafts(original));
  }, [original, replace]);

  const shown = order ?? original;
  const isLocked = !isEditable(shown?.status);
  const typedRate = optionalAmount(form.values.idrRate);
  const rate = form.values.currency === 'IDR' ? 1 : (typedRate ?? rateOn(rates.data ?? [], form.values.currency, dateForInput(form.values.orderDate))?.idrPerUnit ?? null);
  const loadError = buyers.error ?? products.error ?? rates.error;
  // An export buyer's saved order has a proforma; read again whenever what it prints is saved.
  const isExport = shown !== null && buyers.data?.find((buyer) => buyer.buyerCode === shown.buyerCode)?.kind === 'export';
  const paperVersion = shown ? JSON.stringify([shown.status, shown.buyerPo, shown.buyerPoDate, shown.paymentTerms, shown.shipBy, shown.lines.map((l) => [l.sku, l.qty, l.unitPrice])]) : '';
  return (
    <RecordFormDialog
      title={shown ? t('ui.orderForm.editTitle', { orderNo: shown.orderNo, buyer: shown.buyerName }) : t('ui.orderForm.newTitle')}
      formId="order-form"
      record={record}
      onClose={onClose}
      isReadOnly={isLocked}
      footerStart={
        shown ? (
          <OrderStatusActions
            order={shown}
            onChanged={(change) => {
              const { closedWork: closed, ...changed } = change;
              setOrder(changed);
              setClosedWork(closed);
              onStatusChanged(changed);
            }}
            onError={record.setFormError}
          />
        ) : null
      }
    >
      {loadError ? <div className="form-error">{loadError}</div> : null}
      {shown ? <ClosedWorkNotice orderNo={shown.orderNo} closedWork={closedWork} /> : null}
      {isLocked && shown ? <div className="info-banner" data-testid="order-locked">{t('ui.orderForm.locked', { status: statusLabel(t, 'order', shown.status) })}</div> : null}
      {/* Enter moves on from field to field; the order saves from Simpan or Ctrl+S only. */}
      <fieldset className="plain-fieldset" disabled={isLocked} onKeyDown={moveOnEnter}>
        <OrderHeaderFields form={form} buyers={buyers.data ?? []} rates={rates.data ?? []} isNew={orderId === null} isLocked={isLocked} />
        <OrderLines lines={lines} products={products.data ?? []} currency={form.values.currency} rate={rate} error={lines.lines.length === 0 ? t('invalid.noLines') : undefined} />
      </fieldset>
      {shown && isExport ? <ProformaButtons key={paperVersion} order={shown} onError={record.setFormError} /> : null}
      {shown ? <OrderProgress order={shown} /> : null}
      {shown ? <OrderHistory orderId={shown.id} version={shown.status} /> : null}
    </RecordFormDialog>
  );
}

/**
 * orders:save takes an existing order number as "replace that order's lines" (what an import
 * wants); a new order typed by hand must not overwrite another one by accident.
 */
async function refuseTakenNumber(orderNo: string, message: string): Promise<void> {
  const wanted = orderNo.trim().toLowerCase();
  const { rows } = await call('orders:page', { search: orderNo.trim(), limit: 50 });
  if (rows.some((row) => row.orderNo.toLowerCase() === wanted)) {
    throw new CallError({ code: 'DUPLICATE', message, details: { field: 'orderNo' } });
  }
}
