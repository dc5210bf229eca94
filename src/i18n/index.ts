// The one translation layer. Templates may contain Telegram HTML markup;
// parameters are always escaped, so bank and user text can never inject tags.
import { escapeHtml, htmlToPlain } from "../text/html.ts";
import type { Message } from "./message.ts";
import { core } from "./core.ts";

export type Locale = "en" | "de";
export const LOCALES: readonly Locale[] = ["en", "de"];
export type Catalog = Record<string, string>;
export { msg, type Message } from "./message.ts";

const catalogs: Record<Locale, Catalog> = { en: {}, de: {} };

/** Adds a feature's messages; English and German must have exactly the same keys. */
export function registerMessages(bundle: { en: Catalog; de: Catalog }): void {
  const missing = [
    ...Object.keys(bundle.en).filter((k) => !(k in bundle.de)).map((k) => `de:${k}`),
    ...Object.keys(bundle.de).filter((k) => !(k in bundle.en)).map((k) => `en:${k}`),
  ];
  if (missing.length) throw new Error(`translations missing: ${missing.join(", ")}`);
  // Two features claiming one key would silently show one of them the other's text.
  const clashes = Object.keys(bundle.en).filter((k) => k in catalogs.en && (catalogs.en[k] !== bundle.en[k] || catalogs.de[k] !== bundle.de[k]));
  if (clashes.length) throw new Error(`message keys registered twice with different texts: ${clashes.join(", ")}`);
  Object.assign(catalogs.en, bundle.en);
  Object.assign(catalogs.de, bundle.de);
}

export function hasMessage(key: string): boolean {
  return key in catalogs.en;
}

export function toLocale(value: string | null | undefined): Locale {
  return value?.toLowerCase().startsWith("de") ? "de" : "en";
}

const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;
const pluralRules: Record<Locale, Intl.PluralRules> = { en: new Intl.PluralRules("en"), de: new Intl.PluralRules("de") };

/**
 * Renders a message as Telegram HTML. A missing key is a bug: it shows the key, never crashes a reply.
 * Templates may choose a form by number: `{count, plural, one {# Umsatz} other {# Umsätze}}`.
 */
export function t(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = (catalogs[locale][key] ?? catalogs.en[key] ?? key).replace(PLURAL, (whole, name: string, one: string, other: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    const form = pluralRules[locale].select(Number(v)) === "one" ? one : other;
    return form.replace(/#/g, `{${name}}`);
  });
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : escapeHtml(String(v));
  });
}

export function render(locale: Locale, m: Message | string): string {
  return typeof m === "string" ? escapeHtml(m) : t(locale, m.key, m.params);
}

export function renderPlain(locale: Locale, m: Message | string): string {
  return htmlToPlain(render(locale, m));
}

export function catalogKeys(locale: Locale): string[] {
  return Object.keys(catalogs[locale]);
}

registerMessages(core);
