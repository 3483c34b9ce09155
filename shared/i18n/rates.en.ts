import type { Widen } from './widen';
import type { ratesId } from './rates.id';

/** Words of the daily exchange rates: the rates list, its import (also Bank Indonesia's download), the missing-rate card. English. */
export const ratesEn: Widen<typeof ratesId> = {
  columns: {
    date: 'Date', currency: 'Currency', rate: 'Rate (Rp per 1 unit)', unit: 'Unit', sell: 'Selling rate', buy: 'Buying rate', source: 'Source',
  },
  instruction:
    'Instructions: one rate per row (date, currency, rupiah per 1 unit), from row {{row}}. Required: {{required}}. Bank Indonesia\'s "Kurs Transaksi BI" download is read as it is: middle rate = (selling + buying) ÷ 2 ÷ unit (JPY is quoted per 100).',
  biSource: 'Kurs Transaksi BI (middle rate)',
  invalid: {
    future: 'the date {{date}} has not come yet: rates are recorded for today or earlier',
    implausible: 'a {{currency}} rate of Rp {{rate}} per 1 unit is not plausible (usually Rp {{low}}–{{high}}); check for a typing slip or a rate per 100 units (fill the Unit column)',
    rupiah: 'the rupiah has no rate to the rupiah',
    noCurrency: 'the currency is required (a Currency column, or named above the table, e.g. "Mata Uang : USD")',
    halfQuote: 'fill both the selling and the buying rate, or the rate column',
    duplicate: 'the rate {{value}} is already in row {{row}} of this file',
  },
  form: {
    sameDay: 'Empty = the rate of this date, Rp {{rate}} ({{date}})',
    fromDay: 'the rate recorded for {{date}}',
    earlierDay: 'Empty = the rate of {{date}}, Rp {{rate}}: the order date has no rate of its own',
    none: 'No {{currency}} rate within {{days}} days up to {{date}}: may be left empty — the order is saved, its rupiah value waits for the rate',
  },
  card: {
    title: 'Rates missing',
    intro_one: '{{count}} value not yet known in rupiah/USD: no rate within {{days}} days up to its date.',
    intro_other: '{{count}} values not yet known in rupiah/USD: no rate within {{days}} days up to their dates.',
    order: 'Order {{no}}',
    shipment: 'Shipment {{no}}',
    line: '{{currency}} · {{date}}',
    lastBefore: 'last rate {{date}}',
    noneBefore: 'no rate ever recorded',
    more_one: '… and {{count}} more',
    more_other: '… and {{count}} more',
    action: 'Record rates',
  },
  dialog: {
    more_one: 'Show earlier days ({{count}} more day)',
    more_other: 'Show earlier days ({{count}} more days)',
    perDay: 'Rates per day',
    intro: 'A value uses the rate of its own date; without one, the rate of an earlier day at most {{days}} days before (a weekend uses Friday\'s); older than that, its value is unknown.',
  },
};
