// Fourteen months (October 2025 to November 2026) of one person living in
// Utrecht, written as three Dutch exports (/work/shared/bank-formats.md §0,
// §1.2, §2.2, §3): ING Netherlands CSV (the salary account: semicolon, fully
// quoted, YYYYMMDD, unsigned "Bedrag" with "Af"/"Bij", "Saldo na mutatie",
// newest first, savings moves "Naar Oranje Spaarrekening"), ABN AMRO MT940
// (the fixed-costs account: ABNANL2A/940/ABNANL2A before every statement,
// ":86:" in the /TRTP/ slash format or BEA/GEA card texts, wrapped at 65
// characters mid-word) and bunq (the spending card: semicolon, fully quoted,
// comma decimals, foreign-currency card text "… 19.99 USD, 1 USD = … EUR").
// None of the three banks lists pending rows (§1.2/§2.2), so there are none.
// The same logical events yield the expected answers; Kontor is never asked
// what the right number is.
//
// Blind fixture: written only from bank-formats.md, without reading Kontor's parsers.

import { addDays, between, iso, pad, prng } from "../statement-kit.ts";

export type Acct = "ing" | "abn" | "bunq";
export type Category =
  | "groceries" | "eatingout" | "takeaway" | "shopping" | "transport" | "rent" | "energy" | "water"
  | "internet" | "phone" | "insurance" | "taxes" | "subscriptions" | "games" | "p2p" | "cash"
  | "salary" | "refund" | "transfer" | "savings" | "card-bill";

interface IngCells { name: string; counter: string; code: string; kind: string; notes: string }
interface AbnCells { type: string; text: string }
interface BunqCells { counter: string; name: string; description: string }

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD booking date
  cents: number; // integer minor units in EUR, negative = money out
  merchant: string | null; // what a person calls it
  category: Category;
  transfer: boolean; // own accounts, the savings account, or the credit card bill
  ing?: IngCells;
  abn?: AbnCells;
  bunq?: BunqCells;
}

export const NAME = "Daan Visser";

/** Dutch IBAN with real check digits (ISO 13616 mod 97, letters as 10..35). */
export function nlIban(bank: string, account: string): string {
  const bban = bank + account.padStart(10, "0");
  const numeric = `${bban}NL00`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of numeric) rest = (rest * 10 + Number(d)) % 97;
  return `NL${String(98 - rest).padStart(2, "0")}${bban}`;
}

export const IBAN = {
  ing: nlIban("INGB", "0005123456"),
  abn: nlIban("ABNA", "0562183947"),
  bunq: nlIban("BUNQ", "2043681937"),
  employer: nlIban("RABO", "0301234567"),
  landlord: nlIban("RABO", "0150111222"),
  vattenfall: nlIban("INGB", "0000005220"),
  vitens: nlIban("ABNA", "0551234987"),
  ziggo: nlIban("INGB", "0000081234"),
  kpn: nlIban("ABNA", "0244556677"),
  zilverenKruis: nlIban("INGB", "0000002707"),
  gemeente: nlIban("BNGH", "0285001234"),
  ics: nlIban("ABNA", "0561112223"),
  ns: nlIban("INGB", "0000001881"),
  bol: nlIban("ABNA", "0427893415"),
  thuisbezorgd: nlIban("INGB", "0006627700"),
  coolblue: nlIban("INGB", "0006663210"),
  tikkie: nlIban("ABNA", "0599999123"),
};
const SAVINGS = "V12345678";

export const OPENING = { ing: 324_518, abn: 187_240, bunq: 21_240 }; // cents, on 30 September 2025
export const FIRST_MONTH = { y: 2025, m: 10 };
export const MONTHS = 14; // October 2025 to November 2026
export const LAST_BOOKED = "2026-11-27";
export const EXPORT_DATE = "2026-11-28";

