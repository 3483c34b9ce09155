import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProductInput } from '../../shared/domain/catalogue';
import { arrangeCentre, openSession, type Session } from './harness';
import { importWizard } from './pages/import';
import { ordersScreen } from './pages/orders';
import { toolbar } from './pages/shell';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Where the screenshots for the lead go when SENTRA_SHOTS names a folder. */
const SHOTS = process.env.SENTRA_SHOTS;

describe('orders exported, corrected in Excel and imported as update in the wizard', () => {
  let session: Session | null = null;
  let folder: string | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });

  it('shows the changed quantity, the removed line and the added one, then saves exactly those', async () => {
    session = await openSession({
      async arrange(backend) {
        await arrangeCentre(backend);
        const product = { category: 'tas', labourMinutes: 300, cartonQty: 12, currency: 'IDR' } satisfies Partial<ProductInput>;
        await backend.must('products:save', { ...product, sku: 'TWK-001', name: 'Tas Tote Wanita Kulit Sapi', hsCode: '4202.21', price: 450000 });
        await backend.must('products:save', { ...product, sku: 'TWS-001', name: 'Tas Tote Wanita PU', hsCode: '4202.22', price: 150000 });
        await backend.must('buyers:save', { buyerCode: 'ID-SBY', name: 'UD Grosir Tas Pasar Turi', country: 'ID', kind: 'domestic', currency: 'IDR', incoterm: 'EXW' });
        await backend.must('orders:save', {
          orderNo: 'SO-1', buyerCode: 'ID-SBY', orderDate: '2026-11-02', shipBy: '2027-01-15', currency: 'IDR', status: 'confirmed',
          lines: [{ sku: 'TWK-001', qty: 120, unitPrice: 450000 }, { sku: 'TWS-001', qty: 80, unitPrice: 150000 }],
        });
        await backend.must('orders:save', {
          orderNo: 'SO-2', buyerCode: 'ID-SBY', orderDate: '2026-11-05', shipBy: '2027-02-01', currency: 'IDR',
          lines: [{ sku: 'TWK-001', qty: 60, unitPrice: 450000 }],
        });
      },
    });
    const { page, backend } = session;
    folder = mkdtempSync(join(tmpdir(), 'sentra-ordupd-e2e-'));
    await ordersScreen(page).open(session);
    await ordersScreen(page).countShows('2 pesanan');
    // Pesanan in the Export menu (the other item is the daily rates).
    await toolbar(page).export.click();
    const [exported] = await Promise.all([page.waitForEvent('download'), toolbar(page).exportOrders.click()]);
    const exportedFile = join(folder, 'pesanan.xlsx');
    await exported.saveAs(exportedFile);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exportedFile);
    const sheet = workbook.worksheets[0];
    let header = 0;
    sheet.eachRow((row, number) => {
      if (header === 0 && Array.isArray(row.values) && row.values.includes('No. Pesanan')) header = number;
    });
    const columnOf = (name: string) => (sheet.getRow(header).values as ExcelJS.CellValue[]).indexOf(name);
    const rowOf = (orderNo: string, sku: string) => {
      for (let row = header + 1; row <= sheet.rowCount; row++) {
        const cells = sheet.getRow(row);
        if (cells.getCell(columnOf('No. Pesanan')).value === orderNo && cells.getCell(columnOf('SKU')).value === sku) return row;
      }
      throw new Error(`${orderNo} ${sku}`);
    };
    sheet.getRow(rowOf('SO-1', 'TWK-001')).getCell(columnOf('Jumlah Pesan')).value = 150;
    // SO-1's second line leaves the order; its row becomes a second line of SO-2.
    const freed = rowOf('SO-1', 'TWS-001');
    const template = rowOf('SO-2', 'TWK-001');
    for (let column = 1; column <= sheet.columnCount; column++) sheet.getRow(freed).getCell(column).value = sheet.getRow(template).getCell(column).value;
    sheet.getRow(freed).getCell(columnOf('SKU')).value = 'TWS-001';
    sheet.getRow(freed).getCell(columnOf('Jumlah Pesan')).value = 40;
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());

    await toolbar(page).import.click();
    await toolbar(page).importOrders.click();
    await importWizard(page).updateMode.check();
    await importWizard(page).file.setInputFiles({ name: 'pesanan-koreksi.xlsx', mimeType: XLSX, buffer: edited });
    await importWizard(page).updateCounts.waitFor();
    expect(await importWizard(page).updateNew.textContent()).toBe('0');
    expect(await importWizard(page).updateChanged.textContent()).toBe('2');
    expect(await importWizard(page).updateUnchanged.textContent()).toBe('0');
    const changes = await importWizard(page).changeRow.allTextContents();
    expect(changes.join(' | ')).toContain('Jumlah Pesan: 120 → 150');
    expect(changes.join(' | ')).toContain('SKU: TWS-001 → baris dihapus (80 pcs)');
    // A line added to a stored order reads as a change of that order, as the counters count it.
    expect(changes.find((text) => text.startsWith(String(freed)))).toMatch(/SKU: \(kosong\) → baris baru \S+ \(\d+ pcs\)/);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'orders-update-preview.png'), fullPage: true });

    await importWizard(page).saveAll.click();
    await importWizard(page).saved.filter({ hasText: '0 baris baru disimpan, 2 diperbarui, 0 tidak berubah.' }).waitFor();
    const lines = backend.app.db
      .prepare(`SELECT o.order_no AS orderNo, p.sku, l.qty FROM order_line l JOIN sales_order o ON o.id = l.order_id JOIN product p ON p.id = l.product_id
                ORDER BY o.order_no, l.line_no`)
      .all();
    expect(lines).toEqual([
      { orderNo: 'SO-1', sku: 'TWK-001', qty: 150 },
      { orderNo: 'SO-2', sku: 'TWK-001', qty: 60 },
      { orderNo: 'SO-2', sku: 'TWS-001', qty: 40 },
    ]);
    expect(session.problems).toEqual([]);
  });
});
