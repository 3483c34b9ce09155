/** One fact of a paper: its test id's key, the label, the value as printed. */
export type PaperFact = [key: string, label: string, value: string];

/**
 * A paper's facts in a boxed grid, two pairs to a row (three on a landscape page), the label in
 * a column of its own so a value that wraps stays beside it. `prefix` names the test ids
 * (`paper-po`, `proforma-po`).
 */
export function PaperFacts({ facts, perRow = 2, prefix = 'paper' }: { facts: readonly PaperFact[]; perRow?: 2 | 3; prefix?: string }) {
  const rows: PaperFact[][] = [];
  for (let i = 0; i < facts.length; i += perRow) rows.push(facts.slice(i, i + perRow));
  return (
    <table className={`paper-head paper-head-${perRow}`} data-testid={`${prefix}-head`}>
      <tbody>
        {rows.map((row) => (
          <tr key={row[0][0]}>
            {row.map(([key, label, value]) => (
              <td key={key} data-testid={`${prefix}-${key}`}>
                <span className="paper-label">{label}</span>{' '}
                <span className="paper-value">{value}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
