import { backupEn } from './backup.en';
import { shellEn } from './shell.en';
import { maintenanceEn } from './maintenance.en';
import { checksEn } from './checks.en';
import { guardEn } from './guard.en';
import { exporterEn } from './exporter.en';
import { papersEn } from './papers.en';
import { proformaEn } from './proforma.en';
import { labelsEn } from './labels.en';
import { bulkEn } from './bulk.en';
import { formsEn } from './forms.en';
import { unitCardEn } from './unit-card.en';
import { clipboardEn } from './clipboard.en';
import { serverEn } from './server.en';
import { outboxEn } from './outbox.en';
import { jobsEn } from './jobs.en';
import { chartsEn } from './charts.en';
import type { Messages } from './id';
import { dashboardEn } from './dashboard.en';
import { importEn } from './import.en';
import { importUpdateEn } from './import-update.en';
import { orderUpdateEn } from './order-update.en';
import { planEn } from './plan.en';
import { exportsEn } from './exports.en';
import { purchasingEn } from './purchasing.en';
import { ordersEn } from './orders.en';
import { ratesEn } from './rates.en';
import { reportMaterialsEn } from './report-materials.en';
import { reportProductionEn } from './report-production.en';
import { reportGovernmentEn } from './report-government.en';
import { reportRegistryEn } from './report-registry.en';
import { roadmapEn } from './roadmap.en';
import { reportShipmentsEn } from './report-shipments.en';
import { shipmentsEn } from './shipments.en';
import { workshopsEn } from './workshops.en';
import { uiEn } from './ui.en';

