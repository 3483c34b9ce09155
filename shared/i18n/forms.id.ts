/** Form manners and the numbers a new record will get (issue 13). */
export const formsId = {
  spkNumbers_one: 'Nomor SPK yang akan diberikan: {{first}}',
  spkNumbers_other: 'Nomor SPK yang akan diberikan: {{first}} s.d. {{last}}',
};
