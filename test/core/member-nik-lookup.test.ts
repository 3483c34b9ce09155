import { afterEach, describe, expect, it } from 'vitest';
import { MEMBERS_WITH_NIK_SQL } from '../../main/core/registry/member-queries';
import { tempApp, type TempApp } from '../helpers/temp-app';

// Every member saved or imported asks who else holds its NIK: read by scanning the member table,
// an import of 200,000 members (the limit of one file) grew quadratic and took half an hour.
let t: TempApp | null = null;
afterEach(() => {
  t?.close();
  t = null;
});

describe('who holds a NIK', () => {
  it('is found through an index, not by reading every member', async () => {
    t = await tempApp();
    const plan = t.app.db.prepare(`EXPLAIN QUERY PLAN ${MEMBERS_WITH_NIK_SQL}`).all('3515061203870001') as { detail: string }[];
    const steps = plan.map((step) => step.detail);
    expect(steps.some((step) => /^SEARCH member USING INDEX member_nik_lookup \(nik=\?\)/.test(step))).toBe(true);
    expect(steps.filter((step) => /^SCAN member\b/.test(step))).toEqual([]);
  });

  it('still finds a NIK two members shared before migration 012, and no removed member', async () => {
    t = await tempApp();
    const db = t.app.db;
    const insert = db.prepare("INSERT INTO member (member_no, name, nik, joined_on, created_at, updated_at, nik_shared_before, removed_at) VALUES (?, ?, ?, '2020-01-01', 'now', 'now', ?, ?)");
    insert.run('A-001', 'Siti Aminah', '3515061203870001', 1, null);
    insert.run('A-002', 'Siti Aminah (kembar)', '3515061203870001', 1, null);
    insert.run('A-003', 'Keluar', '3515061203870001', 0, '2024-01-01');
    expect(db.prepare(MEMBERS_WITH_NIK_SQL).all('3515061203870001')).toEqual([
      expect.objectContaining({ memberNo: 'A-001' }),
      expect.objectContaining({ memberNo: 'A-002' }),
    ]);
  });
});
