import type { checksId } from './checks.id';
import type { Widen } from './widen';

export const checksEn: Widen<typeof checksId> = {
  capacityPerWorker:
    'a capacity of {{capacity, number}} pcs a month for {{workers, number}} workers is {{perWorker, number}} pcs per person a month; at most {{maximum, number}} (not even belts go further). Check the capacity or the number of workers',
  capacityWithoutWorkers: 'a capacity of {{capacity, number}} pcs a month without workers: enter the number of workers of this unit',
  joinedInFuture: 'joining date {{date}} has not come yet (today is {{today}}): a member is recorded once joined',
  nikTaken: 'NIK {{nik}} is already used by member {{memberNo}} ({{name}}): one person, one membership',
  nikInFile: 'NIK {{nik}} is already on row {{row}} of this file',
  deliveredInFuture: 'delivery date {{date}} has not come yet (today is {{today}}): record a delivery once the goods are in',
  qtyBeyondYear:
    'a quantity of {{qty, number}} pcs is more than the whole centre makes in a year ({{yearly, number}} pcs: the capacity of {{units, number}} active units × 12 months)',
  qtyLarge: 'a quantity of {{qty, number}} pcs is {{months, number(maximumFractionDigits: 1)}} months of the whole centre\'s capacity ({{monthly, number}} pcs a month)',
  zeroPrice: 'unit price 0: this line is given free (samples, replacements for rejects)',
  importCannotConfirm: '{{warning}}; an import cannot ask for confirmation: enter this order on the Orders form',
  needsConfirm: 'Check before saving: {{warnings}}. Save if it is right.',
  confirm: {
    title: 'Check before saving',
    lead: 'These values are unusual. If they are right, save; if not, correct them first.',
    save: 'Yes, save',
    back: 'Correct first',
    line: 'Line {{line}}',
  },
  calendar: {
    national: 'Add national holidays',
    year: 'Year',
    allYears: 'All years',
    nationalHint: 'National holidays, cuti bersama, the Lebaran shutdown and Ramadan hours as decreed (SKB 3 Menteri); periods already there are left as they are',
    nationalAdded: '{{added, number}} national periods {{from}}–{{to}} added; {{kept, number}} were already there.',
    nationalNone: 'All national holidays {{from}}–{{to}} are already in the calendar.',
  },
};
