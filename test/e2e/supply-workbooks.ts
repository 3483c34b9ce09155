import ExcelJS from 'exceljs';

export interface ProductSheetRow {
  sku: string;
  name: string;
  category: string;
  hsCode: string;
  outer: string;
  minutes: number;
  perCarton: number;
  price: number;
  currency: string;
}

/** A price list the way a workshop keeps one: a title above the header, Indonesian headers, prices in rupiah or dollars. */
export async function productWorkbook(rows: ProductSheetRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Produk');
  sheet.addRow(['DAFTAR PRODUK SENTRA TANGGULANGIN']);
  sheet.addRow([]);
  sheet.addRow(['No.', 'SKU', 'Nama Produk', 'Kategori', 'Kode HS', 'Bahan Luar', 'Waktu Kerja (menit/pcs)', 'Isi per Karton', 'Harga', 'Mata Uang']);
  rows.forEach((row, index) =>
    sheet.addRow([index + 1, row.sku, row.name, row.category, row.hsCode, row.outer, row.minutes, row.perCarton, row.price, row.currency]),
  );
  sheet.getColumn(5).numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
