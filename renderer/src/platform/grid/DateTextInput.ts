import type { IDateComp, IDateParams } from 'ag-grid-community';
import { parseDateText } from '../../../../shared/dates';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * The date filter's input as people here type dates: `17/08/2024` (day first). The browser's
 * own date picker would follow the PC's regional settings instead, which differ from desk to desk.
 */
export class DateTextInput implements IDateComp {
  private readonly gui: HTMLDivElement;
  private readonly input: HTMLInputElement;
  private params: IDateParams | null = null;

  constructor() {
    this.gui = document.createElement('div');
    this.gui.className = 'ag-filter-filter date-text-input';
    this.input = document.createElement('input');
    this.input.type = 'text';
    this.input.className = 'ag-input-field-input ag-text-field-input';
    this.input.placeholder = 'dd/mm/yyyy';
    this.input.autocomplete = 'off';
    this.input.addEventListener('input', () => this.params?.onDateChanged());
    this.gui.appendChild(this.input);
  }

  init(params: IDateParams): void {
    this.params = params;
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  getDate(): Date | null {
    const iso = parseDateText(this.input.value);
    if (!iso) return null;
    const [year, month, day] = iso.split('-').map(Number);
    return new Date(year, month - 1, day);
  }

  setDate(date: Date | null): void {
    this.input.value = date ? `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}` : '';
  }

  setInputPlaceholder(placeholder: string): void {
    this.input.placeholder = placeholder;
  }

  setInputAriaLabel(label: string): void {
    this.input.setAttribute('aria-label', label);
  }

  setDisabled(disabled: boolean): void {
    this.input.disabled = disabled;
  }

  afterGuiAttached(): void {
    this.input.focus({ preventScroll: true });
  }
}
