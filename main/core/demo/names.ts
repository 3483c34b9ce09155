/**
 * Word lists for the demo centre. Every person and workshop is fictional; the names are the
 * kind met in East Javanese cooperatives so that lists, reports and sorting look real.
 */

export const MALE_FIRST = [
  'Slamet', 'Sugeng', 'Bambang', 'Joko', 'Agus', 'Budi', 'Heru', 'Eko', 'Dwi', 'Teguh', 'Wahyudi', 'Suparman',
  'Sutrisno', 'Mulyono', 'Supriyadi', 'Hariyanto', 'Subagyo', 'Rudi', 'Imam', 'Ahmad', 'Moch.', 'Abdul', 'Achmad',
  'Sholeh', 'Khoirul', 'Syaiful', 'Fathur', 'Arif', 'Hadi', 'Suwarno', 'Sunarto', 'Gatot', 'Priyo', 'Yusuf',
  'Ali', 'Mukhlis', 'Zainal', 'Nur', 'Didik', 'Hendro', 'Setyo', 'Wawan', 'Rohmad', 'Samsul', 'Fauzi', 'Anang',
  'Kasiman', 'Paijo', 'Sukardi', 'Masrukhin',
] as const;

export const MALE_SECOND = [
  'Santoso', 'Prasetyo', 'Wibowo', 'Hidayat', 'Susanto', 'Setiawan', 'Purnomo', 'Kurniawan', 'Riyadi', 'Effendi',
  'Hasan', 'Rahman', 'Mustofa', 'Arifin', 'Faisal', 'Hakim', 'Huda', 'Anwar', 'Ma\'ruf', 'Sholikhin', 'Rochim',
  'Basuki', 'Widodo', 'Sulistyo', 'Hartono', 'Suryadi', 'Cahyono', 'Wahyono', 'Nugroho', 'Firmansyah', 'Ikhsan',
  'Ghozali', 'Syafi\'i', 'Junaedi', 'Ridwan',
] as const;

export const FEMALE_FIRST = [
  'Siti', 'Sri', 'Endang', 'Suyati', 'Sumiati', 'Lilik', 'Umi', 'Wahyuni', 'Rahayu', 'Sulastri', 'Kartini',
  'Ninik', 'Yuli', 'Dewi', 'Ratna', 'Anik', 'Tutik', 'Lestari', 'Purwati', 'Erna', 'Indah', 'Fitri', 'Khusnul',
  'Rina', 'Nur', 'Mariyam', 'Aminah', 'Suprapti', 'Sumarni', 'Winarti', 'Eni', 'Nanik', 'Luluk', 'Mufidah',
  'Rukmini', 'Ika', 'Yayuk', 'Heni', 'Dian', 'Novi',
] as const;

export const FEMALE_SECOND = [
  'Aminah', 'Rahayu', 'Wahyuningsih', 'Handayani', 'Lestari', 'Suryani', 'Rohmah', 'Fatimah', 'Khotimah',
  'Maslakhah', 'Zulaikha', 'Puspitasari', 'Kusumawati', 'Setyowati', 'Mulyani', 'Hidayati', 'Rahmawati',
  'Nurhayati', 'Sholikhah', 'Kurniasih', 'Astuti', 'Wulandari', 'Susanti', 'Ningsih', 'Anggraini',
] as const;

/**
 * The 18 desa of Kec. Tanggulangin (Kemendagri 35.15.06) with weights: Kludan and Kedensari are
 * the bag villages along the main road; Kedungbendo was largely lost to the 2006 mudflow.
 */
export const VILLAGES: readonly (readonly [string, number])[] = [
  ['Kludan', 26], ['Kedensari', 16], ['Kalidawir', 6], ['Ketapang', 6], ['Ngaban', 6], ['Randegan', 6],
  ['Kalitengah', 5], ['Banjarpanji', 3], ['Banjarsari', 3], ['Boro', 3], ['Ganggang Panjang', 3], ['Gelang', 3],
  ['Kalisampurno', 3], ['Kedungbanteng', 3], ['Penatarsewu', 2], ['Putat', 3], ['Sentul', 3], ['Kedungbendo', 1],
];

/** Street names used inside every desa; `Raya <desa>` is added per desa. */
export const STREETS = [
  'Melati', 'Mawar', 'Kenanga', 'Anggrek', 'Flamboyan', 'Dahlia', 'Masjid', 'Pasar', 'Balai Desa', 'Kauman',
  'KH. Hasyim Asy\'ari', 'Diponegoro', 'Pahlawan', 'Sawunggaling', 'Kartini', 'Makam', 'Sekolahan', 'Pondok',
] as const;

/** The first word of a workshop's brand, by its main product. */
export const BRAND_PREFIX: Record<string, readonly string[]> = {
  tas: ['Tas', 'Tas Kulit', 'Tas', 'Tas Wanita'],
  koper: ['Koper', 'Koper Kulit'],
  dompet: ['Dompet', 'Dompet Kulit'],
  'ikat-pinggang': ['Ikat Pinggang', 'Sabuk Kulit'],
  sepatu: ['Sepatu', 'Sepatu & Sandal'],
  jaket: ['Jaket Kulit'],
  aksesoris: ['Aksesoris Kulit', 'Souvenir Kulit'],
};

export const BRAND_WORDS = [
  'Sari', 'Jaya', 'Mulya', 'Abadi', 'Makmur', 'Sejahtera', 'Indah', 'Putra', 'Putri', 'Barokah', 'Rizky', 'Mandiri',
  'Sentosa', 'Lancar', 'Rejeki', 'Karya', 'Cipta', 'Mitra', 'Bintang', 'Surya', 'Kencana', 'Mekar', 'Utama', 'Agung',
  'Lestari', 'Anugerah', 'Berkah', 'Amanah', 'Harapan', 'Tunggal', 'Delta', 'Intan', 'Permata', 'Citra', 'Dewi',
] as const;

/** Some workshops trade as a registered firm rather than under a product name. */
export const FIRM_FORMS = ['UD', 'CV'] as const;

/** Mobile prefixes of the Indonesian operators, so that numbers look like real 08… numbers. */
export const PHONE_PREFIXES = ['0812', '0813', '0821', '0822', '0852', '0853', '0856', '0857', '0815', '0817', '0818', '0819', '0877', '0878', '0896', '0838'] as const;
