// Three new people, each with thirteen months from their own banks: a
// Londoner (Starling, Barclays, Nationwide), a Parisian (BoursoBank, Wise)
// and a New Yorker (Wells Fargo, Discover, Amex). They send the exports as
// the banks write them and ask what people ask, typed the way people type.
// Every expected figure comes from the events the files were written from.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SimUser } from "../../src/tools/telegram-simulator/index.ts";
import { askKontor, importStatement, startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import {
  amexCsv, barclaysCsv, boursoClosing, boursoCsv, discoverCsv, income, inMonth, inRange, londonEvents, nationwideClosing, nationwideCsv, nycEvents,
  parisEvents, spending, starlingClosing, starlingCsv, total, wellsFargoCsv, wiseCsv, type Event,
} from "./blind-intl2/statements.ts";

const NOW = new Date("2026-11-29T10:00:00Z");
const oliver = { id: 7301, first_name: "Oliver", language_code: "en" };
const camille = { id: 7302, first_name: "Camille", language_code: "fr" };
const jordan = { id: 7303, first_name: "Jordan", language_code: "en" };
const L = londonEvents();
const P = parisEvents();
const N = nycEvents();

/**
 * Amounts as Kontor writes them for an English-speaking person, from integer
 * minor units: "£1,234.56", "$1,234.56", "€1,234.56". The pound and dollar forms
 * are assumed from three-banks' eur() (Intl.NumberFormat "en": symbol first,
 * thousands commas, two decimals). Checks use the absolute value, so "-£4.80"
 * also contains "£4.80".
 */
const money = (symbol: string) => (cents: number) => {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${symbol}${int}.${String(abs % 100).padStart(2, "0")}`;
};
const gbp = money("£");
const eur = money("€");
const usd = money("$");
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\$]/g, "\\$&");
/** Either of two readings of a question is right (e.g. whether a coffee shop is a restaurant). */
const eitherOf = (a: string, b: string) => new RegExp(`${esc(a)}|${esc(b)}`);

const y2026 = (rows: Event[]) => inRange(rows, "2026-01-01", "2026-12-31");
const of = (rows: Event[], merchant: string) => rows.filter((e) => e.merchant === merchant);
const cat = (rows: Event[], category: string) => rows.filter((e) => e.category === category);
const outOf = (rows: Event[]) => -total(rows);

let c: ChatApp;
const textOf = (m: { text?: string; caption?: string }) => m.text ?? m.caption ?? "";

/** /start through the buttons with the person's own time zone and currency. */
async function onboard(who: SimUser, tz: string, currency: string): Promise<void> {
  const after = c.sim.lastBotMessage(who.id)?.messageId ?? 0;
  c.sim.sendText(who, "/start");
  c.sim.tapButton(who, (await c.sim.waitForBotMessage(who.id, /Welcome|Willkommen/, { afterMessageId: after })).messageId, "lang:en");
  c.sim.tapButton(who, (await c.sim.waitForBotMessage(who.id, /time zone/, { afterMessageId: after })).messageId, `tz:${tz}`);
  c.sim.tapButton(who, (await c.sim.waitForBotMessage(who.id, /Which currency/, { afterMessageId: after })).messageId, `cur:${currency}`);
  await c.sim.waitForBotMessage(who.id, /All set/, { afterMessageId: after });
}

/** Sends a file, confirms the import and returns how many rows Kontor says it imported. */
async function importedRows(who: SimUser, fileName: string, content: Buffer): Promise<number> {
  await importStatement(c.sim, who, fileName, content);
  const done = c.sim.chat(who.id).filter((m) => m.from === "bot" && /Imported \d+/.test(textOf(m))).at(-1);
  return Number(/Imported (\d+)/.exec(textOf(done!))![1]);
}

const asker = (who: SimUser) => async (q: string) => {
  const reply = await askKontor(c.sim, who, q, /[£$€]|\?|didn't|not /);
  if (process.env.INTL2_DEBUG) console.log(`>>> ${q}\n${reply}`);
  return reply;
};

beforeAll(async () => {
  c = await startChatApp([oliver, camille, jordan], { now: () => NOW, onboarded: [] });
  await onboard(oliver, "Europe/London", "GBP");
  await onboard(camille, "Europe/Berlin", "EUR"); // Paris has Berlin's clock; the buttons offer Berlin
  await onboard(jordan, "America/New_York", "USD");
}, 90_000);
afterAll(() => c?.stop());

describe("Oliver in London: Starling, Barclays, Nationwide", () => {
  const ask = asker(oliver);
  const oct = inMonth(L, "2026-10");

  it("imports every row of the three exports", async () => {
    const rows = (acct: string) => L.filter((e) => e.acct === acct).length;
    expect(await importedRows(oliver, "StarlingStatement_2025-11-01_2026-11-28.csv", starlingCsv(L))).toBe(rows("starling"));
    expect(await importedRows(oliver, "Data.csv", barclaysCsv(L))).toBe(rows("barclays"));
    expect(await importedRows(oliver, "Statement Download 2026-Nov-28 10-02-11.csv", nationwideCsv(L))).toBe(rows("nationwide"));
  }, 90_000);

  it("tesco last month, on both cards", async () => {
    expect(await ask("how much did i spend at tesco last month")).toContain(gbp(outOf(of(oct, "Tesco"))));
  });

  it("the coffee cart across SQ *, SUMUP * and ZTL*", async () => {
    expect(await ask("flat white co in total")).toContain(gbp(outOf(of(L, "Flat White Co"))));
  });

  it("what went to the credit card this year", async () => {
    expect(await ask("how much did i pay on my credit card this yr")).toContain(gbp(outOf(of(y2026(L), "Barclaycard"))));
  });

  it("savings moved to Nationwide this year", async () => {
    const saved = total(y2026(L).filter((e) => e.acct === "nationwide"));
    expect(saved).toBe(650_000);
    expect(await ask("how much did i move to savings this yr")).toContain(gbp(saved));
  });

  it("balance of each account that states one", async () => {
    expect(await ask("whats my nationwide balance")).toContain(gbp(nationwideClosing(L)));
    expect(await ask("starling balance?")).toContain(gbp(starlingClosing(L)));
  });

  it("council tax this year (no instalments in February and March)", async () => {
    expect(await ask("council tax this year")).toContain(gbp(outOf(cat(y2026(L), "council tax"))));
  });

  it("one month vs another", async () => {
    const reply = await ask("what did i spend in september vs october");
    expect(reply).toContain(gbp(spending(inMonth(L, "2026-09"))));
    expect(reply).toContain(gbp(spending(oct)));
  });

  it("spending last month leaves out savings, top-ups and the card bill", async () => {
    expect(await ask("total spending last month")).toContain(gbp(spending(oct)));
  });

  it("income this year is the salary only", async () => {
    expect(await ask("income this yr")).toContain(gbp(income(y2026(L))));
  });

  it("biggest purchases last month are purchases, not transfers", async () => {
    const reply = await ask("biggest purchases last month");
    expect(reply).toContain(gbp(84_900));
    expect(reply).not.toContain(gbp(outOf(of(oct, "Barclaycard"))));
  });

  it("average groceries per month, January to June", async () => {
    const h1 = cat(inRange(L, "2026-01-01", "2026-06-30"), "groceries");
    expect(outOf(h1) % 6).toBe(0);
    expect(await ask("average per month on groceries from january to june")).toContain(gbp(outOf(h1) / 6));
  });

  it("rent this year", async () => {
    expect(await ask("rent this yr")).toContain(gbp(11 * 165_000));
  });

  it("lists the Deliveroo rows of both accounts", async () => {
    const reply = await ask("show me all deliveroo transactions");
    for (const e of of(L, "Deliveroo").slice(-3)) expect(reply).toContain(gbp(e.cents));
  });

  it("one merchant vs another", async () => {
    const reply = await ask("deliveroo vs pret this yr");
    expect(reply).toContain(gbp(outOf(of(y2026(L), "Deliveroo"))));
    expect(reply).toContain(gbp(outOf(of(y2026(L), "Pret A Manger"))));
  });
});

describe("Camille in Paris: BoursoBank and Wise", () => {
  const ask = asker(camille);
  const oct = inMonth(P, "2026-10");

  it("imports every row of both exports", async () => {
    const rows = (acct: string) => P.filter((e) => e.acct === acct).length;
    expect(await importedRows(camille, "export-operations-28-11-2026_10-02-11.csv", boursoCsv(P))).toBe(rows("bourso"));
    expect(await importedRows(camille, "transaction-history.csv", wiseCsv(P))).toBe(rows("wise"));
  }, 60_000);

  it("monoprix le mois dernier", async () => {
    expect(await ask("combien j'ai dépensé chez monoprix le mois dernier")).toContain(eur(outOf(of(oct, "Monoprix"))));
  });

  it("le loyer prélevé par Foncia cette année", async () => {
    expect(await ask("loyer cette année")).toContain(eur(11 * 110_050));
  });

  it("navigo depuis le début", async () => {
    expect(await ask("navigo en tout")).toContain(eur(outOf(of(P, "Navigo"))));
  });

  it("amazon this year across AMZN Mktp FR* and AMAZON PAYMENTS", async () => {
    expect(await ask("how much did i spend on amazon this yr")).toContain(eur(outOf(of(y2026(P), "Amazon"))));
  });

  it("le solde du compte BoursoBank", async () => {
    expect(await ask("solde boursorama")).toContain(eur(boursoClosing(P)));
  });

  it("revenus de septembre: le salaire seul", async () => {
    expect(await ask("mes revenus en septembre")).toContain(eur(income(inMonth(P, "2026-09"))));
  });

  it("dépenses d'octobre sans le virement vers Wise", async () => {
    expect(await ask("dépenses totales en octobre")).toContain(eur(spending(oct)));
  });

  it("the Wise card in May, paid in pounds from the euro balance", async () => {
    const may = inMonth(P, "2026-05").filter((e) => e.acct === "wise" && !e.transfer);
    expect(may).toHaveLength(4);
    expect(await ask("how much did i spend with my wise card in may")).toContain(eur(outOf(may)));
  });

  it("la boulangerie, sous ses deux libellés SumUp", async () => {
    expect(await ask("boulangerie julien total")).toContain(eur(outOf(of(P, "Boulangerie Julien"))));
  });

  it("EDF cette année", async () => {
    expect(await ask("edf cette année")).toContain(eur(outOf(of(y2026(P), "EDF"))));
  });

  it("la mutuelle en moyenne par mois cette année", async () => {
    expect(await ask("combien je paie de mutuelle en moyenne par mois cette année")).toContain(eur(4_510));
  });

  it("restaurants last month, with BoursoBank's own category on the rows", async () => {
    expect(await ask("restaurants last month")).toContain(eur(outOf(cat(oct, "restaurants"))));
  });

  it("money moved to Wise this year", async () => {
    const moved = outOf(y2026(P).filter((e) => e.acct === "bourso" && e.transfer));
    expect(moved).toBe(140_000);
    expect(await ask("how much did i move to wise this yr")).toContain(eur(moved));
  });

  it("biggest purchases last month, not the transfer to Wise", async () => {
    const reply = await ask("biggest purchases last month");
    expect(reply).toContain(eur(64_900));
    expect(reply).not.toContain(eur(30_000));
  });

  it("les courses en septembre (the baker may or may not count)", async () => {
    const sep = inMonth(P, "2026-09");
    const groceries = outOf(cat(sep, "groceries"));
    expect(await ask("courses en septembre")).toMatch(eitherOf(eur(groceries), eur(groceries + outOf(cat(sep, "bakery")))));
  });
});

describe("Jordan in New York: Wells Fargo, Discover, Amex", () => {
  const ask = asker(jordan);
  const oct = inMonth(N, "2026-10");

  it("imports every row of the three exports", async () => {
    const rows = (acct: string) => N.filter((e) => e.acct === acct).length;
    expect(await importedRows(jordan, "Checking1.csv", wellsFargoCsv(N))).toBe(rows("wf"));
    expect(await importedRows(jordan, "Discover-AllAvailable-20261128.csv", discoverCsv(N))).toBe(rows("discover"));
    expect(await importedRows(jordan, "activity.csv", amexCsv(N))).toBe(rows("amex"));
  }, 90_000);

  it("amazon this year, less the return", async () => {
    expect(await ask("how much did i spend on amazon this yr")).toContain(usd(outOf(of(y2026(N), "Amazon"))));
  });

  it("september spending: no ATM cash, no autopay, the returned jumper nets out", async () => {
    expect(await ask("total spending in september")).toContain(usd(spending(inMonth(N, "2026-09"))));
  });

  it("what went to the two cards this year", async () => {
    const paid = outOf(y2026(N).filter((e) => e.acct === "wf" && e.transfer));
    expect(await ask("how much did i pay on my credit cards this yr")).toContain(usd(paid));
  });

  it("cash taken out this year", async () => {
    expect(await ask("how much cash did i take out this yr")).toContain(usd(outOf(y2026(N).filter((e) => e.cash))));
  });

  it("venmo this year", async () => {
    expect(await ask("venmo this yr")).toContain(usd(outOf(of(y2026(N), "Venmo"))));
  });

  it("con ed last month", async () => {
    expect(await ask("con ed last month")).toContain(usd(outOf(of(oct, "Con Ed"))));
  });

  it("income this year is the paychecks only", async () => {
    expect(await ask("income this yr")).toContain(usd(income(y2026(N))));
  });

  it("restaurants last month (a coffee bar may or may not count)", async () => {
    const restaurants = outOf(cat(oct, "restaurants"));
    expect(await ask("restaurants last month")).toMatch(eitherOf(usd(restaurants), usd(restaurants + outOf(cat(oct, "coffee")))));
  });

  it("blue bottle on the debit card (via Square) and on Amex", async () => {
    expect(await ask("blue bottle in total")).toContain(usd(outOf(of(N, "Blue Bottle Coffee"))));
  });

  it("biggest purchases last month, not the card autopays", async () => {
    const reply = await ask("biggest purchases last month");
    expect(reply).toContain(usd(124_999));
    for (const e of oct.filter((x) => x.acct === "wf" && x.transfer)) expect(reply).not.toContain(usd(e.cents));
  });

  it("average groceries per month, January to June", async () => {
    const h1 = cat(inRange(N, "2026-01-01", "2026-06-30"), "groceries");
    expect(outOf(h1) % 6).toBe(0);
    expect(await ask("avg monthly grocery spend jan to jun")).toContain(usd(outOf(h1) / 6));
  });

  it("netflix over all time", async () => {
    expect(await ask("netflix in total")).toContain(usd(outOf(of(N, "Netflix"))));
  });

  it("lists every Zelle payment", async () => {
    const reply = await ask("show me all zelle transactions");
    const zelle = of(N, "Zelle");
    expect(zelle).toHaveLength(5);
    for (const e of zelle) expect(reply).toContain(usd(e.cents));
  });

  it("rent this year", async () => {
    expect(await ask("rent this yr")).toContain(usd(11 * 245_000));
  });
});

