// A web-test-runner launcher for WebKitGTK: starts WebKitWebDriver on a free loopback port,
// drives MiniBrowser through it with @web/test-runner-webdriver, and stops the driver afterwards.
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`WebKitWebDriver did not listen on port ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

class WebKitGtkLauncher extends WebdriverLauncher {
  // One test page at a time: with more, @web/test-runner-webdriver runs files in iframes and its
  // key presses lose track of the frame in WebKitWebDriver.
  concurrency = 1;

  constructor({ driver, miniBrowser }) {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: {
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    });
    this.driverPath = driver;
  }

  async initialize(config) {
    await super.initialize({ ...config, concurrency: 1 });
    this.name = 'WebKit';
    const port = await freePort();
    this.driverProcess = spawn(this.driverPath, [`--port=${port}`], { stdio: 'ignore' });
    this.driverProcess.on('error', (error) => {
      console.error(`Could not start WebKitWebDriver (${this.driverPath}): ${error.message}`);
    });
    // The options object is read when the first session starts.
    this.options.port = port;
    await waitForPort(port, 15000);
  }

  async stop() {
    await super.stop();
    this.driverProcess?.kill();
  }
}

export function webkitGtkLauncher(paths) {
  return new WebKitGtkLauncher(paths);
}
