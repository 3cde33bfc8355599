import { LitElement, type PropertyValues } from 'lit';
import { BAD, convert, describeValue, type Converter } from './coerce.js';
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
   * @internal
   */
  reportError(detail: BwErrorDetail): void {
    this.emit('bw-error', detail);
    const key = `${detail.code}|${detail.value ?? ''}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<${this.localName}>: ${detail.message}`, ...(detail.errors ? [detail.errors] : []));
  }

  /**
   * The converter of each public property, by property name (see coerce.ts). Before every update
   * each changed property is converted: a value its converter does not take is reported (one
   * `bw-error` with code `invalid-<attribute>`) and the property goes back to its previous value,
   * or its default. Subclasses spread their parent's.
   */
  static coercions: Record<string, Converter> = {};

  protected override shouldUpdate(changed: PropertyValues): boolean {
    const coercions = (this.constructor as typeof BwElement).coercions;
    const self = this as unknown as Record<string, unknown>;
    for (const [key, old] of changed) {
      const to = coercions[key as string];
      if (!to) continue;
      const value = self[key as string];
      const typed = this.accepted(key as string, to, value, old);
      if (!Object.is(typed, value)) self[key as string] = typed;
    }
    return true;
  }

  /**
   * `value` converted for property `key` by `to`. A value it does not take is reported (one
   * `bw-error`, code `invalid-<attribute>`) and `old` (converted) is returned instead, else the
   * default. For setters of properties that are not reactive; reactive ones are converted before
   * each update through `coercions`.
   */
  protected accepted<T>(key: string, to: Converter<T>, value: unknown, old: unknown): T {
    const typed = convert(to, value);
    if (typed !== BAD) return typed;
    const declared = (this.constructor as typeof BwElement).elementProperties.get(key);
    const attribute = declared?.attribute;
    const name = typeof attribute === 'string' ? attribute : declared && attribute !== false ? key.toLowerCase() : key;
    const l = this.localize;
    // A number attribute that is not a number arrives as NaN: show what was written.
    const written = typeof value === 'number' && Number.isNaN(value) ? this.getAttribute(name) : null;
    const shown = describeValue(l, written ?? value);
    this.reportError({
      code: `invalid-${name}`,
      message: l.term('invalidValue', name, shown, to.expects(l)),
      value: typeof value === 'string' ? value : (written ?? shown),
    });
    const previous = convert(to, old);
    return previous === BAD ? (to(undefined) as T) : previous;
  }
}
