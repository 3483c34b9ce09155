/** Refusals at the boundary: unsafe text, numbers past any real bound, busy database, oversized imports. */
export const guardId = {
  busy: 'Data sedang dipakai proses lain (mis. impor atau perencanaan yang sedang berjalan); coba lagi sebentar lagi.',
};
