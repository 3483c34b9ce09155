import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  title: string;
  testId: string;
  /** The way back, named for what it keeps ("Jangan batalkan"). */
  backLabel: string;
  /** The step that is asked for, named for what it does ("Lepaskan unit lalu hapus"). */
  confirmLabel: string;
  onBack(): void;
  onConfirm(): void;
  backTestId: string;
  confirmTestId: string;
  children: ReactNode;
}

/** Asks before a step that changes a lot: says what will happen, and names both ways out. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <Dialog
      title={props.title}
      onClose={props.onBack}
      testId={props.testId}
      footer={
        <>
          <button type="button" className="button" onClick={props.onBack} data-testid={props.backTestId}>
            {props.backLabel}
          </button>
          <button type="button" className="button danger" onClick={props.onConfirm} data-testid={props.confirmTestId}>
            {props.confirmLabel}
          </button>
        </>
      }
    >
      {props.children}
    </Dialog>
  );
}
