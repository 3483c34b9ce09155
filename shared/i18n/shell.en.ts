import type { Widen } from './widen';
import type { shellId } from './shell.id';

export const shellEn: Widen<typeof shellId> = {
};
