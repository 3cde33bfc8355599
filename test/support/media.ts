import { executeServerCommand } from '@web/test-runner-commands';

export interface MediaFeatures {
  colorScheme?: 'light' | 'dark' | 'no-preference' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  forcedColors?: 'active' | 'none' | null;
  media?: 'screen' | 'print' | null;
}

/**
 * Emulates media features where the driver can (Chromium). Returns whether it did, so a test can
 * assert the emulated behaviour there and the default behaviour elsewhere.
 */
export async function emulate(features: MediaFeatures): Promise<boolean> {
  return executeServerCommand<boolean, MediaFeatures>('bw-emulate-media', features);
}

/** Back to the defaults. */
export async function resetMedia(): Promise<void> {
  await emulate({ colorScheme: null, reducedMotion: null, forcedColors: null, media: null });
}
