import { describe, expect, it } from 'vitest';
import { loadLevel, weekHead } from '../../renderer/src/planning/loadLevel';

/** How the plan's heat map colours a workshop's week, without a browser. */
describe('heat map levels', () => {
  it('is empty without load, light below 80 %, full up to capacity, over beyond it', () => {
    expect(loadLevel(0, 100)).toBe('empty');
    expect(loadLevel(79, 100)).toBe('light');
    expect(loadLevel(80, 100)).toBe('full');
    expect(loadLevel(100, 100)).toBe('full');
    expect(loadLevel(101, 100)).toBe('over');
    expect(loadLevel(5, 0)).toBe('over');
  });

  it('heads a week by its Monday as dd/MM', () => {
    expect(weekHead('2026-11-23')).toBe('23/11');
  });
});
