import type { Widen } from './widen';
import type { guardId } from './guard.id';

export const guardEn: Widen<typeof guardId> = {
  busy: 'The data is being used by another process (an import or a plan that is running, say); try again in a moment.',
};