const MAAND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** Transfers and direct debits book on weekdays: Saturday and Sunday move to Monday. */
function weekday(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(date, 2) : dow === 0 ? addDays(date, 1) : date;
}
/** Salary is paid on the working day before a weekend 24th. */
function payday(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(date, -1) : dow === 0 ? addDays(date, -2) : date;
}
const dmy = (date: string) => `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`; // ING: 12-09-2026
const dmyDots = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(2, 4)}`; // ABN: 05.03.24

/** "1148,37": no thousands separator, comma decimals, unsigned. */
export function nlAmount(cents: number): string {
  const abs = Math.abs(cents);
  return `${Math.floor(abs / 100)},${pad(abs % 100)}`;
}

const code = (r: () => number, n: number) => Array.from({ length: n }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[Math.floor(r() * 34)]).join("");
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");
const clock = (r: () => number) => `${pad(between(r, 8, 21))}:${pad(between(r, 0, 59))}`;

export function buildEvents(): Event[] {
  const r = prng(20261128);
  const events: Event[] = [];
  const push = (e: Event) => {
    if (e.date <= LAST_BOOKED) events.push(e);
  };

  // ING NL cells (bank-formats.md §1.2 "ING Netherlands").
  const ingCard = (date: string, name: string, cents: number, merchant: string, category: Category) =>
    push({
      acct: "ing", date, cents, merchant, category, transfer: false,
      ing: { name, counter: "", code: "BA", kind: "Betaalautomaat", notes: `Pasvolgnr: 001 ${dmy(date)} ${clock(r)} Transactie: ${code(r, 6)} Term: ${code(r, 6)} Valutadatum: ${dmy(date)}` },
    });
  const ingSepa = (
    date: string, name: string, counter: string, cents: number, what: string,
    opts: { code: "OV" | "GT" | "IC" | "ID"; merchant: string | null; category: Category; transfer?: boolean; mandate?: string },
  ) => {
    const kind = { OV: "Overschrijving", GT: "Online bankieren", IC: "Incasso", ID: "iDEAL" }[opts.code];
    let notes = `Naam: ${name} Omschrijving: ${what} IBAN: ${counter}`;
    if (opts.code !== "GT") notes += ` Kenmerk: ${digits(r, 16)}`;
    if (opts.code === "IC") notes += ` Machtiging ID: ${opts.mandate} Incassant ID: NL${digits(r, 2)}ZZZ${digits(r, 12)} Doorlopende incasso`;
    if (opts.code === "ID" || opts.code === "GT") notes += ` Datum/Tijd: ${dmy(date)} ${clock(r)}:${pad(between(r, 0, 59))}`;
    notes += ` Valutadatum: ${dmy(date)}`;
    push({
      acct: "ing", date, cents, merchant: opts.merchant, category: opts.category, transfer: opts.transfer ?? false,
      ing: { name, counter, code: opts.code, kind, notes },
    });
  };

  // ABN AMRO MT940 ":86:" texts (§1.2 "ABN AMRO", §2.2 "ABN AMRO MT940").
  const abnTransfer = (date: string, cents: number, iban: string, bic: string, name: string, remi: string, merchant: string | null, category: Category, transfer = false) =>
    push({
      acct: "abn", date, cents, merchant, category, transfer,
      abn: { type: "NTRF", text: `/TRTP/SEPA OVERBOEKING/IBAN/${iban}/BIC/${bic}/NAME/${name}/REMI/${remi}/EREF/NOTPROVIDED` },
    });
  const abnDebit = (date: string, cents: number, csid: string, name: string, mandate: string, remi: string, iban: string, bic: string, merchant: string | null, category: Category, transfer = false) =>
    push({
      acct: "abn", date, cents, merchant, category, transfer,
      abn: { type: "NDDT", text: `/TRTP/SEPA Incasso algemeen doorlopend/CSID/${csid}/NAME/${name}/MARF/${mandate}/REMI/${remi}/IBAN/${iban}/BIC/${bic}/EREF/${digits(r, 14)}` },
    });
  const abnCard = (date: string, place: string, city: string, cents: number, merchant: string, category: Category) => {
    const when = `${dmyDots(date)}/${clock(r).replace(":", ".")}`;
    const nr = code(r, 6);
    // Two shapes the bank writes for the same debit card (§1.2).
    const text = r() < 0.5 ? `BEA   NR:${nr}   ${when} ${place},PAS123` : `BEA, Betaalpas  ${place},PAS123 NR:${nr} ${when} ${city}`;
    push({ acct: "abn", date, cents, merchant, category, transfer: false, abn: { type: "NMSC", text } });
  };

  // bunq (§1.2 "bunq", later semicolon layout with Account and Counterparty).
  const bunqCard = (date: string, name: string, description: string, cents: number, merchant: string, category: Category) =>
    push({ acct: "bunq", date, cents, merchant, category, transfer: false, bunq: { counter: "", name, description } });

  for (let i = 0; i < MONTHS; i++) {
    const y = FIRST_MONTH.y + Math.floor((FIRST_MONTH.m - 1 + i) / 12);
    const m = ((FIRST_MONTH.m - 1 + i) % 12) + 1;
    const at = (d: number) => iso(y, m, d);
    const day = (d: number) => weekday(iso(y, m, d));
    const maand = `${MAAND[m - 1]} ${y}`;

    // ---- ING: salary, savings, moves to ABN and bunq, groceries by card, online shopping. ----
    const pay = payday(at(24));
    const salary = y === 2026 ? 361_245 : 348_620;
    ingSepa(pay, "Acme Software B.V.", IBAN.employer, salary, `Salaris ${maand} personeelsnr 4471`, { code: "OV", merchant: "Acme Software", category: "salary" });
    if (y === 2026 && m === 5) {
      ingSepa(pay, "Acme Software B.V.", IBAN.employer, 231_764, "Vakantiegeld 2026 personeelsnr 4471", { code: "OV", merchant: "Acme Software", category: "salary" });
    }
    const save = day(25);
    push({
      acct: "ing", date: save, cents: -50_000, merchant: null, category: "savings", transfer: true,
      ing: { name: `Naar Oranje Spaarrekening ${SAVINGS}`, counter: "", code: "GT", kind: "Online bankieren", notes: `Naar Oranje Spaarrekening ${SAVINGS} Valutadatum: ${dmy(save)}` },
    });
    if (y === 2026 && m === 6) {
      const extra = day(26);
      push({
        acct: "ing", date: extra, cents: -150_000, merchant: null, category: "savings", transfer: true,
        ing: { name: `Naar Oranje Spaarrekening ${SAVINGS}`, counter: "", code: "GT", kind: "Online bankieren", notes: `Naar Oranje Spaarrekening ${SAVINGS} Valutadatum: ${dmy(extra)}` },
      });
    }
    if (y === 2025 && m === 12) {
      const back = day(15);
      push({
        acct: "ing", date: back, cents: 80_000, merchant: null, category: "savings", transfer: true,
        ing: { name: `Van Oranje Spaarrekening ${SAVINGS}`, counter: "", code: "GT", kind: "Online bankieren", notes: `Van Oranje Spaarrekening ${SAVINGS} Valutadatum: ${dmy(back)}` },
      });
    }
    // Fixed costs move to ABN AMRO; ABN books them the next working day.
    const toAbn = day(25);
    ingSepa(toAbn, "D Visser", IBAN.abn, -195_000, "Vaste lasten", { code: "GT", merchant: null, category: "transfer", transfer: true });
    abnTransfer(weekday(addDays(toAbn, 1)), 195_000, IBAN.ing, "INGBNL2A", "D VISSER", "Vaste lasten", null, "transfer", true);
    // bunq top-ups, booked on bunq the same day or the next.
    for (const [d, cents, lag] of [[3, 20_000, 0], [17, 15_000, 1]] as const) {
      const out = day(d);
      ingSepa(out, "D Visser", IBAN.bunq, -cents, "Opwaarderen bunq", { code: "GT", merchant: null, category: "transfer", transfer: true });
      push({ acct: "bunq", date: addDays(out, lag), cents, merchant: null, category: "transfer", transfer: true, bunq: { counter: IBAN.ing, name: "D Visser", description: "Opwaarderen bunq" } });
    }

    for (const d of [2, 9, 21]) ingCard(at(d), `Albert Heijn ${between(r, 1000, 1999)}`, -between(r, 1_800, 8_500), "Albert Heijn", "groceries");
    ingCard(at(13), "AH to go 5851 Utrecht Cs", -between(r, 300, 1_200), "Albert Heijn", "groceries");
    for (const d of [6, 27]) ingCard(at(d), `Lidl ${between(r, 100, 999)} Utrecht`, -between(r, 1_500, 5_500), "Lidl", "groceries");

    if (m % 3 === 2) {
      ingSepa(at(19), "Thuisbezorgd.nl", IBAN.thuisbezorgd, -between(r, 2_200, 4_800), `${digits(r, 16)} Thuisbezorgd.nl bestelling ${code(r, 6)}`, { code: "ID", merchant: "Thuisbezorgd", category: "takeaway" });
    }
    if (m % 2 === 0) {
      ingSepa(at(11), "bol.com b.v.", IBAN.bol, -between(r, 1_500, 9_000), `${digits(r, 10)} ${digits(r, 16)} bol.com bestelling`, { code: "ID", merchant: "bol.com", category: "shopping" });
    }
    const ns = day(20);
    ingSepa(ns, "NS Groep IZ NS Reizigers", IBAN.ns, -between(r, 1_200, 6_500), `Reizen op rekening ${MAAND[(m + 10) % 12]} klantnr 3300456789`, { code: "IC", merchant: "NS", category: "transport", mandate: "NSR-3300456789" });
    if (m % 4 === 0) {
      const cash = at(7);
      push({
        acct: "ing", date: cash, cents: m === 8 ? -10_000 : -5_000, merchant: null, category: "cash", transfer: false,
        ing: { name: "Geldmaat Utrecht Centraal", counter: "", code: "GM", kind: "Geldautomaat", notes: `Pasvolgnr: 001 ${dmy(cash)} ${clock(r)} Transactie: ${code(r, 6)} Term: ${code(r, 6)} Valutadatum: ${dmy(cash)}` },
      });
    }

    // ---- ABN AMRO: rent, utilities, insurance, municipal tax, card bill, Jumbo, a café, cash. ----
    const rent = day(1);
    abnTransfer(rent, y === 2026 && m >= 7 ? -121_153 : -114_837, IBAN.landlord, "RABONL2U", "Woonstichting Kanaalzicht", `Huur ${maand} Kanaalstraat 118 Utrecht contractnr 20871`, "Woonstichting Kanaalzicht", "rent");
    abnDebit(day(7), y === 2026 ? -12_800 : -14_200, "NL71ZZZ330374120000", "Vattenfall Klantenservice N.V.", "VTF-1234567", `Termijnbedrag ${maand} klantnr 1234567`, IBAN.vattenfall, "INGBNL2A", "Vattenfall", "energy");
    abnDebit(day(12), -1_985, "NL49ZZZ080561620000", "Vitens N.V.", "VIT-88120934", `Voorschot drinkwater ${maand} klantnummer 88120934`, IBAN.vitens, "ABNANL2A", "Vitens", "water");
    abnDebit(day(18), y === 2026 ? -6_175 : -5_825, "NL31ZZZ301330730000", "Ziggo Services B.V.", "ZIG-40918273", `Ziggo factuur ${maand} klantnr 40918273`, IBAN.ziggo, "INGBNL2A", "Ziggo", "internet");
    abnDebit(day(22), -2_250, "NL24ZZZ270740010000", "KPN B.V.", "KPN-1029384756", `KPN Mobiel ${maand} klantnummer 1029384756`, IBAN.kpn, "ABNANL2A", "KPN", "phone");
    abnDebit(day(3), y === 2026 ? -15_630 : -14_895, "NL40ZZZ302084690000", "Zilveren Kruis Zorgverzekeringen N.V.", "ZK-187654321", `Premie zorgverzekering ${maand} relatienr 187654321`, IBAN.zilverenKruis, "INGBNL2A", "Zilveren Kruis", "insurance");
    if (m >= 2 && m <= 11) {
      const term = m - 1;
      abnDebit(day(26), y === 2026 ? -4_870 : -4_690, "NL45ZZZ506391720000", "Gemeente Utrecht", `GU-${y}-552310`, `Gemeentelijke belastingen ${y} termijn ${term} van 10 aanslagnr 552310${y}`, IBAN.gemeente, "BNGHNL2G", "Gemeente Utrecht", "taxes");
    }
    if (i > 0) {
      abnDebit(day(23), -between(r, 6_000, 38_000), "NL34ZZZ330374190000", "International Card Services BV", "ICS-12345678901", `ICS klantnummer 12345678901 Creditcard afrekening ${MAAND[(m + 10) % 12]}`, IBAN.ics, "ABNANL2A", null, "card-bill", true);
    }
    for (const d of [4, 15]) abnCard(day(d), `Jumbo Utrecht ${["Vleuten", "Overvecht", "Lunetten"][between(r, 0, 2)]}`, "UTRECHT", -between(r, 2_200, 9_500), "Jumbo", "groceries");
    abnCard(day(12), "Zettle_*Koffiebar Lola", "UTRECHT", -between(r, 420, 980), "Koffiebar Lola", "eatingout");
    abnCard(day(26), "Eetcafe De Poort", "UTRECHT", -between(r, 2_500, 7_000), "Eetcafe De Poort", "eatingout");
    if (m % 3 === 2) abnCard(day(9), "Geldmaat Utrecht Centr", "UTRECHT", m === 5 ? -7_000 : -10_000, "Geldmaat", "cash");

    // ---- bunq: the everyday card, groceries at Aldi and Plus, cafés, NS tickets, Spotify. ----
    for (const d of [5, 20]) {
      const store = between(r, 4000, 4999);
      bunqCard(at(d), `ALDI ${store} UTRECHT`, `ALDI ${store} UTRECHT, NL`, -between(r, 1_200, 6_000), "Aldi", "groceries");
    }
    bunqCard(at(23), "CCV*PLUS VERMEULEN", "CCV*PLUS VERMEULEN UTRECHT, NL", -between(r, 1_000, 4_500), "Plus", "groceries");
    bunqCard(at(8), "CCV*CAFE DE ZAAK", "CCV*CAFE DE ZAAK UTRECHT, NL", -between(r, 600, 2_500), "Cafe de Zaak", "eatingout");
    if (m % 2 === 1) bunqCard(at(18), "Wagamama Utrecht", "WAGAMAMA UTRECHT 0231 UTRECHT, NL", -between(r, 3_000, 8_000), "Wagamama", "eatingout");
    if (m % 3 === 0) bunqCard(at(14), "NS GROEP IZ NS REIZIGERS", `NS GROEP IZ NS REIZIGERS UTRECHT, NL`, -between(r, 800, 3_000), "NS", "transport");
    bunqCard(at(10), "Spotify", `Spotify P${code(r, 9)} STOCKHOLM, SE`, y === 2026 ? -1_299 : -1_199, "Spotify", "subscriptions");
    if (m === 12 || m === 6) bunqCard(at(19), "THUISBEZORGD.NL", "THUISBEZORGD.NL AMSTERDAM, NL", -between(r, 2_200, 4_800), "Thuisbezorgd", "takeaway");
  }

  // ---- One-off events. ----
  // Two big purchases in October 2026 ("biggest purchases last month").
  ingSepa("2026-10-14", "bol.com b.v.", IBAN.bol, -64_900, `${digits(r, 10)} ${digits(r, 16)} bol.com bestelling`, { code: "ID", merchant: "bol.com", category: "shopping" });
  ingSepa("2026-10-20", "Coolblue B.V.", IBAN.coolblue, -44_900, `${digits(r, 10)} Coolblue bestelling ${digits(r, 8)}`, { code: "ID", merchant: "Coolblue", category: "shopping" });
  // A bol.com return in June 2026: the June order comes back.
  const juneBol = events.find((e) => e.merchant === "bol.com" && e.date.startsWith("2026-06"))!;
  ingSepa("2026-06-22", "bol.com b.v.", IBAN.bol, -juneBol.cents, `Terugbetaling retour ${digits(r, 10)} bol.com`, { code: "OV", merchant: "bol.com", category: "refund" });
  // Tikkie: paying friends back (iDEAL), and friends paying back (AAB INZ TIKKIE). Never in March, May or October.
  const tikkieOut: [string, number, string][] = [
    ["2025-11-16", -2_350, "Etentje Jan de Boer"], ["2026-02-16", -1_250, "Bioscoop Lisa Bakker"], ["2026-04-16", -4_500, "Weekendje Ardennen Sem Jansen"],
    ["2026-06-16", -1_875, "Verjaardagscadeau Emma Smit"], ["2026-08-17", -3_120, "Boodschappen BBQ Jan de Boer"], ["2026-09-16", -2_060, "Concertkaartje Lisa Bakker"],
  ];
  for (const [date, cents, what] of tikkieOut) {
    ingSepa(date, "Tikkie", IBAN.tikkie, cents, `${digits(r, 16)} ${digits(r, 12)} Tikkie ID ${digits(r, 12)} ${what} Via Tikkie`, { code: "ID", merchant: "Tikkie", category: "p2p" });
  }
  const tikkieIn: [string, number, string][] = [
    ["2026-01-12", 2_775, "Pizza avond, Van Sem Jansen"], ["2026-04-10", 4_000, "Huisje Ardennen, Van Emma Smit"],
    ["2026-07-10", 1_550, "Taxi, Van Jan de Boer"], ["2026-09-10", 3_325, "Etentje, Van Lisa Bakker"],
  ];
  for (const [date, cents, what] of tikkieIn) {
    ingSepa(date, "AAB INZ TIKKIE", IBAN.tikkie, cents, `Tikkie ID ${digits(r, 12)}, ${what}, ${nlIban("INGB", digits(r, 7))}`, { code: "OV", merchant: "Tikkie", category: "p2p" });
  }
  // Foreign-currency card payments on bunq: EUR = USD × rate, rounded to the cent.
  // The text follows §1.2 bunq: "CLOUDFLARE 650-3198939, US 9.95 USD, 1 USD = 0.88241 EUR".
  const fx = (date: string, name: string, where: string, cur: string, foreignCents: number, rate: string, merchant: string, category: Category) => {
    const frac = rate.length - rate.indexOf(".") - 1;
    const eur = Math.round((foreignCents * Number(rate.replace(".", ""))) / 10 ** frac);
    const foreign = `${Math.floor(foreignCents / 100)}.${pad(foreignCents % 100)}`;
    bunqCard(date, name, `${name} ${where} ${foreign} ${cur}, 1 ${cur} = ${rate} EUR`, -eur, merchant, category);
  };
  fx("2026-02-14", "STEAMGAMES.COM", "4259522985, US", "USD", 1_999, "0.92441", "Steam", "games");
  fx("2026-08-09", "STEAMGAMES.COM", "4259522985, US", "USD", 5_999, "0.85712", "Steam", "games");
  fx("2026-09-05", "PRET A MANGER 2341", "LONDON, GB", "GBP", 1_285, "1.17213", "Pret A Manger", "eatingout");
  fx("2026-09-06", "DISHOOM KINGS CROSS", "LONDON, GB", "GBP", 6_840, "1.17108", "Dishoom", "eatingout");
  // bunq pays some money back to ING in March 2026: an own transfer, two days apart.
  push({ acct: "bunq", date: "2026-03-24", cents: -30_000, merchant: null, category: "transfer", transfer: true, bunq: { counter: IBAN.ing, name: "D Visser", description: "Terug naar ING" } });
  ingSepa("2026-03-26", "D Visser", IBAN.bunq, 30_000, "Terug naar ING", { code: "OV", merchant: null, category: "transfer", transfer: true });

  // The average-monthly-groceries question divides January–October 2026 by ten: keep that sum a whole
  // number of ten cents so the average is exact and no rounding rule is involved.
  const janOct = events.filter((e) => e.category === "groceries" && e.date >= "2026-01-01" && e.date <= "2026-10-31");
  const rest = -janOct.reduce((a, e) => a + e.cents, 0) % 10;
  janOct[0]!.cents += rest;

  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
export function closing(events: Event[], acct: Acct): number {
  return OPENING[acct] + sum(events.filter((e) => e.acct === acct).map((e) => e.cents));
}

/** ING Netherlands current layout, newest first, with the balance after each row. */
export function ingCsv(events: Event[]): Buffer {
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  let balance = OPENING.ing;
  const rows = events.filter((e) => e.acct === "ing").map((e) => {
    balance += e.cents;
    const c = e.ing!;
    return q([e.date.replace(/-/g, ""), c.name, IBAN.ing, c.counter, c.code, e.cents < 0 ? "Af" : "Bij", nlAmount(e.cents), c.kind, c.notes, `${balance < 0 ? "-" : ""}${nlAmount(balance)}`, ""]);
  });
  const header = q(["Datum", "Naam / Omschrijving", "Rekening", "Tegenrekening", "Code", "Af Bij", "Bedrag (EUR)", "Mutatiesoort", "Mededelingen", "Saldo na mutatie", "Tag"]);
  return Buffer.from(`${[header, ...rows.reverse()].join("\r\n")}\r\n`, "utf8");
}

/** Wraps a ":86:" text at 65 characters per line, the tag included, splitting words where they fall. */
function wrap86(text: string): string[] {
  const lines = [`:86:${text.slice(0, 61)}`];
  for (let at = 61; at < text.length; at += 65) lines.push(text.slice(at, at + 65));
  return lines;
}

/** ABN AMRO MT940: one statement per booking day, each behind the ABNANL2A/940/ABNANL2A lines. */
export function abnMt940(events: Event[]): Buffer {
  const mine = events.filter((e) => e.acct === "abn");
  const days = [...new Set(mine.map((e) => e.date))];
  const yymmdd = (date: string) => date.slice(2).replace(/-/g, "");
  const bal = (cents: number, date: string) => `${cents < 0 ? "D" : "C"}${yymmdd(date)}EUR${nlAmount(cents)}`;
  const out: string[] = [];
  let balance = OPENING.abn;
  days.forEach((date, n) => {
    out.push("ABNANL2A", "940", "ABNANL2A", ":20:ABN AMRO BANK NV", `:25:${IBAN.abn}`, `:28C:${pad(n + 1).padStart(5, "0")}/1`, `:60F:${bal(balance, date)}`);
    for (const e of mine.filter((x) => x.date === date)) {
      balance += e.cents;
      out.push(`:61:${yymmdd(date)}${date.slice(5, 7)}${date.slice(8, 10)}${e.cents < 0 ? "D" : "C"}${nlAmount(e.cents)}${e.abn!.type}NONREF`);
      out.push(...wrap86(e.abn!.text));
    }
    out.push(`:62F:${bal(balance, date)}`, "-");
  });
  return Buffer.from(`${out.join("\r\n")}\r\n`, "latin1");
}

/** bunq, the later semicolon layout with an Account column, oldest first. */
export function bunqCsv(events: Event[]): Buffer {
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  const rows = events.filter((e) => e.acct === "bunq").map((e) => {
    const c = e.bunq!;
    return q([e.date, e.date, `${e.cents < 0 ? "-" : ""}${nlAmount(e.cents)}`, IBAN.bunq, c.counter, c.name, c.description]);
  });
  return Buffer.from(`${[q(["Date", "Interest Date", "Amount", "Account", "Counterparty", "Name", "Description"]), ...rows].join("\n")}\n`, "utf8");
}
