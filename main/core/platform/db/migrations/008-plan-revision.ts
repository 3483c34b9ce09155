/**
 * Release 0.8: a token that changes with every write to the plan's own tables, so a long-lived
 * app can keep the last plan's rows in memory and skip reading them back at the next re-plan
 * (20,000 SPKs at stress scale) while no one — no screen, no import, no second program — has
 * touched them. A random token, not a counter: a rolled-back write can never make an old token
 * current again.
 */
const WATCHED = ['work_assignment', 'assignment_week', 'delivery'];

function triggers(table: string): string {
  return ['INSERT', 'UPDATE', 'DELETE']
    .map((event) => `CREATE TRIGGER ${table}_${event.toLowerCase()}_plan_revision AFTER ${event} ON ${table}
BEGIN UPDATE plan_revision SET token = random(); END;`)
    .join('\n');
}

export const sql = `
CREATE TABLE plan_revision (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  token INTEGER NOT NULL
) STRICT;
INSERT INTO plan_revision (id, token) VALUES (1, random());
${WATCHED.map(triggers).join('\n')}
`;
