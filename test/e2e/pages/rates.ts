import type { Locator } from 'playwright-core';
import type { Root } from './kit';

// Exchange rates (toolbar Kurs) and the rates missing for orders.

/** The exchange rates: the rule and the rates missing. */
export function ratesScreen(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  return {
    rule: part('rates-rule'),
  };
}

/** The exchange rate form. */
export function rateForm(root: Root) {
  const part = (id: string): Locator => root.getByTestId(id);
  const save = part('rate-form-save');
  return {
    cancel: part('rate-form-cancel'),
    day: part('rate-day'),
    idrPerUnit: part('rate-idrPerUnit'),
    save,
    validOn: part('rate-validOn'),
  };
}
