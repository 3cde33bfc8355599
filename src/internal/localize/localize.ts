import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { common, type PartialTranslation, type TermKey, type Translation } from './en.js';

/*
 * Language resolution, in order: the element's own `lang`, the closest ancestor with `lang`
 * (crossing shadow roots), the document's `lang`, then English. Unknown languages fall back to
 * English; "pt-BR" falls back to "pt" before English.
 */

/**
 * Registered translations (English is not here: each element carries its own English terms), the
 * connected elements and the `lang` observer. Shared by every copy of the library on the page,
 * through a `Symbol.for` key that all copies see: pages often hold two copies (a plugin's script
 * tag and a theme's bundle), custom element registration keeps the first copy's classes, and a
 * translation registered through either copy must reach every element. The major version is in
 * the key, as in the context keys.
 */
interface Registry {
  translations: Map<string, PartialTranslation>;
  connected: Set<{ refresh(force?: boolean): void }>;
  observer?: MutationObserver;
}

const REGISTRY = Symbol.for('bodywork-elements.localize@1');

/** The page's registry, made by the first copy that needs it. */
function registry(): Registry {
  const global = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  return (global[REGISTRY] ??= { translations: new Map(), connected: new Set() });
}

/** Adds or replaces translations. Connected elements re-render in the new language. */
export function registerTranslation(...list: PartialTranslation[]): void {
  const { translations, connected } = registry();
  for (const translation of list) translations.set(translation.$code.toLowerCase(), translation);
  for (const controller of connected) controller.refresh(true);
}

function refreshAll(): void {
  for (const controller of registry().connected) controller.refresh();
}

function observeLangChanges(): void {
  const shared = registry();
  if (shared.observer || typeof MutationObserver === 'undefined') return;
  shared.observer = new MutationObserver(refreshAll);
  shared.observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
}

/** The closest `lang` attribute value, walking up through shadow roots to the document. */
export function closestLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const found = node.closest('[lang]');
      const value = found?.getAttribute('lang');
      if (value) return value;
    }
    const root: Node = (node as Node).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || 'en';
}

type Formatter = Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat;
const formatters = new Map<string, Formatter>();

/**
 * Intl formatters are costly to create (more than rendering a card), so each is made once per
 * language and options. A malformed language falls back to English.
 */
function cached<F extends Formatter>(key: string, make: (lang: string) => F, lang: string): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    try {
      formatter = make(lang);
    } catch {
      formatter = make('en');
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

function translationFor(lang: string): PartialTranslation[] {
  const code = lang.toLowerCase();
  const base = code.split('-')[0] ?? code;
  const { translations } = registry();
  const chain = [translations.get(code), translations.get(base)].filter((t): t is PartialTranslation => Boolean(t));
  return chain;
}

/**
 * Gives an element its strings in the page's language, and re-renders it when the language
 * changes (its own `lang`, an ancestor's, or the document's).
 */
export class LocalizeController implements ReactiveController {
  private cachedLang: string | undefined;
  /** The host's English terms (its class's `static strings`), the last fallback of every term. */
  private readonly english: Partial<Translation>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.english = (host.constructor as { strings?: Partial<Translation> }).strings ?? common;
  }

  hostConnected(): void {
    registry().connected.add(this);
    observeLangChanges();
    this.cachedLang = undefined;
  }

  hostDisconnected(): void {
    registry().connected.delete(this);
  }

  /** Forget the cached language; re-render if it changed, or always when `force` is set. */
  refresh(force = false): void {
    const before = this.cachedLang;
    this.cachedLang = undefined;
    if (force || this.lang() !== before) this.host.requestUpdate();
  }

  /** The language the element speaks, e.g. "en" or "fr-CA", as written on the page. */
  lang(): string {
    return (this.cachedLang ??= closestLang(this.host));
  }

  /** The language that strings actually come from (English when the page's is unknown). */
  resolvedLang(): string {
    return translationFor(this.lang())[0]?.$code ?? 'en';
  }

  dir(): 'ltr' | 'rtl' {
    return translationFor(this.lang())[0]?.$dir ?? 'ltr';
  }

  /** A term in the element's language, falling back to English term by term. */
  term<K extends TermKey>(key: K, ...args: Translation[K] extends (...a: infer A) => string ? A : []): string {
    const source = translationFor(this.lang()).find((t) => t[key] !== undefined) ?? this.english;
    const value = source[key] as string | ((...a: unknown[]) => string) | undefined;
    if (value === undefined) return key; // a term the element's class forgot to carry: visible in tests
    return typeof value === 'function' ? value(...args) : value;
  }

  /** "a, b and c" in the element's language. */
  list(items: string[]): string {
    return cached(`l|${this.lang()}`, (lang) => new Intl.ListFormat(lang, { type: 'conjunction' }), this.lang()).format(
      items,
    );
  }
}

/**
 * A date as an element's language writes it: `YYYY-MM-DD` and `YYYY-MM` as a month and year
 * ("December 2026"), `YYYY` as the year; anything else as it is. A function, not a method of the
 * controller, so elements that show no dates do not carry it.
 */
export function monthYear(localize: Pick<LocalizeController, 'lang'>, iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  if (!m[2]) return m[1]!;
  const lang = localize.lang();
  return cached(
    `d|${lang}`,
    (l) => new Intl.DateTimeFormat(l, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
    lang,
  ).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
}

/** A number as an element's language writes it ("1.5", "1,5"). A function, like `monthYear`, so elements that show no numbers do not carry it. */
export function formatNumber(localize: Pick<LocalizeController, 'lang'>, value: number): string {
  const lang = localize.lang();
  return cached(`n|${lang}`, (l) => new Intl.NumberFormat(l), lang).format(value);
}
