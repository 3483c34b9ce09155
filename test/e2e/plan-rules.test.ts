import { describe, expect, it } from 'vitest';
import { loadLevel, shareLevel, weekHead, weekShare } from '../../renderer/src/planning/plan/loadLevel';

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

  it("reads a week by the fuller of its pieces and its people's hours", () => {
    // 48 totes of 300 minutes in a week of 403 pieces and 14,400 minutes: 12 % of the pieces, 100 % of the time.
    expect(weekShare(48, 403, 48 * 300, 14_400)).toBe(1);
    expect(shareLevel(weekShare(48, 403, 48 * 300, 14_400))).toBe('full');
    // The finding: 174 totes in that week read 43 % by pieces, 363 % by time.
    expect(shareLevel(weekShare(174, 403, 174 * 300, 14_400))).toBe('over');
    expect(shareLevel(weekShare(100, 403, 0, 14_400))).toBe('light');
    expect(shareLevel(weekShare(0, 403, 0, 14_400))).toBe('empty');
    expect(weekShare(10, 403, 600, 0)).toBe(Infinity);
  });

  it('heads a week by its Monday as dd/MM', () => {
    expect(weekHead('2026-11-23')).toBe('23/11');
  });
});
