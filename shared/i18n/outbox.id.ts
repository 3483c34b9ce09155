/** Files the app made, at the door where the user takes them (outbox: main/core/platform/files). */
export const outboxId = {
  getOnly: 'Berkas diunduh hanya lewat GET.',
  gone: 'Berkas ini sudah diambil atau sudah kedaluwarsa; buat lagi dari layar.',
};
