import type { bulkId } from './bulk.id';
import type { Widen } from './widen';

export const bulkEn: Widen<typeof bulkId> = {
  notFound: 'not found (it may have been removed)',
  already: 'already {{status}}; left as it was',
  alreadyIssued: 'already issued as {{spkNo}}; printed with the others',
  selectHint: 'Tick several rows (or Shift+click) to act on them at once.',
  issueAndPrint: 'Issue & print selected ({{shown}})',
  setStatus: 'Change status of selected ({{shown}})…',
  statusTitle: 'Change the status of {{count}} rows at once',
  statusTo: 'New status',
  statusExplain: 'Each row is checked by the same rules as when changed one by one. A row that may not change is refused with its reason; the other rows are still changed.',
  apply: 'Apply',
  summaryTitle: 'What the bulk action did',
  doneCount_one: '{{shown}} row done',
  doneCount_other: '{{shown}} rows done',
  refusedCount_one: '{{shown}} row refused',
  refusedCount_other: '{{shown}} rows refused',
  doneHeading: 'Done',
  refusedHeading: 'Refused, and why',
  colNo: 'Number',
  colReason: 'Reason',
  print: 'Print the issued SPKs',
  printSelected: 'Print selected ({{shown}})',
  close: 'Close',
  noneToPrint: 'None of the selected SPKs is issued, so there is nothing to print.',
};
