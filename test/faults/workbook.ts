import ExcelJS from 'exceljs';

/**
 * A members workbook as large as the kill trials need: `rows` valid members with fresh numbers
 * (`KT-000001`…), header keys as the README names them. Written with exceljs' streaming writer,
 * so 50,000 rows take seconds and little memory.
 */
export async function writeMembersWorkbook(path: string, rows: number, prefix = 'KT'): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('Anggota');
  sheet.addRow(['member_no', 'name', 'nik', 'phone', 'address', 'village', 'district', 'regency', 'joined_on', 'status']).commit();
  for (let i = 1; i <= rows; i++) {
    const no = String(i).padStart(6, '0');
    sheet
      .addRow([`${prefix}-${no}`, `Anggota Uji ${no}`, null, null, `Jl. Uji No. ${i}`, 'Kludan', 'Tanggulangin', 'Sidoarjo', '2021-03-15', 'aktif'])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}
