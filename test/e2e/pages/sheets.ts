import type { Locator } from 'playwright-core';
import type { Root } from './kit';

// Printed work papers: the SPK, the pay slip and the pay statement.

/** The pay slip of a unit. */
export function paySlip(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    issue: part('slip-issue'),
    issueYes: part('slip-issue-yes'),
    line: part('slip-line'),
    net: part('slip-net'),
    number: part('slip-number'),
    page: part('slip-page'),
    period: part('slip-period'),
    unit: part('slip-unit'),
  };
}

/** The printed SPK (surat perintah kerja). */
export function spkSheet(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    line: part('spk-line'),
    materials: part('spk-materials'),
    number: part('spk-number'),
    page: part('spk-page'),
    printIssue: part('spk-print-issue'),
    printIssueYes: part('spk-print-issue-yes'),
    rate: part('spk-rate'),
    wasteRule: part('spk-waste-rule'),
  };
}

/** The pay statement: gross, advances and net. */
export function payStatement(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    advance: part('statement-advance'),
    advances: part('statement-advances'),
    gross: part('statement-gross'),
    net: part('statement-net'),
    print: part('statement-print'),
  };
}
