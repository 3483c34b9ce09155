import type { Widen } from './widen';
import type { maintenanceId } from './maintenance.id';

export const maintenanceEn: Widen<typeof maintenanceId> = {
};
