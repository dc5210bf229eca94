// American Express card exports (§1.3, §1.4): charges are positive, payments
// and refunds negative. UK and US files differ in the address columns and in
// the date order. The short "Date,Description,Amount" export is left to the
// generic reader: nothing in it says it is Amex.
//
// The German site's download (amex-de) is the same table with German column
// names and decimal commas ("12,34", quoted), dates DD/MM/YYYY, amounts in
// euros; a payment reads "ZAHLUNG/ÜBERWEISUNG ERHALTEN BESTEN DANK". Its layout
// comes from public importers (e.g. amex-de readers on GitHub), not in
// bank-formats.md.
import type { AccountKind } from "../../types.ts";
import { maskCardNumber } from "../card-mask.ts";
import { tableProfile, type TableProfileSpec } from "./table-csv.ts";

/** The column names of one language's export, in the order the file writes them. */
interface AmexNames {
  date: string;
  description: string;
  member: string;
  account: string;
  amount: string;
  tail: readonly string[];
  payee: string;
  country: string;
  reference: string;
  category: string;
}

const ENGLISH = (place: string[]): AmexNames => ({
  date: "Date",
  description: "Description",
  member: "Card Member",
  account: "Account #",
  amount: "Amount",
  tail: ["Extended Details", "Appears On Your Statement As", "Address", ...place, "Country", "Reference", "Category"],
  payee: "Appears On Your Statement As",
  country: "Country",
  reference: "Reference",
  category: "Category",
});

const GERMAN: AmexNames = {
  date: "Datum",
  description: "Beschreibung",
  member: "Karteninhaber",
  account: "Konto #",
  amount: "Betrag",
  tail: ["Weitere Details", "Erscheint auf Ihrer Abrechnung als", "Adresse", "Stadt", "PLZ", "Land", "Betreff", "Kategorie"],
  payee: "Erscheint auf Ihrer Abrechnung als",
  country: "Land",
  reference: "Betreff",
  category: "Kategorie",
};

interface AmexLayout {
  id: string;
  currency: string;
  names: AmexNames;
  decimal: TableProfileSpec["decimal"];
  dates: TableProfileSpec["dates"];
  byCountry: boolean;
}

function amex({ id, currency, names: n, decimal, dates, byCountry }: AmexLayout): TableProfileSpec {
  return {
    id,
    bank: "American Express",
    kind: "CREDIT_CARD" satisfies AccountKind,
    delimiter: ",",
    headers: [
      [n.date, n.description, n.member, n.account, n.amount, ...n.tail],
      [n.date, n.description, n.amount, ...n.tail],
    ],
    decimal,
    dates,
    currency,
    ...(byCountry ? { currencyByCountry: n.country } : {}),
    columns: {
      date: n.date,
      amount: n.amount,
      purchasesPositive: true,
      payee: n.payee,
      description: [n.description],
      id: n.reference,
      category: n.category,
    },
    // "Account #" ("-71002") ends the number of the card a row was charged to, and an additional
    // card member's card has its own. An export is one account's activity, which additional
    // cards share (one statement, one payment): several endings are that account's cards, and
    // no one of them, nor its member, names it.
    account: ({ rows }) => {
      const cards = [...new Set(rows.map((r) => maskCardNumber(r.get(n.account) ?? "")).filter((c): c is string => c !== undefined))].sort();
      if (cards.length > 1) return { cards };
      return cards[0] ? { cardNumber: cards[0] } : {};
    },
  };
}

// The day-first layout is documented for UK cards, but nothing in it says
// pounds, and a card from elsewhere in Europe may write it with its own country
// in Country ("GERMANY"): the currency follows the rows' country, else the
// person's, and the preview offers pounds. Month-first dates are a US card's: dollars.
export const amexUkProfile = tableProfile(amex({ id: "amex-uk", currency: "GBP", names: ENGLISH(["Town/City", "Postcode"]), decimal: ".", dates: ["DD/MM/YYYY"], byCountry: true }));
export const amexUsProfile = tableProfile(amex({ id: "amex-us", currency: "USD", names: ENGLISH(["City/State", "Zip Code"]), decimal: ".", dates: ["MM/DD/YYYY"], byCountry: false }));
// The German site bills in euros whatever country a purchase was made in ("Land" JAPAN on a euro charge).
export const amexDeProfile = tableProfile(amex({ id: "amex-de", currency: "EUR", names: GERMAN, decimal: ",", dates: ["DD/MM/YYYY"], byCountry: false }));
