// Twelve months (December 2025 to November 2026) of one person in Stuttgart,
// written as four real-shaped exports (../shared/bank-formats.md): a Volksbank
// CAMT.053 XML with one Stmt per month (§2.1), a Sparkasse MT940 .sta with a
// Visa card bill, own transfers and Revolut top-ups (§2.2), a PayPal activity
// CSV funded by the Volksbank (§1.5) and a Revolut CSV with EUR and GBP (§1.2).
// The same logical events yield the expected answers: nothing here asks Kontor.

import { addDays, between, iso, pad, prng, germanIban } from "../statement-kit.ts";

export type Acct = "vb" | "spk" | "paypal" | "revolut";

export interface Event {
  acct: Acct;
  date: string; // YYYY-MM-DD booking date
  cents: number; // integer minor units in ccy, negative = money out
  ccy: "EUR" | "GBP" | "USD";
  eur: number; // what it cost or brought in euros (integer cents)
  merchant: string | null;
  category: string;
  transfer: boolean; // own accounts, PayPal funding and withdrawals, the card bill, currency exchange
  cash?: boolean; // ATM withdrawal: not spending (bank-formats.md §4.2, MCC 6011)
  viaPaypal?: boolean; // a PayPal purchase (the PayPal-side row)
  fmt: Partial<Record<string, string>>; // format-specific text for the writer
}

export const NAME = "Jonas Beispiel";
export const LAST_BOOKED = "2026-11-27";

export { germanIban } from "../statement-kit.ts";

export const BLZ_SPK = "61150020"; // Kreissparkasse Esslingen-Nürtingen
export const KTO_SPK = "7401234567";
export const IBAN = {
  vb: germanIban("60090100", "0412345678"),
  spk: germanIban(BLZ_SPK, KTO_SPK),
  landlord: germanIban("60050101", "0002233445"),
  employer: germanIban("60010070", "0099887766"),
  stadtwerke: germanIban("60050101", "0004455667"),
  vodafone: germanIban("30070010", "0200123456"),
  huk: germanIban("78350000", "0000040600"),
  allianz: germanIban("60080000", "0901234500"),
  paypal: "LU89751000135104200E",
  revolut: "LT123250012345678901",
};
export const OPENING = { vb: 320_000, spk: 250_000, paypal: 0, revolut: 0 }; // cents, on 30 Nov 2025

function weekday(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(date, 2) : dow === 0 ? addDays(date, 1) : date;
}
function payday(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(date, -1) : dow === 0 ? addDays(date, -2) : date;
}
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");
const code = (r: () => number, n: number) => Array.from({ length: n }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[Math.floor(r() * 34)]).join("");

