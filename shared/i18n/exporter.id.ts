/** The exporter's identity and bank on the centre profile, and products' English names for export papers. */
export const exporterId = {
  invalid: {
    nib: 'NIB harus 13 digit (dari OSS)',
    npwp: 'NPWP harus 16 digit (NPWP lama badan 15 digit juga diterima dan disimpan dengan 0 di depan)',
    swiftLength: 'kode SWIFT/BIC harus 8 atau 11 karakter (mis. BRINIDJA)',
    swift: 'kode SWIFT/BIC tidak sah: 4 huruf bank, 2 huruf negara, 2 huruf/angka lokasi, lalu 3 huruf/angka cabang bila ada (mis. BRINIDJA)',
    email: 'alamat email tidak sah (contoh: koperasi@intako.co.id)',
    accountNo: 'nomor rekening harus berupa angka (6 sampai 20 digit)',
  },
  hint: {
    legalName: 'Sesuai akta dan NIB, seperti tercetak pada invoice ekspor',
    addressEn: 'Alamat lengkap dalam bahasa Inggris untuk dokumen ekspor',
    nib: '13 digit dari OSS',
    npwp: '16 digit (format baru)',
    swift: '8 atau 11 karakter, mis. BRINIDJA',
  },
  product: {
    nameEn: 'Nama Inggris (dokumen ekspor)',
    nameEnHint: 'Mis. "Ladies\' handbag, croco-embossed cowhide"; invoice ekspor tidak memakai nama Indonesia',
    composition: 'Komposisi bahan',
    compositionHint: 'Mis. "upper 100 % cowhide leather, lining 100 % polyester" (diminta bea cukai)',
    missingNames_one: '{{count}} produk ekspor belum punya nama Inggris: {{skus}}. Dokumen ekspornya tidak dapat dicetak sebelum diisi.',
    missingNames_other: '{{count}} produk ekspor belum punya nama Inggris: {{skus}}. Dokumen ekspornya tidak dapat dicetak sebelum diisi.',
  },
};
