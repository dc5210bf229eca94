// What a comdirect section title says about its account: "Girokonto",
// "Visa-Karte (Kreditkarte) ..9255 (Name)", "Tagesgeld PLUS-Konto", "Depot".
import type { AccountKind } from "../types.ts";
import type { StatementAccount } from "./types.ts";

const IBAN_RE = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b/;
// "..9255", "4871 78** **** 1234", "487178XXXXXX1234": never more than the file shows.
const CARD_RE = /(?:\.\.\d{4}\b|\b\d{4}\s?\d{0,2}[*X•]{2}[\d*X•\s]*\d{4}\b)/;
const NUMBER_RE = /\b\d{6,12}\b/;

export function isDepot(title: string | null): boolean {
  return title !== null && /^Depot\b/i.test(title);
}

export function sectionAccount(title: string | null, currency: string): StatementAccount {
  const text = title ?? "Girokonto";
  const iban = IBAN_RE.exec(text)?.[0];
  const card = CARD_RE.exec(text)?.[0];
  const number = iban || card ? undefined : NUMBER_RE.exec(text)?.[0];
  // The product is what is left before the first number or holder name in brackets after it.
  const cut = [iban, card, number].filter((s): s is string => !!s).map((s) => text.indexOf(s));
  const product = (cut.length ? text.slice(0, Math.min(...cut)) : text).trim() || "Girokonto";
  return {
    name: product,
    bank: "comdirect",
    product,
    currency,
    kind: accountKind(product),
    ...(iban ? { iban: iban.replace(/\s/g, "") } : {}),
    ...(card ? { cardNumber: card } : {}),
    ...(number ? { accountNumber: number } : {}),
  };
}

function accountKind(product: string): AccountKind {
  if (/visa|kreditkarte/i.test(product)) return "CREDIT_CARD";
  if (/tagesgeld|spar/i.test(product)) return "SAVINGS";
  return "CHECKING";
}
