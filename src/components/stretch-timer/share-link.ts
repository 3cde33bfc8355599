import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { MAX_ROUTINE_CODE_LENGTH, encodeRoutine, routineFragment } from '../../data/routine-share.js';
import type { Routine } from '../../data/types.js';
import type { LocalizeController } from '../../internal/localize/localize.js';

/**
 * "Copy a link to this routine": an address of this page whose fragment holds the routine
 * (`#routine=1.…`, see routine-share.ts), so a clinician can send a visitor the exact routine,
 * their own included. Copied to the clipboard where the browser allows it; otherwise, or when
 * copying fails, the link is shown in a read-only field, selected, to copy by hand.
 */
export class ShareLinkController {
  /** What happened at the last try: the link copied, shown to copy by hand, or too long to share. */
  private result: { kind: 'copied' | 'manual' | 'too-long'; link: string } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly localize: LocalizeController,
  ) {}

  /** Forget the last result (another routine is shown). */
  reset(): void {
    this.result = undefined;
  }

  private async copy(routine: Routine): Promise<void> {
    if (encodeRoutine(routine).length > MAX_ROUTINE_CODE_LENGTH) {
      this.result = { kind: 'too-long', link: '' };
      this.host.requestUpdate();
      return;
    }
    const link = `${location.href.split('#')[0]}${routineFragment(routine)}`;
    let kind: 'copied' | 'manual' = 'manual';
    try {
      await navigator.clipboard.writeText(link);
      kind = 'copied';
    } catch {
      // No clipboard here (an insecure page, a denied permission): the link is shown instead.
    }
    this.result = { kind, link };
    this.host.requestUpdate();
    if (kind === 'manual') {
      await (this.host as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
      const field = this.host.shadowRoot?.querySelector<HTMLInputElement>('.share-field');
      field?.focus();
      field?.select();
    }
  }

  render(routine: Routine): TemplateResult {
    const l = this.localize;
    const r = this.result;
    return html`<div class="share" part="share">
      <button type="button" part="button share-button" @click=${() => void this.copy(routine)}>
        ${l.term('timerShareLink')}
      </button>
      <p class="share-status" role="status">
        ${
          r?.kind === 'copied'
            ? l.term('timerShareCopied')
            : r?.kind === 'too-long'
              ? l.term('timerShareTooLong')
              : nothing
        }
      </p>
      ${
        r?.kind === 'manual'
          ? html`<label class="share-manual"
              >${l.term('timerShareManual')}
              <input class="share-field" part="share-field" type="url" readonly .value=${r.link} />
            </label>`
          : nothing
      }
    </div>`;
  }
}

export const shareLinkStyles = css`
  .share {
    display: grid;
    justify-items: start;
    gap: var(--_space-2);
  }

  .share-status:empty {
    display: none;
  }

  .share-manual {
    display: grid;
    gap: var(--_space-1);
    inline-size: 100%;
  }

  .share-field {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: var(--_space-2);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
`;
