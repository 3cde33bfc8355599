// Finds the system browsers the test runner drives. Nothing here downloads a browser:
// on Debian/Ubuntu they come from the packages named below. Environment variables override
// every path.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function which(command) {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function firstExisting(paths) {
  return paths.find((p) => p && existsSync(p));
}

function findMiniBrowser() {
  const known = [
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ];
  const found = firstExisting(known);
  if (found) return found;
  for (const pkg of ['libwebkit2gtk-4.1-0', 'libwebkit2gtk-4.0-37']) {
    try {
      const files = execFileSync('dpkg', ['-L', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      const line = files.split('\n').find((f) => f.endsWith('/MiniBrowser'));
      if (line && existsSync(line)) return line;
    } catch {
      // not installed, or not a Debian system
    }
  }
  return undefined;
}

/**
 * @typedef {{ name: 'chromium' | 'firefox' | 'webkit', available: boolean, paths: Record<string, string | undefined>, install: string }} Engine
 * @returns {Engine[]}
 */
export function findEngines(env = process.env) {
  const chromium = env.CHROMIUM_BIN || which('chromium') || which('chromium-browser') || which('google-chrome');
  const firefox = env.FIREFOX_BIN || which('firefox-esr') || which('firefox');
  const webkitDriver = env.WEBKIT_DRIVER_BIN || which('WebKitWebDriver');
  const miniBrowser = env.MINIBROWSER_BIN || findMiniBrowser();
  const xvfb = which('xvfb-run');
  const exists = (file) => Boolean(file && existsSync(file));
  return [
    {
      name: 'chromium',
      available: exists(chromium),
      paths: { chromium },
      install: 'apt-get install chromium (or set CHROMIUM_BIN)',
    },
    {
      name: 'firefox',
      available: exists(firefox),
      paths: { firefox },
      install: 'apt-get install firefox-esr (or set FIREFOX_BIN)',
    },
    {
      name: 'webkit',
      available: exists(webkitDriver) && exists(miniBrowser) && Boolean(xvfb || env.DISPLAY),
      paths: { webkitDriver, miniBrowser, xvfb },
      install:
        'apt-get install webkit2gtk-driver xvfb (or set WEBKIT_DRIVER_BIN and MINIBROWSER_BIN, and provide a DISPLAY)',
    },
  ];
}
