/**
 * Resolves on the next task, after pending promise callbacks have run. A message, not
 * `setTimeout(0)`: a browser may hold back the timers of a window it does not show (Firefox did,
 * for seconds, in a loaded CI run), but it delivers messages at once.
 */
export const nextTask = (): Promise<void> =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
