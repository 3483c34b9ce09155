import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../shared/dates';
import type { Material, StockMovement } from '../../../shared/domain/materials';
import { useApp } from '../platform/appContext';
import { formatQty } from '../platform/common/format';
import { useCallData } from '../platform/common/useCallData';

const LIMIT = 1000;

/** Oldest first, each with the balance after it; the balance only when the whole ledger is at hand. */
function withBalances(movements: StockMovement[], isComplete: boolean): { movement: StockMovement; balance: number | null }[] {
  let balance = 0;
  return [...movements].reverse().map((movement) => {
    balance += movement.delta;
    return { movement, balance: isComplete ? balance : null };
  });
}

/** Kartu stok: every movement of the selected material, in and out, with the running balance. */
export function StockCard({ material, onRecord }: { material: Material; onRecord(): void }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const ledger = useCallData('stock:movements', { materialCode: material.materialCode, limit: LIMIT });
  const rows = ledger.data ? withBalances(ledger.data, ledger.data.length < LIMIT).reverse() : [];
  const qty = (value: number) => formatQty(value, locale);
  return (
    <section className="detail-panel" data-testid="stock-card">
      <header className="detail-panel-header">
        <h2>{t('ui.stock.cardTitle', { code: material.materialCode, name: material.name })}</h2>
        <span className="detail-panel-figure" data-testid="stock-card-onhand">
          {t('ui.stock.onHand', { qty: qty(material.onHand), uom: material.uom })}
        </span>
        <button type="button" className="button" data-testid="stock-card-record" onClick={onRecord}>
          {t('ui.stock.record')}
        </button>
      </header>
      {ledger.error ? <div className="form-error">{ledger.error}</div> : null}
      {ledger.data && ledger.data.length === 0 ? <p className="muted">{t('ui.stock.noMovements')}</p> : null}
      {rows.length > 0 ? (
        <div className="table-scroll panel-scroll">
          <table className="plain-table compact" data-testid="stock-card-table">
            <thead>
              <tr>
                <th>{t('ui.movement.date')}</th>
                <th>{t('ui.movement.kind')}</th>
                <th>{t('ui.movement.unit')}</th>
                <th className="num">{t('ui.stock.in')}</th>
                <th className="num">{t('ui.stock.out')}</th>
                <th className="num">{t('ui.stock.balance')}</th>
                <th>{t('ui.movement.note')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ movement, balance }) => (
                <tr key={movement.id} data-testid="stock-card-row">
                  <td>{formatDateId(movement.date)}</td>
                  <td>{t(`ui.movementKind.${movement.kind}`)}</td>
                  <td className="mono">{movement.unitCode ?? ''}</td>
                  <td className="num">{movement.delta > 0 ? qty(movement.delta) : ''}</td>
                  <td className="num">{movement.delta < 0 ? qty(-movement.delta) : ''}</td>
                  <td className="num strong">{balance !== null ? qty(balance) : ''}</td>
                  <td>{movement.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
