import { LitElement, html, type TemplateResult } from 'lit';
import { emit, type BwErrorDetail, type BwEventDetails, type BwEventName } from './events.js';
import { common, type Translation } from './localize/en.js';
import { LocalizeController } from './localize/localize.js';
import { hostStyles, tokens } from './tokens.js';
import { VERSION } from './version.js';

/**
 * The thin base every bodywork element extends: design tokens and host rules, localization,
 * typed events and forgiving error reporting.
 */
export class BwElement extends LitElement {
  /** The library version that defined this element. */
  static readonly version: string = VERSION;

  static override styles = [tokens, hostStyles];

  /**
   * The English terms this element uses (the shared ones plus its own group from en.ts): its
   * fallback when the page's language has no translation. Subclasses add their group.
   */
  static strings: Partial<Translation> = common;

  /** Strings in the element's language. */
  protected readonly localize = new LocalizeController(this);

  private readonly warned = new Set<string>();

  /** Fires a typed `bw-` event that bubbles and is composed. */
  protected emit<K extends BwEventName>(
    name: K,
    detail: BwEventDetails[K],
    options?: { cancelable?: boolean },
  ): boolean {
    return emit(this, name, detail, options);
  }

  /**
   * Reports bad input without throwing: fires `bw-error` and logs one console warning per
   * distinct problem for the life of the element. Call it when the input changes, not on every render.
   */
  protected reportError(detail: BwErrorDetail): void {
    this.emit('bw-error', detail);
    const key = `${detail.code}|${detail.value ?? ''}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<${this.localName}>: ${detail.message}`, ...(detail.errors ? [detail.errors] : []));
  }

  /**
   * The heading level to use for the `heading-level` attribute's `value`: the value when it is 1–6,
   * else `fallback`, reporting a wrong value (code `invalid-heading-level`). Call it when it changes.
   */
  protected headingLevelFrom(value: number | null | undefined, fallback: number): number {
    if (Number.isInteger(value) && value! >= 1 && value! <= 6) return value!;
    if (value != null) {
      const shown = this.getAttribute('heading-level') ?? String(value);
      this.reportError({
        code: 'invalid-heading-level',
        message: this.localize.term('invalidHeadingLevel', shown, fallback),
        value: shown,
      });
    }
    return fallback;
  }

  /** The polite in-element message shown instead of a blank box when input is bad. */
  protected renderError(message: string): TemplateResult {
    return html`<div class="error" part="error" role="status">
      <strong>${this.localize.term('errorHeading')}</strong>
      ${message}
    </div>`;
  }
}
