import { z } from 'zod';
import { centreInput, type Centre, type ProductCategory } from '../domain/centre';
import { isoDateField, idField } from '../domain/fields';
import { memberInput, type Member, type StatusChange } from '../domain/member';
import { unitInput, type Unit, type UnitStateChange } from '../domain/unit';

/** Calls of the registry area: the centre, its members and its business units. */
export const registryInputs = {
  'centre:get': z.object({}),
  'centre:save': centreInput,
  'categories:list': z.object({}),
  'members:list': z.object({ includeRemoved: z.boolean().optional() }),
  'members:get': z.object({ id: idField }),
  'members:save': memberInput,
  'members:remove': z.object({ id: idField, detachUnits: z.boolean().optional() }),
  'members:restore': z.object({ id: idField }),
  'units:list': z.object({ includeRemoved: z.boolean().optional() }),
  'units:get': z.object({ id: idField }),
  'units:save': unitInput,
  'units:remove': z.object({ id: idField }),
  'units:restore': z.object({ id: idField }),
  'registry:summary': z.object({ asOf: isoDateField.optional() }),
  'registry:timeline': z.object({
    fromYear: z.number().int().min(1970).max(2100),
    toYear: z.number().int().min(1970).max(2100),
  }),
  'audit:list': z.object({
    entity: z.enum(['member', 'unit', 'centre', 'product', 'material', 'stock', 'buyer', 'order', 'rate', 'plan', 'assignment', 'purchase']).optional(),
    entityId: idField.optional(),
    limit: z.number().int().min(1).max(1000).default(200),
  }),
};

export interface RegistrySummary {
  asOf: string;
  members: number;
  activeMembers: number;
  units: number;
  activeUnits: number;
  workers: number;
  monthlyCapacity: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  entity: string;
  entityId: number | null;
  action: string;
  summary: string;
}

export interface RemovedMember {
  member: Member;
  detachedUnitIds: number[];
}

export interface RegistryOutputs {
  'centre:get': Centre;
  'centre:save': Centre;
  'categories:list': ProductCategory[];
  'members:list': Member[];
  'members:get': Member & { history: StatusChange[] };
  'members:save': Member;
  'members:remove': RemovedMember;
  'members:restore': Member;
  'units:list': Unit[];
  'units:get': Unit & { history: UnitStateChange[] };
  'units:save': Unit;
  'units:remove': Unit;
  'units:restore': Unit;
  'registry:summary': RegistrySummary;
  'registry:timeline': RegistrySummary[];
  'audit:list': AuditEntry[];
}
