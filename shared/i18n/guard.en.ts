import type { Widen } from './widen';
import type { guardId } from './guard.id';

export const guardEn: Widen<typeof guardId> = {
};
