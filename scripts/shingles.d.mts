export function normalise(text: string): string;
export function cyrb53(str: string, seed?: number): number;
