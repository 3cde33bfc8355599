/** Records console.warn calls until `restore()` is called, so a test can count warnings. */
export function captureWarnings(): { calls: unknown[][]; restore: () => void } {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args);
  return { calls, restore: () => (console.warn = original) };
}
