// American Express card exports (§1.3, §1.4): charges are positive, payments
// and refunds negative. UK and US files differ in the address columns and in
// the date order. The short "Date,Description,Amount" export is left to the
// generic reader: nothing in it says it is Amex.
import type { AccountKind } from "../../types.ts";
import { maskCardNumber } from "../card-mask.ts";
import { tableProfile, type TableProfileSpec } from "./table-csv.ts";

function amex(id: string, currency: string, place: string[], dates: TableProfileSpec["dates"], byCountry: boolean): TableProfileSpec {
  const tail = ["Extended Details", "Appears On Your Statement As", "Address", ...place, "Country", "Reference", "Category"];
  return {
    id,
    bank: "American Express",
    kind: "CREDIT_CARD" satisfies AccountKind,
    delimiter: ",",
    headers: [
      ["Date", "Description", "Card Member", "Account #", "Amount", ...tail],
      ["Date", "Description", "Amount", ...tail],
    ],
    decimal: ".",
    dates,
    currency,
    ...(byCountry ? { currencyByCountry: "Country" } : {}),
    columns: {
      date: "Date",
      amount: "Amount",
      purchasesPositive: true,
      payee: "Appears On Your Statement As",
      description: ["Description"],
      id: "Reference",
      category: "Category",
    },
    // "Account #" ("-71002") ends the number of the card a row was charged to, and an additional
    // card member's card has its own. An export is one account's activity, which additional
    // cards share (one statement, one payment): several endings are that account's cards, and
    // no one of them, nor its member, names it.
    account: ({ rows }) => {
      const cards = [...new Set(rows.map((r) => maskCardNumber(r.get("Account #") ?? "")).filter((c): c is string => c !== undefined))].sort();
      if (cards.length > 1) return { cards };
      return cards[0] ? { cardNumber: cards[0] } : {};
    },
  };
}

// The day-first layout is documented for UK cards, but nothing in it says
// pounds, and a card from elsewhere in Europe may write it with its own country
// in Country ("GERMANY"): the currency follows the rows' country, else the
// person's, and the preview offers pounds. Month-first dates are a US card's: dollars.
export const amexUkProfile = tableProfile(amex("amex-uk", "GBP", ["Town/City", "Postcode"], ["DD/MM/YYYY"], true));
export const amexUsProfile = tableProfile(amex("amex-us", "USD", ["City/State", "Zip Code"], ["MM/DD/YYYY"], false));