/** "1100.00" (XML, Revolut), "1100,00" (MT940) or "1.100,00" (PayPal) from integer cents, unsigned unless asked. */
const dot = (cents: number) => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${pad(Math.abs(cents) % 100)}`;
const comma = (cents: number) => dot(cents).replace(".", ",");
const deAmount = (cents: number) => {
  const abs = Math.abs(cents);
  return `${cents < 0 ? "-" : ""}${String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${pad(abs % 100)}`;
};

export const MONTHS = Array.from({ length: 12 }, (_, i) => ({ y: i === 0 ? 2025 : 2026, m: i === 0 ? 12 : i }));

interface PaypalBuy { date: string; name: string; merchant: string; category: string; cents: number; usd?: number; refundOn?: string; withdrawOn?: string }
export const PAYPAL_BUYS: PaypalBuy[] = [
  { date: "2025-12-10", name: "Zalando SE", merchant: "Zalando", category: "shopping", cents: -8_995 },
  { date: "2026-01-22", name: "Thalia Bücher GmbH", merchant: "Thalia", category: "shopping", cents: -2_450 },
  { date: "2026-03-14", name: "Zalando SE", merchant: "Zalando", category: "shopping", cents: -5_995, refundOn: "2026-03-27", withdrawOn: "2026-03-30" },
  { date: "2026-05-06", name: "Humble Bundle, Inc.", merchant: "Humble Bundle", category: "shopping", cents: -1_862, usd: -2_000 },
  { date: "2026-06-18", name: "Zalando SE", merchant: "Zalando", category: "shopping", cents: -7_490 },
  { date: "2026-08-11", name: "Thalia Bücher GmbH", merchant: "Thalia", category: "shopping", cents: -1_899 },
  { date: "2026-10-05", name: "Zalando SE", merchant: "Zalando", category: "shopping", cents: -4_995 },
  { date: "2026-10-21", name: "Lieferando.de", merchant: "Lieferando", category: "restaurants", cents: -3_240 },
  { date: "2026-11-12", name: "Thalia Bücher GmbH", merchant: "Thalia", category: "shopping", cents: -2_799 },
];
/** The Sparkasse Visa card is used on three trips; its bill is drawn from the Sparkasse Girokonto. */
export const CARD_BILLS = [
  { date: "2026-07-20", cents: -41_237, stmt: "17.07.2026" },
  { date: "2026-09-18", cents: -68_315, stmt: "16.09.2026" },
  { date: "2026-11-18", cents: -23_490, stmt: "16.11.2026" },
];

export function buildEvents(): Event[] {
  const r = prng(20261129);
  const ev: Event[] = [];
  const push = (e: Omit<Event, "eur" | "ccy"> & { ccy?: Event["ccy"]; eur?: number }) =>
    ev.push({ ...e, ccy: e.ccy ?? "EUR", eur: e.eur ?? e.cents });
  const vb = (date: string, cents: number, merchant: string | null, category: string, transfer: boolean, fmt: Partial<Record<string, string>>, cash = false) =>
    push({ acct: "vb", date, cents, merchant, category, transfer, cash, fmt: { ref: `${date.replace(/-/g, "")}${digits(r, 8)}`, ...fmt } });
  const spk = (date: string, cents: number, merchant: string | null, category: string, transfer: boolean, fmt: Partial<Record<string, string>>, cash = false) =>
    push({ acct: "spk", date, cents, merchant, category, transfer, cash, fmt });
  const card = (date: string, merchant: string, category: string, name: string, store: string, cents: number) =>
    vb(date, cents, merchant, category, false, {
      kind: "card", party: name, info: "Kartenzahlung girocard", mandate: "OFFLINE",
      ustrd: `${store} ${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)} um ${pad(8 + Math.floor(r() * 11))}:${pad(Math.floor(r() * 60))}:${pad(Math.floor(r() * 60))} Uhr ${digits(r, 8)}/${digits(r, 6)}/ECTL/${digits(r, 10)}`,
    });

  for (const { y, m } of MONTHS) {
    const mm = `${pad(m)}/${y}`;
    const day = (d: number) => weekday(iso(y, m, d));

    // Volksbank Girokonto (CAMT.053)
    vb(day(1), -110_000, "Hausverwaltung Schmidt", "rent", false, { kind: "out", party: "Hausverwaltung Schmidt GmbH", iban: IBAN.landlord, info: "DAUERAUFTRAG", btc: "NSTO+117+9310+997", ustrd: `Miete ${mm} Whg. 2.OG rechts Rotebuehlstr. 12` });
    vb(day(1), -4_820, "HUK-COBURG", "insurance", false, { kind: "dd", party: "HUK-COBURG Allgemeine Versicherung AG", iban: IBAN.huk, info: "Basislastschrift", creditorId: "DE14ZZZ00000025604", mandate: "HUK-4711-0815", ustrd: `Kfz-Versicherung VS-Nr. 123/456789-K Beitrag ${mm}` });
    const sparen = day(2);
    vb(sparen, -50_000, null, "transfers", true, { kind: "out", party: NAME, iban: IBAN.spk, info: "DAUERAUFTRAG", btc: "NSTO+117+9310+997", ustrd: "Sparrate" });
    spk(addDays(sparen, 1), 50_000, null, "transfers", true, { gvc: "152", type: "NSTO", text: "GUTSCHR. UEBERW. DAUERAUFTR", svwz: "Sparrate", bic: "VOBADESSXXX", iban: IBAN.vb, name: NAME });
    vb(day(5), -8_500, "Stadtwerke Stuttgart", "utilities", false, { kind: "dd", party: "Stadtwerke Stuttgart GmbH", iban: IBAN.stadtwerke, info: "Basislastschrift", creditorId: "DE71ZZZ00000345678", mandate: "SWS-700123456", ustrd: `Abschlag Strom Vertragskonto 700123456 ${mm}` });
    vb(day(10), -3_999, "Vodafone", "utilities", false, { kind: "dd", party: "Vodafone GmbH", iban: IBAN.vodafone, info: "Basislastschrift", creditorId: "DE91ZZZ00000054321", mandate: "VF-112233445", ustrd: `Kd-Nr. 112233445 Rg-Nr. ${digits(r, 10)} Kabel Internet ${mm}` });
    for (const d of [6, 20]) card(day(d), "REWE", "groceries", "REWE Markt GmbH", "REWE Stuttgart-West/Rotebuehlstr. 80/Stuttgart/DE", -between(r, 1_500, 9_500));
    card(day(13), "ALDI SÜD", "groceries", "ALDI SUED", "ALDI SUED 0412/Hauptstaetter Str. 44/Stuttgart/DE", -between(r, 2_000, 7_000));
    vb(day(12), -20_000, null, "cash", false, { kind: "cash", party: "Volksbank Stuttgart eG", info: "Auszahlung Geldautomat", ustrd: `GA NR00012345 BLZ60090100 0 Stuttgart Hbf/Arnulf-Klett-Platz 2/Stuttgart/DE ${day(12).split("-").reverse().join(".")}` }, true);
    const salary = y === 2026 && m >= 4 ? 382_000 : 360_000;
    vb(payday(iso(y, m, 25)), salary, "ACME Software", "salary", false, { kind: "in", party: "ACME Software GmbH", iban: IBAN.employer, info: "Lohn/Gehalt/Rente", btc: "NTRF+153+9310+997", ustrd: `Lohn/Gehalt ${mm} Personalnr. 000815` });
    vb(day(28), -495, "Volksbank Stuttgart", "fees", false, { kind: "fee", party: "Volksbank Stuttgart eG", info: "Abschluss", ustrd: `Kontofuehrungsentgelt ${mm} Kontomodell VR-Giro Komfort` });
  }

  // One-off Volksbank rows: a MediaMarkt purchase with a partial return.
  card("2026-09-08", "MediaMarkt", "shopping", "MEDIA MARKT STUTTGART", "MEDIA MARKT STUTTGART/Koenigstr. 1/Stuttgart/DE", -24_900);
  vb("2026-09-21", 4_900, "MediaMarkt", "shopping", false, { kind: "in", party: "MEDIA MARKT STUTTGART", iban: germanIban("60050101", "0007788990"), info: "Gutschrift", btc: "NTRF+166+9310+997", ustrd: "Gutschrift Rueckgabe Beleg 4711-0923 Kopfhoerer" });

  // PayPal: every purchase is funded from the Volksbank by direct debit.
  let ppIdx = 0;
  for (const b of PAYPAL_BUYS) {
    const id = `${digits(r, 1)}${code(r, 16)}`;
    const time = `${pad(9 + ppIdx % 12)}:${pad((ppIdx * 7) % 60)}:${pad((ppIdx * 13) % 60)}`;
    ppIdx++;
    const tz = b.date >= "2026-03-29" && b.date < "2026-10-25" ? "CEST" : "CET";
    const base = { acct: "paypal" as const, date: b.date, fmt: { time, tz, id, ref: "" } };
    push({ ...base, cents: -b.cents, merchant: null, category: "transfers", transfer: true, fmt: { ...base.fmt, type: "Bank Deposit to PP Account ", name: "", id: `${id}D`, ref: id } });
    if (b.usd) {
      push({ ...base, cents: b.cents, merchant: null, category: "transfers", transfer: true, fmt: { ...base.fmt, type: "General Currency Conversion", name: "", id: `${id}E`, ref: id } });
      push({ ...base, ccy: "USD", cents: -b.usd, eur: 0, merchant: null, category: "transfers", transfer: true, fmt: { ...base.fmt, type: "General Currency Conversion", name: "", id: `${id}U`, ref: id } });
    }
    push({ ...base, ccy: b.usd ? "USD" : "EUR", cents: b.usd ?? b.cents, eur: b.cents, merchant: b.merchant, category: b.category, transfer: false, viaPaypal: true, fmt: { ...base.fmt, type: "Express Checkout Payment", name: b.name, item: `Bestellung ${digits(r, 9)}` } });
    const bankDate = weekday(addDays(b.date, 1));
    const eref = `${digits(r, 13)}`;
    vb(bankDate, b.cents, b.merchant, b.category, true, {
      kind: "dd", party: "PayPal Europe S.a.r.l. et Cie S.C.A", iban: IBAN.paypal, info: "Basislastschrift", creditorId: "LU96ZZZ0000000000000000058", mandate: "4LGJ224NQBJLU", eref: `${eref} PP.4162.PP PAYPAL`,
      ustrd: `${eref}/PP.4162.PP/. ${b.name}, Ihr Einkauf bei ${b.name}`,
    });
    if (b.refundOn && b.withdrawOn) {
      push({ acct: "paypal", date: b.refundOn, cents: -b.cents, merchant: b.merchant, category: b.category, transfer: false, fmt: { time: "16:40:02", tz: "CET", id: `${id}R`, ref: id, type: "Payment Refund", name: b.name } });
      push({ acct: "paypal", date: b.withdrawOn, cents: b.cents, merchant: null, category: "transfers", transfer: true, fmt: { time: "08:15:44", tz: "CEST", id: `${id}W`, ref: "", type: "General Withdrawal - Bank Account", name: "" } });
      const inDate = weekday(addDays(b.withdrawOn, 1));
      vb(inDate, -b.cents, null, "transfers", true, { kind: "in", party: "PayPal Europe S.a.r.l. et Cie S.C.A", iban: IBAN.paypal, info: "Gutschrift", btc: "NTRF+166+9310+997", ustrd: `${digits(r, 13)} PP.4162.PP PAYPAL Auszahlung vom PayPal-Konto` });
    }
  }

  // Sparkasse (MT940): fees, insurance, cash, the Visa bill, Revolut top-ups, one transfer to the Volksbank.
  for (const q of ["2025-12-31", "2026-03-31", "2026-06-30", "2026-09-30"]) {
    spk(q, -750, "Sparkasse", "fees", false, { gvc: "805", type: "NMSC", text: "ABSCHLUSS", svwz: `Entgelt Kontofuehrung Abrechnung ${q.slice(8, 10)}.${q.slice(5, 7)}.${q.slice(0, 4)}`, name: "" });
  }
  spk("2026-01-15", -9_640, "Allianz", "insurance", false, { gvc: "105", type: "NDDT", text: "BASISLASTSCHRIFT", svwz: "Hausratversicherung VS-Nr. AS-9988776 Jahresbeitrag 2026", eref: "ALZ2026011500123", mref: "AZ-HR-9988776", cred: "DE59ZZZ00000034067", bic: "DRESDEFF600", iban: IBAN.allianz, name: "Allianz Versicherungs-AG" });
  spk("2026-03-20", -10_000, null, "cash", false, { gvc: "083", type: "NMSC", text: "GELDAUTOMAT", svwz: `GA NR00003342 BLZ${BLZ_SPK} 0 20.03/11.04UHR Stuttgart Schlossplatz`, name: "" }, true);
  spk("2026-08-05", -15_000, null, "cash", false, { gvc: "083", type: "NMSC", text: "GELDAUTOMAT", svwz: `GA NR00003342 BLZ${BLZ_SPK} 0 05.08/17.21UHR Stuttgart Schlossplatz`, name: "" }, true);
  for (const bill of CARD_BILLS) {
    spk(bill.date, bill.cents, null, "card bill", true, { gvc: "106", type: "NMSC", text: "KREDITKARTENABRECHNUNG", svwz: `Abrechnung vom ${bill.stmt} Visa Card Nr. 4546 XXXX XXXX 1234`, name: "Kreditkartenabrechnung" });
  }
  for (const date of ["2025-12-03", "2026-03-03", "2026-07-03"]) {
    spk(date, -30_000, null, "transfers", true, { gvc: "177", type: "NTRF", text: "ONLINE-UEBERWEISUNG", svwz: `${NAME} Top-up`, eref: "NOTPROVIDED", bic: "REVOLT21XXX", iban: IBAN.revolut, name: "Revolut Bank UAB" });
    push({ acct: "revolut", date, cents: 30_000, merchant: null, category: "transfers", transfer: true, fmt: { type: "Topup", desc: `Payment from ${NAME}` } });
  }
  spk("2026-07-01", -100_000, null, "transfers", true, { gvc: "177", type: "NTRF", text: "ONLINE-UEBERWEISUNG", svwz: "Umbuchung Urlaub", eref: "NOTPROVIDED", bic: "VOBADESSXXX", iban: IBAN.vb, name: NAME });
  vb("2026-07-01", 100_000, null, "transfers", true, { kind: "in", party: NAME, iban: IBAN.spk, info: "Gutschrift", btc: "NTRF+166+9310+997", ustrd: "Umbuchung Urlaub" });

  // Revolut: Spotify every month, a Ryanair flight, a London weekend paid in pounds.
  for (const { y, m } of MONTHS) {
    push({ acct: "revolut", date: iso(y, m, 7), cents: -1_099, merchant: "Spotify", category: "subscriptions", transfer: false, fmt: { type: "Card Payment", desc: "Spotify" } });
  }
  push({ acct: "revolut", date: "2026-07-15", cents: -8_999, merchant: "Ryanair", category: "travel", transfer: false, fmt: { type: "Card Payment", desc: "Ryanair" } });
  push({ acct: "revolut", date: "2026-07-31", cents: -20_000, merchant: null, category: "transfers", transfer: true, fmt: { type: "Exchange", desc: "Exchanged to GBP" } });
  push({ acct: "revolut", date: "2026-07-31", ccy: "GBP", eur: 20_000, cents: 17_140, merchant: null, category: "transfers", transfer: true, fmt: { type: "Exchange", desc: "Exchanged to GBP" } });
  for (const [date, desc, pence, category] of [
    ["2026-08-01", "Pret A Manger", -845, "restaurants"],
    ["2026-08-01", "TfL Travel Charge", -1_280, "transport"],
    ["2026-08-02", "Waterstones", -2_310, "shopping"],
  ] as const) {
    push({ acct: "revolut", date, ccy: "GBP", cents: pence, eur: Number.NaN, merchant: desc, category, transfer: false, fmt: { type: "Card Payment", desc } });
  }
  return ev.filter((e) => e.date <= LAST_BOOKED).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
export function closing(events: Event[], acct: Acct, ccy: Event["ccy"] = "EUR", upTo = "9999-12-31"): number {
  const open = ccy === "EUR" ? OPENING[acct] : 0;
  return open + sum(events.filter((e) => e.acct === acct && e.ccy === ccy && e.date <= upTo).map((e) => e.cents));
}

const xmlEsc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Volksbank CAMT.053.001.02: one Stmt per month, OPBD and CLBD balances, entries with TxDtls (§2.1). */
export function volksbankCamt(events: Event[]): Buffer {
  const own = events.filter((e) => e.acct === "vb");
  const bal = (tp: string, cents: number, date: string) =>
    `      <Bal><Tp><CdOrPrtry><Cd>${tp}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${dot(Math.abs(cents))}</Amt><CdtDbtInd>${cents < 0 ? "DBIT" : "CRDT"}</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>`;
  const party = (role: "Dbtr" | "Cdtr", name: string, iban?: string, schemeId?: string) => {
    const id = schemeId ? `<Id><PrvtId><Othr><Id>${schemeId}</Id><SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr></PrvtId></Id>` : "";
    return `<${role}><Nm>${xmlEsc(name)}</Nm>${id}</${role}>${iban ? `<${role}Acct><Id><IBAN>${iban}</IBAN></Id></${role}Acct>` : ""}`;
  };
  const domain = (k: string) =>
    ({ card: "PMNT/CCRD/POSD", cash: "PMNT/CCRD/CWDL", dd: "PMNT/IDDT/ESDD", out: "PMNT/ICDT/ESCT", in: "PMNT/RCDT/ESCT", fee: "ACMT/MDOP/CHRG" })[k] ?? "PMNT/ICDT/ESCT";
  const prtry = (e: Event) =>
    e.fmt.btc ?? ({ card: "NDDT+106+9248+931", cash: "NMSC+083+9248+000", dd: "NDDT+105+9248+992", fee: "NMSC+805+9999+000" })[(e.fmt.kind ?? "")] ?? "NTRF+177+9310+997";
  const entry = (e: Event) => {
    const debit = e.cents < 0;
    const [d = "", f = "", s = ""] = domain((e.fmt.kind ?? "")).split("/");
    const parties = debit ? `${party("Dbtr", NAME, IBAN.vb)}${party("Cdtr", (e.fmt.party ?? ""), (e.fmt.iban ?? ""), (e.fmt.creditorId ?? ""))}` : `${party("Dbtr", (e.fmt.party ?? ""), (e.fmt.iban ?? ""))}${party("Cdtr", NAME, IBAN.vb)}`;
    const refs = [`<AcctSvcrRef>${(e.fmt.ref ?? "")}</AcctSvcrRef>`, `<EndToEndId>${xmlEsc(e.fmt.eref ?? "NOTPROVIDED")}</EndToEndId>`, e.fmt.mandate ? `<MndtId>${(e.fmt.mandate ?? "")}</MndtId>` : ""].join("");
    return [
      "      <Ntry>",
      `        <Amt Ccy="EUR">${dot(Math.abs(e.cents))}</Amt>`,
      `        <CdtDbtInd>${debit ? "DBIT" : "CRDT"}</CdtDbtInd>`,
      "        <Sts>BOOK</Sts>",
      `        <BookgDt><Dt>${e.date}</Dt></BookgDt>`,
      `        <ValDt><Dt>${e.date}</Dt></ValDt>`,
      `        <AcctSvcrRef>${(e.fmt.ref ?? "")}</AcctSvcrRef>`,
      `        <BkTxCd><Domn><Cd>${d}</Cd><Fmly><Cd>${f}</Cd><SubFmlyCd>${s}</SubFmlyCd></Fmly></Domn><Prtry><Cd>${prtry(e)}</Cd><Issr>DK</Issr></Prtry></BkTxCd>`,
      "        <NtryDtls><TxDtls>",
      `          <Refs>${refs}</Refs>`,
      `          <AmtDtls><TxAmt><Amt Ccy="EUR">${dot(Math.abs(e.cents))}</Amt></TxAmt></AmtDtls>`,
      `          <BkTxCd><Domn><Cd>${d}</Cd><Fmly><Cd>${f}</Cd><SubFmlyCd>${s}</SubFmlyCd></Fmly></Domn><Prtry><Cd>${prtry(e)}</Cd><Issr>DK</Issr></Prtry></BkTxCd>`,
      `          <RltdPties>${parties}</RltdPties>`,
      `          <RmtInf><Ustrd>${xmlEsc((e.fmt.ustrd ?? ""))}</Ustrd></RmtInf>`,
      "        </TxDtls></NtryDtls>",
      `        <AddtlNtryInf>${xmlEsc((e.fmt.info ?? ""))}</AddtlNtryInf>`,
      "      </Ntry>",
    ].filter((l) => l !== "").join("\n");
  };
  let running = OPENING.vb;
  const stmts = MONTHS.map(({ y, m }, i) => {
    const ym = `${y}-${pad(m)}`;
    const rows = own.filter((e) => e.date.startsWith(ym));
    const open = running;
    running += sum(rows.map((e) => e.cents));
    const from = `${ym}-01`;
    const to = ym === LAST_BOOKED.slice(0, 7) ? LAST_BOOKED : `${ym}-${lastDay(y, m)}`;
    return [
      "    <Stmt>",
      `      <Id>0412345678${y}${pad(m)}</Id>`,
      `      <ElctrncSeqNb>${i + 1}</ElctrncSeqNb>`,
      `      <CreDtTm>${addDays(to, 1)}T06:12:00+01:00</CreDtTm>`,
      `      <FrToDt><FrDtTm>${from}T00:00:00+01:00</FrDtTm><ToDtTm>${to}T23:59:59+01:00</ToDtTm></FrToDt>`,
      `      <Acct><Id><IBAN>${IBAN.vb}</IBAN></Id><Ccy>EUR</Ccy><Ownr><Nm>${NAME}</Nm></Ownr><Svcr><FinInstnId><BIC>VOBADESSXXX</BIC><Nm>Volksbank Stuttgart eG</Nm></FinInstnId></Svcr></Acct>`,
      bal("OPBD", open, addDays(from, -1)),
      bal("CLBD", running, to),
      ...rows.map(entry),
      "    </Stmt>",
    ].join("\n");
  });
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 camt.053.001.02.xsd">',
    "  <BkToCstmrStmt>",
    "    <GrpHdr><MsgId>VB-CAMT053-20261128-0001</MsgId><CreDtTm>2026-11-28T06:12:00+01:00</CreDtTm><MsgPgntn><PgNb>1</PgNb><LastPgInd>true</LastPgInd></MsgPgntn></GrpHdr>",
    ...stmts,
    "  </BkToCstmrStmt>",
    "</Document>",
  ];
  return Buffer.from(`${xml.join("\n")}\n`, "utf8");
}

/** Sparkasse MT940, one statement per month, :86: with ?20–?29 purpose lines wrapped at 65 characters, ISO-8859-1, CRLF (§2.2). */
export function sparkasseMt940(events: Event[]): Buffer {
  const own = events.filter((e) => e.acct === "spk");
  const yymmdd = (date: string) => date.slice(2).replace(/-/g, "");
  const balance = (tag: string, cents: number, date: string) => `:${tag}:${cents < 0 ? "D" : "C"}${yymmdd(date)}EUR${comma(Math.abs(cents))}`;
  const wrap = (line: string) => (line.match(/.{1,65}/g) ?? [line]).join("\r\n");
  const n86 = (e: Event) => {
    const f = e.fmt;
    const purpose = [f.eref ? `EREF+${(f.eref ?? "")}` : "", f.mref ? `MREF+${(f.mref ?? "")}` : "", f.cred ? `CRED+${(f.cred ?? "")}` : "", `SVWZ+${(f.svwz ?? "")}`].filter(Boolean).join("");
    const chunks = purpose.match(/.{1,27}/g) ?? [];
    const sub = chunks.slice(0, 10).map((c, i) => `?2${i}${c}`).join("");
    const name = f.name ? `?32${(f.name ?? "").slice(0, 27)}${(f.name ?? "").length > 27 ? `?33${(f.name ?? "").slice(27, 54)}` : ""}` : "";
    return wrap(`:86:${(f.gvc ?? "")}?00${(f.text ?? "")}?10${(f.gvc ?? "") === "805" ? "0" : "931"}${sub}${f.bic ? `?30${(f.bic ?? "")}` : ""}${f.iban ? `?31${(f.iban ?? "")}` : ""}${name}?34${(f.gvc ?? "") === "105" ? "992" : "000"}`);
  };
  const lines: string[] = [];
  let running = OPENING.spk;
  MONTHS.forEach(({ y, m }, i) => {
    const ym = `${y}-${pad(m)}`;
    const rows = own.filter((e) => e.date.startsWith(ym));
    const open = running;
    running += sum(rows.map((e) => e.cents));
    const to = ym === LAST_BOOKED.slice(0, 7) ? LAST_BOOKED : `${ym}-${lastDay(y, m)}`;
    lines.push(":20:STARTUMS", `:25:${BLZ_SPK}/${KTO_SPK}`, `:28C:${i + 1}/1`, balance("60F", open, addDays(`${ym}-01`, -1)));
    for (const e of rows) {
      lines.push(`:61:${yymmdd(e.date)}${e.date.slice(5, 7)}${e.date.slice(8, 10)}${e.cents < 0 ? "D" : "C"}R${comma(Math.abs(e.cents))}${(e.fmt.type ?? "")}NONREF`);
      lines.push(n86(e));
    }
    lines.push(balance("62F", running, to), "-");
  });
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "latin1");
}

const PP_HEADER = ["Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency", "Gross", "Fee", "Net", "From Email Address", "To Email Address", "Transaction ID", "Shipping Address", "Address Status", "Item Title", "Item ID", "Shipping and Handling Amount", "Insurance Amount", "Sales Tax", "Option 1 Name", "Option 1 Value", "Option 2 Name", "Option 2 Value", "Reference Txn ID", "Invoice Number", "Custom Number", "Quantity", "Receipt ID", "Balance", "Address Line 1", "Address Line 2/District/Neighborhood", "Town/City", "State/Province/Region/County/Territory/Prefecture/Republic", "Zip/Postal Code", "Country", "Contact Phone Number", "Subject", "Note", "Country Code", "Balance Impact"];

/** PayPal activity download, English header from a German account: DD/MM/YYYY, comma decimals, UTF-8 BOM, all quoted (§1.5). */
export function paypalCsv(events: Event[]): Buffer {
  const bal: Record<string, number> = { EUR: 0, USD: 0, GBP: 0 };
  const rows = events.filter((e) => e.acct === "paypal").map((e) => {
    bal[e.ccy] = (bal[e.ccy] ?? 0) + e.cents;
    const cells: Record<string, string> = {
      Date: e.date.split("-").reverse().join("/"), Time: (e.fmt.time ?? ""), TimeZone: (e.fmt.tz ?? ""), Name: (e.fmt.name ?? ""), Type: (e.fmt.type ?? ""), Status: "Completed",
      Currency: e.ccy, Gross: deAmount(e.cents), Fee: "0,00", Net: deAmount(e.cents), "From Email Address": e.cents < 0 ? "jonas.beispiel@example.invalid" : "",
      "To Email Address": e.cents < 0 && e.fmt.name ? "payments@example.invalid" : "", "Transaction ID": (e.fmt.id ?? ""), "Item Title": e.fmt.item ?? "",
      "Reference Txn ID": (e.fmt.ref ?? ""), Quantity: e.fmt.item ? "1" : "", Balance: deAmount(bal[e.ccy] ?? 0), Country: e.fmt.name ? "Germany" : "",
      "Balance Impact": e.cents < 0 ? "Debit" : "Credit",
    };
    return PP_HEADER.map((h) => `"${cells[h] ?? ""}"`).join(",");
  });
  const lines = [PP_HEADER.map((h) => `"${h}"`).join(","), ...rows];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8")]);
}

/** Revolut account statement, EN header, title-case types, a balance per currency (§1.2). */
export function revolutCsv(events: Event[]): Buffer {
  const bal: Record<string, number> = { EUR: 0, GBP: 0 };
  let t = 0;
  const rows = events.filter((e) => e.acct === "revolut").map((e) => {
    bal[e.ccy] = (bal[e.ccy] ?? 0) + e.cents;
    t++;
    const started = `${e.date} ${pad(8 + (t % 12))}:${pad((t * 17) % 60)}:${pad((t * 31) % 60)}`;
    const completed = (e.fmt.type ?? "") === "Card Payment" ? `${e.date} 23:${pad((t * 7) % 60)}:00` : started;
    return [(e.fmt.type ?? ""), "Current", started, completed, (e.fmt.desc ?? ""), dot(e.cents), "0.00", e.ccy, "COMPLETED", dot(bal[e.ccy] ?? 0)].join(",");
  });
  return Buffer.from(`${["Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance", ...rows].join("\n")}\n`, "utf8");
}
