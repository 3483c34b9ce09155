import ExcelJS from 'exceljs';

export interface MemberSheetRow {
  no: number;
  memberNo: string;
  name: string;
  nik: string;
  phone: string;
  joinedOn: string;
}

/**
 * A members list the way a cooperative office keeps one: a title and a date above the header,
 * Indonesian headers, NIK and phone as text, dates typed dd/mm/yyyy.
 */
export async function memberWorkbook(rows: MemberSheetRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Anggota 2026');
  sheet.addRow(['DAFTAR ANGGOTA KOPERASI INTAKO']);
  sheet.addRow(['Keadaan per 23 November 2026']);
  sheet.addRow([]);
  sheet.addRow(['No.', 'No. Anggota', 'Nama Lengkap', 'NIK KTP', 'No. HP', 'Tanggal Masuk', 'Simpanan Pokok']);
  for (const row of rows) sheet.addRow([row.no, row.memberNo, row.name, row.nik, row.phone, row.joinedOn, 100000]);
  sheet.getColumn(4).numFmt = '@';
  sheet.getColumn(5).numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
