import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Dataset } from '../../data/types.js';
import type { LocalizeController } from '../../internal/localize/localize.js';
import type { TryRoutineDetail } from '../../context/flow-events.js';
import { focusTimer, openerOf, scrollToTimer, type TimerLike } from './try-routine.js';

/** What the "Try at home" controller needs from the provider. */
export interface TryAtHomeHost extends ReactiveControllerHost, HTMLElement {
  readonly content: Dataset;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The provider's "Try at home": a card's `bw-try-routine` (when the page did not cancel it) loads
 * the routine into the `<bw-stretch-timer>` inside the provider, scrolls to the timer's title and
 * moves focus there; with no timer inside, it opens the routine in a modal dialog, whose Close
 * button and Escape close it and give focus back to "Try at home". The dialog needs
 * `<bw-stretch-timer>` registered: until it is, the event is left alone (a card's `routine-href`
 * link is followed).
 */
export class TryAtHomeController implements ReactiveController {
  /** The routine shown in the dialog, and the control to give focus back to. */
  private trying: { routineId: string; opener: HTMLElement | undefined } | undefined;

  constructor(
    private readonly host: TryAtHomeHost,
    private readonly localize: LocalizeController,
  ) {
    host.addController(this);
    host.addEventListener('bw-try-routine', this.onTryRoutine);
  }

  hostUpdated(): void {
    if (this.trying) void this.openDialog();
  }

  private readonly onTryRoutine = (event: Event): void => {
    const { routineId } = ((event as CustomEvent<TryRoutineDetail | null>).detail ?? {}) as Partial<TryRoutineDetail>;
    if (event.defaultPrevented || typeof routineId !== 'string' || !routineId) return;
    const host = this.host;
    const timer = [...host.querySelectorAll<TimerLike>('bw-stretch-timer')].find(
      (el) => el.closest('bw-provider') === host,
    );
    if (!timer && !customElements.get('bw-stretch-timer')) return;
    event.preventDefault();
    if (!timer) {
      this.trying = { routineId, opener: openerOf(event) };
      host.requestUpdate();
      return;
    }
    timer.routine = routineId;
    void scrollToTimer(timer);
  };

  private async openDialog(): Promise<void> {
    const dialog = this.host.renderRoot.querySelector('dialog');
    if (!dialog || dialog.open) return;
    dialog.showModal();
    const timer = dialog.querySelector<TimerLike>('bw-stretch-timer');
    if (timer) await focusTimer(timer);
  }

  private readonly closeDialog = (): void => {
    this.host.renderRoot.querySelector('dialog')?.close();
  };

  /** Closed (Close, Escape): the dialog goes, and focus returns to the control that opened it. */
  private readonly onClose = (): void => {
    const opener = this.trying?.opener;
    this.trying = undefined;
    this.host.requestUpdate();
    if (opener?.isConnected) opener.focus();
  };

  /** The dialog, while a routine is being tried with no timer in the page. */
  render(): TemplateResult | typeof nothing {
    if (!this.trying) return nothing;
    const { routineId } = this.trying;
    const l = this.localize;
    const title = this.host.content.routines.find((r) => r.id === routineId)?.title;
    return html`<dialog part="dialog" aria-label=${title ?? l.term('providerTryAtHome')} @close=${this.onClose}>
      <div class="bar">
        <button type="button" class="button close" part="close-button" @click=${this.closeDialog}>
          ${l.term('providerClose')}
        </button>
      </div>
      <bw-stretch-timer .routine=${routineId}></bw-stretch-timer>
    </dialog>`;
  }
}

/** Styles of the "Try at home" dialog (the provider also gives it the text defaults every element's host has). */
export const tryDialogStyles = css`
  dialog {
    box-sizing: border-box;
    inline-size: min(44em, 100% - 2em);
    max-block-size: calc(100% - 2em);
    padding: var(--_space-4);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  .bar {
    display: flex;
    justify-content: flex-end;
    margin-block-end: var(--_space-2);
  }
`;
