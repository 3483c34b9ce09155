import { z } from 'zod';

export const systemInputs = {
  'system:info': z.object({}),
  'demo:create': z.object({
    seed: z.number().int().min(0).max(2 ** 31).optional(),
    /** `stress`: 410 workshops, 100,000 orders, 1,000,000 order lines, for `npm run bench`. */
    scale: z.enum(['demo', 'stress']).default('demo'),
  }),
  'prefs:get': z.object({ key: z.string().min(1).max(80) }),
  'prefs:set': z.object({ key: z.string().min(1).max(80), value: z.json() }),
};

export interface SystemInfo {
  dbPath: string;
  schemaVersion: number;
  isEmpty: boolean;
  appVersion: string;
}

export interface DemoSummary {
  members: number;
  units: number;
  unitsWithoutOwner: number;
  workers: number;
  /** Supply-chain rows the demo wrote; absent where only the registry was created. */
  products?: number;
  materials?: number;
  buyers?: number;
  orders?: number;
  orderLines?: number;
}

export interface SystemOutputs {
  'system:info': SystemInfo;
  'demo:create': DemoSummary;
  'prefs:get': { value: unknown };
  'prefs:set': { saved: true };
}
