import type { AuditEntry } from '../../../../shared/api/registry';
import type { Db } from './connection';

/** What the audit log records changes of. */
export type AuditEntity = 'member' | 'unit' | 'centre' | 'import' | 'product' | 'material' | 'stock' | 'buyer' | 'order' | 'rate' | 'plan' | 'assignment' | 'purchase' | 'export' | 'shipment' | 'roadmap';

export interface AuditRecord {
  at: string;
  actor: string;
  entity: AuditEntity;
  entityId: number | null;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Every change is written here inside the same transaction as the change itself. */
export function recordAudit(db: Db, record: AuditRecord): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor, entity, entity_id, action, before_json, after_json)
     VALUES (@at, @actor, @entity, @entityId, @action, @before, @after)`,
  ).run({
    ...record,
    before: record.before === undefined ? null : JSON.stringify(record.before),
    after: record.after === undefined ? null : JSON.stringify(record.after),
  });
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: number | null;
  action: string;
  after: string | null;
  before: string | null;
}

function describe(row: AuditRow): string {
  const data = JSON.parse(row.after ?? row.before ?? '{}') as Record<string, unknown>;
  // Whichever identity the changed record has, then its name.
  const identity = data.shipmentNo ?? data.memberNo ?? data.unitCode ?? data.sku ?? data.materialCode ?? data.buyerCode ?? data.orderNo ?? data.poNo ?? data.currency ?? data.fileName;
  const label = [identity, data.name].filter(Boolean).join(' ');
  return `${row.actor}: ${label}`.trim();
}

export function listAudit(db: Db, filter: { entity?: string; entityId?: number; limit: number }): AuditEntry[] {
  const rows = db
    .prepare(
      `SELECT id, at, actor, entity, entity_id AS entityId, action, before_json AS before, after_json AS after
       FROM audit_log
       WHERE (@entity IS NULL OR entity = @entity) AND (@entityId IS NULL OR entity_id = @entityId)
       ORDER BY id DESC LIMIT @limit`,
    )
    .all({ entity: filter.entity ?? null, entityId: filter.entityId ?? null, limit: filter.limit }) as AuditRow[];
  return rows.map((row) => ({ id: row.id, at: row.at, entity: row.entity, entityId: row.entityId, action: row.action, summary: describe(row) }));
}

/** The recorded state before the newest change of one kind to a record (what an undo restores). */
export function lastAuditBefore(db: Db, entity: AuditEntity, entityId: number, action: string): unknown {
  const row = db
    .prepare('SELECT before_json AS before FROM audit_log WHERE entity = ? AND entity_id = ? AND action = ? ORDER BY id DESC LIMIT 1')
    .get(entity, entityId, action) as { before: string | null } | undefined;
  return row?.before ? (JSON.parse(row.before) as unknown) : null;
}
