import type { importId } from './import.id';
import type { Widen } from './widen';

export const importEn: Widen<typeof importId> = {
  sheet: { members: 'Members', units: 'Business Units' },
  title: { members: 'Cooperative Member List', units: 'Business Unit List' },
  templateTitle: { members: 'Cooperative Member Import Template', units: 'Business Unit Import Template' },
  asOf: 'As of {{date}}',
  rowNumber: 'No.',
  ownerName: 'Owner',
  total: 'Total',
  printed: 'Printed {{date}}',
  page: 'Page &P / &N',
  instruction: {
    members:
      'How to fill: one member per row, from row {{row}}. Required: {{required}}. Type the KTP NIK (16 digits) and mobile number as text; dates dd/mm/yyyy; status: {{statuses}}.',
    units:
      'How to fill: one business unit per row, from row {{row}}. Required: {{required}}. The owner member number may be blank. Products separated by commas: {{categories}}. Active: yes/no.',
  },
};
