/** A line under an invoice's total (freight taken off, the FOB value): the label across, the amount in the last column. */
export function PaperSumRow({ label, value, testId, span = 6 }: { label: string; value: string; testId?: string; span?: number }) {
  return (
    <tr className="paper-sum">
      <td colSpan={span} className="num">{label}</td>
      <td className="num nowrap" data-testid={testId}>{value}</td>
    </tr>
  );
}
