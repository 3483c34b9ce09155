/** Words of the chart pictures in the workbooks (the screens' charts take theirs from dashboard.*). */
export const chartsId = {
  sheet: 'Grafik',
  other: 'Lainnya',
  exports: {
    byMonth: 'Ekspor per bulan (FOB, USD)',
    byMonthNote: '{{current}} dibanding {{previous}}',
    byCountry: 'Ekspor per negara tujuan (FOB, USD)',
    slice: 'USD {{value}} · {{share}}',
    none: 'Grafik tidak dibuat: belum ada data ekspor pada {{current}} maupun {{previous}}.',
    noneCurrent: 'Grafik negara tujuan tidak dibuat: belum ada ekspor pada {{current}}.',
  },
  roadmap: {
    title: 'Target dan capaian KPI per tahun',
    note: '{{year}} belum genap setahun: capaian s.d. {{date}}',
    target: 'Target',
    actual: 'Capaian',
    none: 'Grafik tidak dibuat: belum ada target maupun capaian KPI.',
  },
  production: {
    title: 'Pemakaian kapasitas per bulan (disetor ÷ kapasitas)',
    light: 'di bawah 80 %',
    full: '80–100 %',
    over: 'melebihi kapasitas',
    capacity: 'kapasitas penuh (100 %)',
    missing: 'tanpa data',
    none: 'Grafik tidak dibuat: belum ada setoran pada {{period}}.',
  },
};
