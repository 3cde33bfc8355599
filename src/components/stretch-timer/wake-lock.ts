/**
 * Keeps the screen on while a routine runs (Screen Wake Lock API). The browser drops the lock
 * whenever the page is hidden, so {@link ScreenLock.request} is called again when it is shown.
 * Where the API is missing or refuses (no permission, battery saver), nothing happens.
 */
export class ScreenLock {
  private sentinel: WakeLockSentinel | undefined;
  private wanted = false;
  /**
   * A request is on its way. Asking again meanwhile (pause and resume, or a move, before the
   * browser answers) would end with two locks, and the first one never released.
   */
  private pending = false;

  async request(): Promise<void> {
    this.wanted = true;
    const api = globalThis.navigator?.wakeLock;
    if (!api || document.visibilityState !== 'visible' || this.pending || (this.sentinel && !this.sentinel.released)) {
      return;
    }
    this.pending = true;
    try {
      const sentinel = await api.request('screen');
      // Released (paused, removed) while the request was pending, and not asked for again: let it go at once.
      if (this.wanted) this.sentinel = sentinel;
      else await sentinel.release();
    } catch {
      // Not allowed or not supported here: the routine runs without it.
    } finally {
      this.pending = false;
    }
  }

  release(): void {
    this.wanted = false;
    const sentinel = this.sentinel;
    this.sentinel = undefined;
    sentinel?.release().catch(() => {});
  }
}
