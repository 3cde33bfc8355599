import { executeServerCommand } from '@web/test-runner-commands';

export interface AxNode {
  role?: string;
  name?: string;
  selected?: boolean;
  focused?: boolean;
  disabled?: boolean;
  multiselectable?: boolean;
  required?: boolean;
  [state: string]: unknown;
}

/** The page's accessibility tree in Chromium; null in engines whose driver does not expose it. */
export async function axTree(): Promise<AxNode[] | null> {
  const tree = await executeServerCommand<AxNode[] | false, undefined>('ax-tree');
  return tree || null;
}
