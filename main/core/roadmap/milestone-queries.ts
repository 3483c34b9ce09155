import type { MilestoneStatus, MilestoneValues } from '../../../shared/api/roadmap';
import type { Db } from '../platform/db/connection';

/** The roadmap's milestones, soft-deleted so a removal can be undone. */

export interface StoredMilestone {
  id: number;
  roadmapId: number;
  title: string;
  dueOn: string;
  status: MilestoneStatus;
  note: string | null;
  updatedAt: string;
  removedAt: string | null;
}

const SELECT = `SELECT id, roadmap_id AS roadmapId, title, due_on AS dueOn, status, note, updated_at AS updatedAt, removed_at AS removedAt FROM roadmap_milestone`;

export function listMilestones(db: Db, roadmapId: number): StoredMilestone[] {
  return db.prepare(`${SELECT} WHERE roadmap_id = ? AND removed_at IS NULL ORDER BY due_on, id`).all(roadmapId) as StoredMilestone[];
}

export function getMilestone(db: Db, id: number): StoredMilestone | undefined {
  return db.prepare(`${SELECT} WHERE id = ?`).get(id) as StoredMilestone | undefined;
}

type Stored = Omit<MilestoneValues, 'id'>;

export function insertMilestone(db: Db, roadmapId: number, values: Stored, now: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO roadmap_milestone (roadmap_id, title, due_on, status, note, created_at, updated_at)
         VALUES (@roadmapId, @title, @dueOn, @status, @note, @now, @now)`,
      )
      .run({ ...values, roadmapId, now }).lastInsertRowid,
  );
}

export function updateMilestone(db: Db, id: number, values: Stored, now: string): void {
  db.prepare('UPDATE roadmap_milestone SET title = @title, due_on = @dueOn, status = @status, note = @note, updated_at = @now WHERE id = @id').run({
    ...values,
    id,
    now,
  });
}

export function setMilestoneRemoved(db: Db, id: number, removedAt: string | null, now: string): void {
  db.prepare('UPDATE roadmap_milestone SET removed_at = ?, updated_at = ? WHERE id = ?').run(removedAt, now, id);
}
