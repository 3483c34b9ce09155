import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { Product } from '../../shared/domain/catalogue';
import { isBlock, parseTabText, toHtmlTable, toTabText } from '../../shared/tab-text';
import { planPaste } from '../../renderer/src/platform/common/linePaste';
import { orderPasteColumns, productOfText } from '../../renderer/src/orders/orders/orderLinePaste';

const t = ((key: string) => ({ 'ui.order.product': 'Produk', 'ui.order.qty': 'Jumlah', 'ui.order.unitPrice': 'Harga satuan' })[key] ?? key) as TFunction;
const products = [
  { sku: 'TWK-001', name: 'Tas Tote Wanita Kulit Sapi', currency: 'USD', price: 2800 },
  { sku: 'TWS-001', name: 'Tas Tote Wanita PU', currency: 'USD', price: 750 },
] as Product[];

describe('tab-separated text as spreadsheets copy it', () => {
  it('reads Excel rows ending in CRLF, quoted cells with tabs, newlines and doubled quotes, and drops the trailing blank row', () => {
    const text = 'SKU\tNama\tJumlah\r\nTWK-001\t"Tas ""Tote""\r\nkulit"\t1.250\r\nTWS-001\t\t60\r\n\t\t\r\n';
    expect(parseTabText(text)).toEqual([
      ['SKU', 'Nama', 'Jumlah'],
      ['TWK-001', 'Tas "Tote"\r\nkulit', '1.250'],
      ['TWS-001', '', '60'],
    ]);
    expect(parseTabText('5 "inch" zipper\t2')).toEqual([['5 "inch" zipper', '2']]);
  });

  it('writes what it reads back, and keeps user text from becoming an Excel formula while numbers stay numbers', () => {
    const rows = [['=HYPERLINK("x")', '-5', 'a\tb'], ['@SUM(A1)', '-12,50', 'baris "dua"']];
    const text = toTabText(rows, new Set([0, 2]));
    expect(text).toBe('"\'=HYPERLINK(""x"")"\t-5\t"a\tb"\r\n\'@SUM(A1)\t-12,50\t"baris ""dua"""\r\n');
    expect(parseTabText(text)).toEqual([['\'=HYPERLINK("x")', '-5', 'a\tb'], ['\'@SUM(A1)', '-12,50', 'baris "dua"']]);
  });

  it('writes an HTML table beside the text where the text columns are marked as text for Excel (a phone keeps its leading zero)', () => {
    const html = toHtmlTable([['No. HP', 'Jumlah'], ['081234567890', '1.250'], ['<b>&', '2']], new Set([0]));
    expect(html).toBe(
      `<table><tr><td style="mso-number-format:'\\@'">No. HP</td><td>Jumlah</td></tr><tr><td style="mso-number-format:'\\@'">081234567890</td><td>1.250</td></tr>` +
        `<tr><td style="mso-number-format:'\\@'">&lt;b&gt;&amp;</td><td>2</td></tr></table>`,
    );
  });

  it('tells a block (tabs or several rows) from a single value copied from one cell', () => {
    expect(isBlock('1.250\r\n')).toBe(false);
    expect(isBlock('1.250\t2')).toBe(true);
    expect(isBlock('1\r\n2\r\n')).toBe(true);
  });
});

describe('a pasted block spread over the order line editor', () => {
  const columns = orderPasteColumns(t, products);

  it('maps a block with a header row by its headers, leaving out and naming the columns the editor does not have', () => {
    const cells = parseTabText('No\tKode Produk\tNama produk\tJumlah\tHarga Satuan (USD)\tJumlah Harga\r\n1\tTWK-001\tTas\t1.250\t28,00\t35.000,00\r\n2\ttas tote wanita pu\tTas\t60\tUSD 7,50\t450,00\r\n');
    const plan = planPaste(cells, columns, 'sku');
    expect(plan.hasHeader).toBe(true);
    expect(plan.rows).toEqual([
      { sku: 'TWK-001', qty: '1.250', unitPrice: '28,00' },
      { sku: 'TWS-001', qty: '60', unitPrice: '7,50' },
    ]);
    expect(plan.ignored).toEqual(['No', 'Nama produk', 'Jumlah Harga']);
  });

  it('without headers fills column by column from the cell pasted into, and names the columns left over', () => {
    const plan = planPaste(parseTabText('240\t28\tcatatan\r\n1.200\t7,25\t\r\n'), columns, 'qty');
    expect(plan.hasHeader).toBe(false);
    expect(plan.rows).toEqual([{ qty: '240', unitPrice: '28' }, { qty: '1.200', unitPrice: '7,25' }]);
    expect(plan.ignored).toEqual(['3']);
  });

  it('reads a product by its SKU, by the `SKU — name` of the choice list or by its name; anything else stays as typed', () => {
    expect(productOfText('twk-001', products)?.sku).toBe('TWK-001');
    expect(productOfText('TWS-001 — Tas Tote Wanita PU', products)?.sku).toBe('TWS-001');
    expect(productOfText('Tas Tote Wanita Kulit Sapi', products)?.sku).toBe('TWK-001');
    expect(planPaste([['TWX-999', '5']], columns, 'sku').rows).toEqual([{ sku: 'TWX-999', qty: '5' }]);
  });
});
