// The stress centre's shape, checked where it is built (`npm run bench`) rather than in `npm test`:
// building 1,000,000 order lines takes minutes. The same rules at a small size are tested in
// test/core/demo-stress-rules.test.ts.
import type { CallOutput } from '../../shared/api/contract';
import type { App } from '../../main/core/platform/app';

type Made = CallOutput<'demo:create'>;


/** Throws naming every rule the stress centre breaks: a bench on a wrong centre measures nothing. */
export function checkStressShape(app: App, made: Made, today: string): void {
  const scalar = (sql: string, ...params: unknown[]) => (app.db.prepare(sql).pluck().get(...params) as number | null) ?? 0;
  const broken: string[] = [];
  const expectEqual = (what: string, actual: unknown, expected: unknown) => {
    if (actual !== expected) broken.push(`${what}: ${String(actual)}, expected ${String(expected)}`);
  };
  expectEqual('orders', scalar('SELECT COUNT(*) FROM sales_order'), 100_000);
  expectEqual('order lines', scalar('SELECT COUNT(*) FROM order_line'), 1_000_000);
  expectEqual('summary members', made.members, 276);
  expectEqual('summary units', made.units, 410);
  expectEqual('summary orders', made.orders, 100_000);
  expectEqual('summary order lines', made.orderLines, 1_000_000);
  expectEqual('products', scalar('SELECT COUNT(*) FROM product'), made.products);
  // Daily rates on working days, January 2022 to today, whatever the scale.
  expectEqual('USD rate days', scalar("SELECT COUNT(*) FROM exchange_rate WHERE currency = 'USD'"), scalar("SELECT COUNT(DISTINCT valid_on) FROM exchange_rate WHERE valid_on >= '2022-01-01'"));
  expectEqual('first rate day', app.db.prepare('SELECT MIN(valid_on) FROM exchange_rate').pluck().get(), '2022-01-03');
  // Orders span the years, their lines never repeat a product, and statuses still fit the dates.
  const years = scalar('SELECT COUNT(DISTINCT substr(order_date, 1, 4)) FROM sales_order');
  if (years < 4) broken.push(`order years: ${years}, expected at least 4`);
  expectEqual('orders repeating a product', scalar('SELECT COUNT(*) FROM (SELECT 1 FROM order_line GROUP BY order_id, product_id HAVING COUNT(*) > 1)'), 0);
  expectEqual('shipped orders not yet due', scalar("SELECT COUNT(*) FROM sales_order WHERE status IN ('shipped', 'closed') AND ship_by >= ?", today), 0);
  expectEqual('foreign orders without a rate', scalar("SELECT COUNT(*) FROM sales_order WHERE currency <> 'IDR' AND idr_rate IS NULL"), 0);
  // Exactly 50,000 shipment lines, none more than its order line.
  expectEqual('shipment lines', scalar('SELECT COUNT(*) FROM shipment_line'), 50_000);
  expectEqual(
    'order lines shipped beyond their quantity',
    scalar('SELECT COUNT(*) FROM order_line l WHERE l.qty < (SELECT COALESCE(SUM(qty), 0) FROM shipment_line WHERE order_line_id = l.id)'),
    0,
  );
  if (broken.length > 0) throw new Error(`The stress centre is not what the bench measures on:\n  ${broken.join('\n  ')}`);
  console.log('stress centre shape: 100,000 orders, 1,000,000 order lines, 50,000 shipment lines, all rules hold');
}
