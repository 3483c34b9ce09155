import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../main/electron/ipc';
import { fake, resetFake } from './fake-electron';

// main/electron/preload.ts against a recording fake of the electron module: what it puts on
// `window` and what it sends.
vi.mock('electron', () => import('./fake-electron'));

beforeAll(async () => {
  resetFake();
  await import('../../main/electron/preload');
});

describe('the preload', () => {
  it('exposes one object with three functions, never ipcRenderer itself', () => {
    expect([...fake.exposed.keys()]).toEqual(['sentra']);
    const api = fake.exposed.get('sentra') ?? {};
    expect(Object.keys(api).sort()).toEqual(['call', 'printToPdf', 'saveFile']);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('sends each function to its own channel, and only to the channels main handles', async () => {
    const api = fake.exposed.get('sentra') ?? {};
    expect(await api.call('system:info', {}, 'en')).toEqual({ ok: true, value: 'answered' });
    await api.saveFile('Zl8xMjM0NTY3ODkwYWJjZGVmZ2hpams');
    await api.printToPdf('Roadmap.pdf');
    expect(fake.invoked).toEqual([
      ['sentra:call', 'system:info', {}, 'en'],
      ['sentra:save-file', 'Zl8xMjM0NTY3ODkwYWJjZGVmZ2hpams'],
      ['sentra:print-pdf', 'Roadmap.pdf'],
    ]);
    expect(fake.invoked.every(([channel]) => (CHANNELS as readonly unknown[]).includes(channel))).toBe(true);
  });
});
