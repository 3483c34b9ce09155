import type { formsId } from './forms.id';
import type { Widen } from './widen';

export const formsEn: Widen<typeof formsId> = {
  spkNumbers_one: 'SPK number to be given: {{first}}',
  spkNumbers_other: 'SPK numbers to be given: {{first}} to {{last}}',
};
