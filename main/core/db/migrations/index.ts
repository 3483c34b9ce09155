import { sql as registry } from './001-registry';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Forward only and append only: a released migration is never edited (the recorded checksum
 * would refuse to open the database); a change of schema is a new entry at the end.
 */
export const migrations: Migration[] = [{ version: 1, name: 'registry', sql: registry }];
