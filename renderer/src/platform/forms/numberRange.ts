/**
 * The last of `count` numbers given out in a row from `first` (`SPK-2026-00012`, 3 →
 * `SPK-2026-00014`), in the same shape; `first` itself when it has no running number.
 */
export function lastOfRun(first: string, count: number): string {
  const match = /^(.*-)(\d+)$/.exec(first);
  if (!match || count < 1) return first;
  const [, head, serial] = match;
  return `${head}${String(Number(serial) + count - 1).padStart(serial.length, '0')}`;
}
