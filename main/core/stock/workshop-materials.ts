import type { WorkshopMaterialAccount } from '../../../shared/api/production';
import { roundQty } from '../../../shared/units';
import type { CallContext } from '../platform/app';
import { heldByWorkshop, usedByWorkshop, type MaterialFlow } from './workshop-material-queries';

export type WorkshopAccount = WorkshopMaterialAccount & Pick<MaterialFlow, 'unitId' | 'unitCost' | 'currency'>;

/**
 * Per workshop and material the cooperative issued to it, as of a day: issued − returned − used
 * by delivered pieces − the waste the BOM allows on them. Positive is material still with the workshop; negative is
 * overuse. The BOM used is today's: a changed recipe re-values past deliveries.
 */
export function workshopAccounts(ctx: CallContext, unitCode: string | null, asOf: string): WorkshopAccount[] {
  const { db } = ctx.app;
  const accounts = new Map<string, WorkshopAccount>();
  const accountOf = (flow: MaterialFlow): WorkshopAccount => {
    const key = `${flow.unitId}|${flow.materialId}`;
    let account = accounts.get(key);
    if (!account) {
      const { unitId, unitCode: code, unitName, materialCode, materialName, uom, unitCost, currency } = flow;
      account = { unitId, unitCode: code, unitName, materialCode, materialName, uom, unitCost, currency, issued: 0, returned: 0, used: 0, wasteAllowance: 0, balance: 0 };
      accounts.set(key, account);
    }
    return account;
  };
  for (const row of heldByWorkshop(db, unitCode, asOf)) {
    const account = accountOf(row);
    account.issued = roundQty(row.issued);
    account.returned = roundQty(row.returned);
  }
  for (const row of usedByWorkshop(db, unitCode, asOf)) {
    const account = accountOf(row);
    account.used = roundQty(row.used);
    account.wasteAllowance = roundQty(row.wasteAllowance);
  }
  // Material the cooperative never issued to a workshop is the workshop's own: it is not on the
  // account and cannot be overused (charging it would take a workshop's own leather off its pay).
  const list = [...accounts.values()].filter((account) => account.issued > 0);
  for (const account of list) account.balance = roundQty(account.issued - account.returned - account.used - account.wasteAllowance);
  return list.sort((a, b) => a.unitCode.localeCompare(b.unitCode) || a.materialCode.localeCompare(b.materialCode));
}

/** The contract's shape, without the internal ids and costs. */
export function workshopMaterials(ctx: CallContext, unitCode: string | null, asOf: string): WorkshopMaterialAccount[] {
  return workshopAccounts(ctx, unitCode, asOf).map((a) => ({
    unitCode: a.unitCode, unitName: a.unitName, materialCode: a.materialCode, materialName: a.materialName, uom: a.uom,
    issued: a.issued, returned: a.returned, used: a.used, wasteAllowance: a.wasteAllowance, balance: a.balance,
  }));
}
