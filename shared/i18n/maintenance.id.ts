/** Backups, restore and the integrity check of a centre file. */
export const maintenanceId = {
};
