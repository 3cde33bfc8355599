/** The library version. Kept equal to package.json's by a test (test/internal/version.test.ts). */
export const VERSION = '0.1.0';
