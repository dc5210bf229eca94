// Choosing a country and a bank in a link dialog, shared by the aggregators
// (Enable Banking, GoCardless): a screen of buttons at a time, "more", and a
// search by part of the name.
import { maskAccountId } from "../../src/format/account-id.ts";
import { registerMessages } from "../../src/i18n/index.ts";
import { msg } from "../../src/i18n/message.ts";
import type { Choice, LinkDialog } from "../types.ts";

registerMessages({
  en: {
    "picker.choose_country": "Where is your bank?",
    "picker.country_other": "Another country…",
    "picker.ask_country_code": "Send the two-letter country code of your bank (for example <b>BE</b> or <b>PL</b>).",
    "picker.invalid_country": "That is not a two-letter country code. Please send e.g. <b>DE</b>.",
    "picker.no_banks": "No banks are offered in {country}. Try another country or /cancel.",
    "picker.choose_bank": "Which bank? ({shown} of {total})",
    "picker.bank_more": "More banks ›",
    "picker.bank_search": "🔎 Search by name",
    "picker.ask_bank_name": "Type part of your bank's name.",
    "picker.bank_not_found": "No bank in {country} matches “{query}”. Try a shorter part of the name.",
  },
  de: {
    "picker.choose_country": "In welchem Land ist deine Bank?",
    "picker.country_other": "Anderes Land…",
    "picker.ask_country_code": "Schick mir den zweistelligen Ländercode deiner Bank (zum Beispiel <b>BE</b> oder <b>PL</b>).",
    "picker.invalid_country": "Das ist kein zweistelliger Ländercode. Bitte schick z. B. <b>DE</b>.",
    "picker.no_banks": "In {country} werden keine Banken angeboten. Versuch ein anderes Land oder /cancel.",
    "picker.choose_bank": "Welche Bank? ({shown} von {total})",
    "picker.bank_more": "Weitere Banken ›",
    "picker.bank_search": "🔎 Nach Namen suchen",
    "picker.ask_bank_name": "Schreib einen Teil des Namens deiner Bank.",
    "picker.bank_not_found": "Keine Bank in {country} passt zu „{query}“. Versuch einen kürzeren Teil des Namens.",
  },
});

const PAGE = 8;

export async function chooseCountry(dialog: LinkDialog, countries: readonly string[]): Promise<string> {
  const choices: Choice[] = [...countries.map((c) => ({ id: c, label: c })), { id: "other", label: msg("picker.country_other") }];
  const picked = await dialog.choose(msg("picker.choose_country"), choices);
  if (picked !== "other") return picked;
  const code = await dialog.askText(msg("picker.ask_country_code"), { validate: (v) => (/^[A-Za-z]{2}$/.test(v.trim()) ? null : msg("picker.invalid_country")) });
  return code.trim().toUpperCase();
}

/** Asks for a country until it has banks, then for one of them. */
export async function chooseBank<B extends { name: string }>(dialog: LinkDialog, countries: readonly string[], banksIn: (country: string) => Promise<B[]>): Promise<B> {
  let banks: B[] = [];
  let country = "";
  while (banks.length === 0) {
    country = await chooseCountry(dialog, countries);
    banks = [...(await banksIn(country))].sort((a, b) => a.name.localeCompare(b.name));
    if (banks.length === 0) await dialog.say(msg("picker.no_banks", { country }));
  }
  let list = banks;
  for (let offset = 0; ; ) {
    const page = list.slice(offset, offset + PAGE);
    const choices: Choice[] = page.map((b, i) => ({ id: String(offset + i), label: b.name }));
    if (offset + PAGE < list.length) choices.push({ id: "more", label: msg("picker.bank_more") });
    choices.push({ id: "search", label: msg("picker.bank_search") });
    const picked = await dialog.choose(msg("picker.choose_bank", { shown: Math.min(offset + PAGE, list.length), total: list.length }), choices);
    if (picked === "more") {
      offset += PAGE;
      continue;
    }
    if (picked === "search") {
      const query = (await dialog.askText(msg("picker.ask_bank_name"))).trim().toLowerCase();
      const found = banks.filter((b) => b.name.toLowerCase().includes(query));
      if (found.length === 0) await dialog.say(msg("picker.bank_not_found", { country, query }));
      else if (found.length === 1) return found[0]!;
      list = found.length ? found : banks;
      offset = 0;
      continue;
    }
    return list[Number(picked)]!;
  }
}

/** The accounts a provider shared, one line each, IBANs masked as everywhere in the chat. */
export function accountLines(accounts: readonly { name: string; iban: string | null; currency: string }[]): string {
  return accounts.map((a) => `• ${a.name}${a.iban ? ` (${maskAccountId(a.iban)})` : ""}, ${a.currency}`).join("\n");
}