export const en: Messages = {
  app: { name: 'Sentra Planner', tagline: 'Supply-chain planner for an IKM centre' },
  invalid: {
    workHours: 'working hours a week must be 1 to 84',
    offeredAboveCapacity: 'the capacity offered to the cooperative cannot exceed the monthly capacity ({{capacity}} pcs)',
    required: 'is required',
    tooLong: 'is too long',
    email: 'is not an e-mail address (e.g. name@company.com)',
    poDateFuture: "the buyer's PO date may not be after today",
    tooLarge: 'number is too large',
    prefKey: 'unknown preference {{value}}',
    prefLanguage: "language must be 'id' or 'en'",
    date: 'is not a real date (write dd/mm/yyyy, e.g. 17/08/2024)',
    nikDigits: 'the KTP NIK may contain digits only',
    nikLength: 'the KTP NIK must have 16 digits, this one has {{count}}',
    nikAsNumber: 'the KTP NIK was stored as a number in Excel and lost its last digits; format the column as Text and type it again',
    phoneChars: 'a phone number may contain digits, spaces, + or - only',
    phoneStart: 'a phone number must start with 08 or +62',
    phoneLength: 'a phone number must have 9–14 digits, this one has {{count}}',
    notNumber: 'must be a number',
    notWhole: 'must be a whole number',
    negative: 'must not be negative',
    memberStatus: 'status must be aktif, non-aktif or keluar',
    gender: 'gender must be L or P',
    grade: 'grade must be A, B or C',
    active: 'write active or not (yes/no)',
    nib: 'the NIB must have 13 digits',
    kbli: 'the KBLI must have 5 digits',
    category: 'product category "{{value}}" is unknown; choose from: {{known}}',
    duplicateInFile: 'number {{value}} is already used in row {{row}} of this file',
    duplicateStored: 'number {{value}} is already registered',
    unknownOwner: 'no member with member number {{value}}',
    wrongType: 'value does not fit',
    currency: 'currency must be one of IDR, USD, EUR, JPY, CNY, SGD, MYR, AUD',
    uom: 'unknown unit (pcs, sqft, m, m2, kg, g, l, roll, sheet, hide, cone, carton, set, pair)',
    hsCode: 'an HS code has 6 or 8 digits, e.g. 4202.21 or 4202.21.10',
    notPositive: 'must be more than zero',
    outerMaterial: 'outer material must be kulit, sintetis, tekstil, plastik or lainnya',
    wasteTooHigh: 'waste must be below 100 %',
    materialCategory: 'unknown material category',
    movementKind: 'movement must be opening, receipt, issue, return or adjustment',
    zero: 'quantity must not be zero',
    reasonRequired: 'a stock adjustment needs a reason',
    workshopRequired: 'issues and returns of material must name the business unit',
    country: 'unknown country; write the two-letter ISO code, e.g. US, BE, JP, CN',
    buyerKind: 'buyer kind must be export, domestic, marketplace or government',
    incoterm: 'unknown incoterm (e.g. FOB, CIF, EXW)',
    orderStatus: 'unknown order status',
    noLines: 'an order needs at least one line',
    shipBeforeOrder: 'ship-by date must not be before the order date',
    unknownProduct: 'product (SKU) {{value}} not found',
    unknownMaterial: 'material {{value}} not found',
    unknownBuyer: 'buyer {{value}} not found',
    unknownUnit: 'business unit {{value}} not found',
    stockNegative: 'stock of {{material}} would become {{balance}} {{uom}} on {{date}}; it must not go negative',
    missingRate: 'no {{currency}} to rupiah rate recorded for {{date}}',
    statusTransition: 'status cannot change from {{from}} to {{to}}',
    cellError: 'the cell holds the Excel error {{value}}; fix its formula or type the value',
    formulaError: 'the result of the formula in this cell cannot be read (an Excel error such as #N/A or #REF!, or not calculated); fix the formula or type the value',
    month: 'the month must be 1–12 or a month name (January … December)',
    exportYear: 'the year must be between 1970 and 2100',
    futurePeriod: 'the period {{period}} has not happened yet; export history is for months already under way',
    hsCodeHistory: 'the HS code must have 4, 6, 8 or 10 digits, e.g. 4202, 4202.21 or 4202.21.10',
    periodMonth: 'write the period as YYYY-MM, e.g. 2026-01',
    shipmentStatus: 'the shipment status must be draft, booked, shipped, closed or cancelled',
    container: "the container must be 20', 40', 40'HC or LCL",
    noShipmentLines: 'a shipment needs at least one item',
    etaBeforeEtd: 'the ETA cannot be before the ETD',
  },
  errors: {
    notFound: 'Not found.',
    memberHasUnits: 'Member {{name}} still owns {{count}} business units: {{units}}. Detach those units from their owner first.',
    duplicateMemberNo: 'Member number {{value}} is already used by {{name}}.',
    duplicateUnitCode: 'Unit code {{value}} is already used by {{name}}.',
    unknownOwner: 'No member with member number {{value}}.',
    importUnreadable: 'File {{file}} cannot be read as an Excel workbook (.xlsx).',
    importEmpty: 'File {{file}} has no worksheet with data.',
    importNoHeader: 'No row of column headers was found on sheet "{{sheet}}". Columns looked for include: {{expected}}.',
    importMissingColumn: 'Required column "{{column}}" is missing from the header row (row {{row}}).',
    importInvalidRows: '{{count}} rows have problems; nothing was saved.',
    importExpired: 'The import preview has expired; choose the file again.',
    notEmpty: 'This database already holds a centre; the demo loads into an empty database only.',
    invalidInput: 'Invalid input: {{issues}}',
    unknownCall: 'Unknown call {{name}}.',
    internal: 'The application failed: {{message}}',
    duplicateSku: 'SKU {{value}} is already used by product {{name}}.',
    duplicateMaterialCode: 'Material code {{value}} is already used by {{name}}.',
    duplicateBuyerCode: 'Buyer code {{value}} is already used by {{name}}.',
    duplicateOrderNo: 'Order number {{value}} is already used by another order.',
    orderLocked: 'Order {{value}} is {{status}}; only draft or confirmed orders can be changed.',
    duplicateBomMaterial: 'Material {{value}} appears more than once in this bill of materials.',
    returnExceedsHeld: 'Unit {{unit}} holds only {{held}} {{uom}} of {{material}} on {{date}}; a return cannot exceed that.',
    rateForRupiah: 'Rates are kept for foreign currencies only; the rupiah is always 1.',
    orderLineInUse: 'Line {{line}} ({{sku}}) of order {{value}} already has work assigned (SPK) or goods shipped: it cannot be removed nor its product changed (quantity and price may change). Cancel that assignment first.',
    purchaseDuplicateMaterial: 'Material {{value}} appears more than once in this purchase order.',
    purchaseMixedCurrency: 'A purchase order has one currency: {{material}} is priced in {{currency}}, the other materials in {{other}}.',
    purchaseLocked: 'Purchase order {{value}} is {{status}}; only draft orders can be changed.',
    purchaseExpectedBeforeOrder: 'The expected date cannot be before the order date.',
    duplicatePoNo: 'PO number {{value}} is already used by another purchase order.',
    purchaseTransition: 'Purchase order {{value}} cannot change from {{from}} to {{to}}.',
    noPlanRun: 'There is no production plan yet; run the planner first.',
    noPlanSuggestions: 'The plan of {{date}} has no purchase suggestions with a supplier to order from.',
    planAlreadyOrdered: 'The purchase suggestions of the plan of {{date}} are already ordered ({{orders}}); plan again for new suggestions.',
    purchaseNotOrdered: 'Purchase order {{value}} is {{status}}; only ordered purchase orders can be received.',
    purchaseLineUnknown: 'Material {{material}} is not on purchase order {{value}}.',
    receiveExceedsOpen: 'Only {{open}} {{uom}} of {{material}} is still to come on purchase order {{value}}; receiving {{qty}} {{uom}} is more than that.',
    deliveryEmpty: 'Accepted and rejected cannot both be zero.',
    deliveryExceedsOpen: 'Work order {{order}} ({{sku}}, {{unit}}) has only {{open}} pcs still to deliver; a delivery of {{qty}} pcs is more than that.',
    deliveryClosed: 'Work order {{order}} ({{sku}}, {{unit}}) is {{status}}; no delivery can be recorded.',
    assignmentTransition: 'A work order cannot change from {{from}} to {{to}}.',
    periodOrder: 'The end of the period cannot be before its start.',
    duplicateExportRow: 'Export history {{value}} is already recorded; change that row rather than adding a second one.',
  },
  member: {
    memberNo: 'Member No.', name: 'Member Name', nik: 'KTP NIK', phone: 'Mobile', gender: 'Gender',
    address: 'Address', village: 'Village', district: 'District', regency: 'Regency/City',
    joinedOn: 'Joined On', status: 'Status', statusFrom: 'Status Since', unitCount: 'Business Units', workers: 'Workers',
  },
  unit: {
    unitCode: 'Unit Code', name: 'Business Name', ownerMemberNo: 'Owner Member No.', ownerName: 'Owner', nib: 'NIB', kbli: 'KBLI',
    address: 'Address', village: 'Village', categories: 'Products', workers: 'Workers',
    monthlyCapacity: 'Capacity (pcs/month)', qualityGrade: 'Grade', isActive: 'Active', stateFrom: 'Valid From',
    offeredCapacity: 'Offered to the Cooperative (pcs/month)',
  },
  status: { aktif: 'active', 'non-aktif': 'inactive', keluar: 'left' },
  yesNo: { yes: 'yes', no: 'no' },
  ui: uiEn,
  imports: importEn,
  importUpdate: importUpdateEn,
  orderUpdate: orderUpdateEn,
  plan: planEn,
  purchasing: purchasingEn,
  orders: ordersEn,
  rates: ratesEn,
  workshops: workshopsEn,
  exports: exportsEn,
  shipments: shipmentsEn,
  roadmap: roadmapEn,
  reportRegistry: reportRegistryEn,
  reportGovernment: reportGovernmentEn,
  reportShipments: reportShipmentsEn,
  reportProduction: reportProductionEn,
  reportMaterials: reportMaterialsEn,
  dashboard: dashboardEn,
  jobs: jobsEn,
  charts: chartsEn,
  shell: shellEn,
  backup: backupEn,
  maintenance: maintenanceEn,
  guard: guardEn,
  exporter: exporterEn,
  papers: papersEn,
  proforma: proformaEn,
  labels: labelsEn,
  bulk: bulkEn,
  forms: formsEn,
  unitCard: unitCardEn,
  clipboard: clipboardEn,
  checks: checksEn,
  server: serverEn,
  outbox: outboxEn,
};
