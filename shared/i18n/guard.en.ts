import type { Widen } from './widen';
import type { guardId } from './guard.id';

export const guardEn: Widen<typeof guardId> = {
  busy: 'The data is being used by another process (an import or a plan that is running, say); try again in a moment.',
  unsafeCharacter: 'holds a character no Excel file can keep ({{codePoint}}, character {{position}}); delete it or retype the text',
  aboveMaximum: 'number too large: at most {{maximum, number}}',
  tooDeep: 'the input is nested too deeply',
};
