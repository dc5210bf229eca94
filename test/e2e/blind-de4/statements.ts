// Twelve months (Dec 2025 to Nov 2026) of one person in Freiburg, written as
// three exports (../shared/bank-formats.md): Volksbank (Atruvia, UTF-8 with
// BOM, unquoted, CRLF, Saldo nach Buchung), Sparkasse CSV-CAMT V8 (ISO-8859-1,
// every field quoted, DD.MM.YY, "Umsatz vorgemerkt" rows) and a German PayPal
// activity download (UTF-8 with BOM, comma, quoted, funding and currency
// conversion rows). Every expected figure comes from the same logical events.
import { addDays, dow, weekday, germanIban } from "../statement-kit.ts";

export type Acct = "vr" | "spk" | "pp";

export interface Event {
  acct: Acct;
  date: string; // booking date YYYY-MM-DD
  txDate: string; // when the person paid (card purchase time), else = date
  cents: number; // EUR value the row stands for, negative = money out
  merchant: string | null;
  category: string;
  transfer?: boolean; // own accounts, PayPal funding, the bank side of a PayPal purchase
  conversion?: boolean; // PayPal currency conversion legs
  cash?: boolean;
  salary?: boolean;
  refund?: boolean;
  fee?: boolean;
  abroad?: boolean; // the Swiss holiday
  viaPaypal?: boolean; // the PayPal payment row (the purchase itself)
  pending?: boolean;
  row: string[];
}

const NAME = "Jonas Albrecht";
export const NOW_ISO = "2026-11-29T10:00:00Z";
export const LAST_BOOKED = "2026-11-27";
export const OPENING_VR = 250_000;

export { germanIban } from "../statement-kit.ts";

export const IBAN = {
  vr: germanIban("68090000", "0012345601"),
  spk: germanIban("68050101", "0023456789"),
  landlord: germanIban("68050101", "0011122233"),
  employer: germanIban("69050001", "0004455667"),
  stadtwerke: germanIban("68090000", "0000765432"),
  rundfunk: germanIban("37050198", "0000000111"),
  huk: germanIban("76350000", "0000123123"),
  bund: germanIban("59000000", "0059001020"),
  fitx: germanIban("36020041", "0007654321"),
  netflix: germanIban("50070010", "0001234567"),
  spotify: germanIban("50070010", "0007654322"),
  paypal: "LU89751000135104200E",
  acquirer: germanIban("30050000", "0001500150"),
};

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export { addDays, dow };
const nextBankDay = (date: string) => weekday(addDays(date, 1));
const payday = (date: string) => (dow(date) === 6 ? addDays(date, -1) : dow(date) === 0 ? addDays(date, -2) : date);
const ddmmyy = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(2, 4)}`;
const ddmmyyyy = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Bank amount: "-1150,00" (no thousands dot, as Atruvia and Sparkasse write it). */
export const bankAmount = (cents: number) => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)},${pad(Math.abs(cents) % 100)}`;
/** PayPal DE: "1.234,56". */
const ppAmount = (cents: number) => `${cents < 0 ? "-" : ""}${String(Math.floor(Math.abs(cents) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${pad(Math.abs(cents) % 100)}`;

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join("");
const code = (r: () => number, n: number) => Array.from({ length: n }, () => "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"[Math.floor(r() * 33)]).join("");
const between = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const time = (r: () => number) => `${pad(between(r, 8, 19))}:${pad(between(r, 0, 59))}:${pad(between(r, 0, 59))}`;

export function buildEvents(): Event[] {
  const r = prng(4_0268_1129);
  const ev: Event[] = [];

  // Volksbank row: 18 columns in header order.
  const vr = (e: Omit<Event, "acct" | "row" | "txDate"> & { txDate?: string }, payee: string, payeeIban: string, bic: string, btext: string, purpose: string, cred = "", mref = "") =>
    ev.push({ ...e, txDate: e.txDate ?? e.date, acct: "vr", row: ["Girokonto", IBAN.vr, "GENODE61FR1", "Volksbank Freiburg eG", ddmmyyyy(e.date), ddmmyyyy(e.date), payee, payeeIban, bic, btext, purpose, bankAmount(e.cents), "EUR", "", "", "", cred, mref] });
  const vrCard = (tx: string, cents: number, payee: string, store: string, merchant: string, category: string) => {
    const date = nextBankDay(tx);
    vr({ date, txDate: tx, cents, merchant, category }, payee, "", "", "Kartenzahlung girocard",
      `${store}/FREIBURG/DE ${ddmmyyyy(tx)} um ${time(r)} Uhr ${digits(r, 8)}/${digits(r, 6)}/ECTL/ ${digits(r, 13)} ${digits(r, 8)} ${digits(r, 10)} ${digits(r, 7)}/${digits(r, 2)}`, "", "OFFLINE");
  };
  // Sparkasse CSV-CAMT V8 row: 17 columns.
  const spk = (e: Omit<Event, "acct" | "row" | "txDate"> & { txDate?: string }, btext: string, purpose: string, payee: string, payeeIban: string, bic: string, cred = "", mref = "", eref = "") =>
    ev.push({ ...e, txDate: e.txDate ?? e.date, acct: "spk", row: [IBAN.spk, ddmmyy(e.date), ddmmyy(e.pending ? addDays(e.date, 2) : e.date), btext, purpose, cred, mref, eref, "", "", "", payee, payeeIban, bic, bankAmount(e.cents), "EUR", e.pending ? "Umsatz vorgemerkt" : "Umsatz gebucht"] });
  const spkCard = (tx: string, cents: number, payee: string, merchant: string, category: string, pending = false) => {
    const date = pending ? tx : nextBankDay(tx);
    spk({ date, txDate: tx, cents, merchant, category, pending }, "KARTENZAHLUNG", `${tx}T${time(r).slice(0, 5)} Debitk.2 2028-12 `, payee, IBAN.acquirer, "DEUTDEFFXXX", "", "", digits(r, 26));
  };

  let ppSeq = 0;
  const ppCode = () => `${digits(r, 1)}${code(r, 2)}${digits(r, 5)}${code(r, 2)}${digits(r, 6)}${code(r, 1)}`.slice(0, 17) + String(ppSeq++);
  /** One PayPal purchase: the PayPal rows and the Sparkasse's PayPal Europe debit. */
  const paypal = (date: string, shop: string, item: string, eurCents: number, merchant: string, category: string, usdCents?: number) => {
    const t = time(r);
    const tz = date >= "2026-03-29" && date < "2026-10-25" ? "CEST" : "CET";
    const id = ppCode();
    const ppRow = (name: string, type: string, cur: string, cents: number, ref: string, rowId: string, balance: number, impact: string, title = "", to = "") => {
      const row = Array<string>(41).fill("");
      Object.assign(row, { 0: ddmmyyyy(date), 1: t, 2: tz, 3: name, 4: type, 5: "Abgeschlossen", 6: cur, 7: ppAmount(cents), 8: "0,00", 9: ppAmount(cents), 10: "jonas.albrecht@example.invalid", 11: to, 12: rowId, 15: title, 24: ref, 29: ppAmount(balance), 40: impact });
      return row;
    };
    const shopMail = `payments@${merchant.toLowerCase().replace(/[^a-z]/g, "")}.example.invalid`;
    if (usdCents === undefined) {
      ev.push({ acct: "pp", date, txDate: date, cents: -eurCents, merchant: null, category: "transfer", transfer: true, row: ppRow("", "Bankgutschrift auf PayPal-Konto", "EUR", -eurCents, id, ppCode(), -eurCents, "Haben") });
      ev.push({ acct: "pp", date, txDate: date, cents: eurCents, merchant, category, viaPaypal: true, row: ppRow(shop, "PayPal Express-Zahlung", "EUR", eurCents, "", id, 0, "Soll", item, shopMail) });
    } else {
      ev.push({ acct: "pp", date, txDate: date, cents: eurCents, merchant, category, viaPaypal: true, row: ppRow(shop, "PayPal Express-Zahlung", "USD", usdCents, "", id, usdCents, "Soll", item, shopMail) });
      ev.push({ acct: "pp", date, txDate: date, cents: 0, merchant: null, category: "transfer", conversion: true, row: ppRow("", "Allgemeine Währungsumrechnung", "USD", -usdCents, id, ppCode(), 0, "Haben") });
      ev.push({ acct: "pp", date, txDate: date, cents: 0, merchant: null, category: "transfer", conversion: true, row: ppRow("", "Allgemeine Währungsumrechnung", "EUR", eurCents, id, ppCode(), eurCents, "Soll") });
      ev.push({ acct: "pp", date, txDate: date, cents: -eurCents, merchant: null, category: "transfer", transfer: true, row: ppRow("", "Bankgutschrift auf PayPal-Konto", "EUR", -eurCents, id, ppCode(), 0, "Haben") });
    }
    const debit = nextBankDay(date);
    spk({ date: debit, cents: eurCents, merchant: null, category: "transfer", transfer: true }, "FOLGELASTSCHRIFT",
      `${digits(r, 13)}/PP.4162.PP/, ${shop}, Ihr Einkauf bei ${shop}`, "PayPal Europe S.a.r.l. et Cie S.C.A", IBAN.paypal, "PPLXLUL2", "LU96ZZZ0000000000000000058", "4XJ22224AEC8E", `${digits(r, 13)} PP.4162.PP PAYPAL`);
  };

  for (let i = 0; i < 12; i++) {
    const y = 2025 + Math.floor((11 + i) / 12);
    const m = ((11 + i) % 12) + 1;
    const mm = `${pad(m)}.${y}`;
    const day = (d: number) => weekday(iso(y, m, d));
    const on = (d: number) => iso(y, m, d);

    // Volksbank: the main account.
    vr({ date: day(1), cents: -115_000, merchant: "Miete", category: "rent" }, "Freiburger Stadtbau GmbH", IBAN.landlord, "SOLADES1FRB", "DAUERAUFTRAG", `Miete ${mm} Wiehre Goethestr. 12 Whg 5`);
    vr({ date: day(2), cents: -30_000, merchant: null, category: "transfer", transfer: true }, NAME, IBAN.spk, "SOLADES1FRB", "DAUERAUFTRAG", "Umbuchung Sparkasse");
    spk({ date: nextBankDay(day(2)), cents: 30_000, merchant: null, category: "transfer", transfer: true }, "GUTSCHRIFT UEBERWEISUNG", "Umbuchung Sparkasse", NAME, IBAN.vr, "GENODE61FR1", "", "", "NOTPROVIDED");
    const power = y === 2026 ? -8_900 : -8_200;
    vr({ date: day(5), cents: power, merchant: "Stadtwerke Freiburg", category: "utilities" }, "Stadtwerke Freiburg GmbH", IBAN.stadtwerke, "GENODE61FR1", "Basislastschrift",
      `Abschlag Strom/Gas ${mm} Vertragskonto 204711 EREF: ${digits(r, 10)} MREF: SWF-204711 CRED: DE12ZZZ00000123456 IBAN: ${IBAN.stadtwerke} BIC: GENODE61FR1`, "DE12ZZZ00000123456", "SWF-204711");
    vr({ date: day(3), cents: -4_820, merchant: "HUK-COBURG", category: "insurance" }, "HUK-COBURG Allgemeine Versicherung AG", IBAN.huk, "GENODEF1COB", "Basislastschrift",
      `Kfz-Versicherung FR-JA 482 Beitrag ${mm} EREF: ${digits(r, 10)} MREF: HUK-7788 CRED: DE61ZZZ00000010345 IBAN: ${IBAN.huk} BIC: GENODEF1COB`, "DE61ZZZ00000010345", "HUK-7788");
    if (m === 1 || m === 4 || m === 7 || m === 10) {
      vr({ date: day(15), cents: -5_508, merchant: "Rundfunkbeitrag", category: "rundfunk" }, "Rundfunk ARD, ZDF, DRadio", IBAN.rundfunk, "WELADED1KLN", "Basislastschrift",
        `Rundfunkbeitrag ${pad(m)}.${y} - ${pad(m + 2)}.${y} Beitragsnr. 512345678 EREF: ${digits(r, 10)} MREF: 512345678 CRED: DE34ZZZ00000125734 IBAN: ${IBAN.rundfunk} BIC: WELADED1KLN`, "DE34ZZZ00000125734", "512345678");
    }
    if (m === 1) {
      vr({ date: day(10), cents: -6_950, merchant: "HUK-COBURG", category: "insurance" }, "HUK-COBURG Haftpflicht-Unterstuetzungs-Kasse", IBAN.huk, "GENODEF1COB", "Basislastschrift",
        `Privathaftpflicht 2026 Vertr. 44-556677 EREF: ${digits(r, 10)} MREF: HUK-9911 CRED: DE61ZZZ00000010345 IBAN: ${IBAN.huk} BIC: GENODEF1COB`, "DE61ZZZ00000010345", "HUK-9911");
    }
    if (m === 3) {
      vr({ date: day(16), cents: -14_800, merchant: "Kfz-Steuer", category: "kfzsteuer" }, "Bundeskasse Trier", IBAN.bund, "MARKDEF1590", "Basislastschrift",
        `Kfz-Steuer FR-JA 482 Zeitraum 03.2026-02.2027 Kassenzeichen 123456789012 EREF: ${digits(r, 10)} MREF: ZOLL-4711 CRED: DE86ZZZ00000090226 IBAN: ${IBAN.bund} BIC: MARKDEF1590`, "DE86ZZZ00000090226", "ZOLL-4711");
    }
    const pay = payday(on(m === 12 ? 23 : 25));
    vr({ date: pay, cents: 341_257, merchant: "Testo", category: "salary", salary: true }, "Testo SE & Co. KGaA", IBAN.employer, "SOLADES1FRB", "Lohn/Gehalt/Rente", `LOHN/GEHALT ${mm} PERS.NR. 30412`);
    for (const d of [4, 18]) vrCard(on(d), -between(r, 1_800, 8_900), "REWE Markt GmbH", `FREIBURG ${digits(r, 4)}/HABSBURGERSTR. 120`, "REWE", "groceries");
    vrCard(on(11), -between(r, 2_200, 6_800), "EDEKA Hieber", `FREIBURG ${digits(r, 3)}/BERTOLDSTR. 8`, "EDEKA", "groceries");
    vrCard(on(9), -between(r, 900, 3_900), "dm-drogerie markt", `FREIBURG 1456/KAISER-JOSEPH-STR. 195`, "dm", "drugstore");
    if (m % 2 === 1) vrCard(on(20), -between(r, 2_400, 6_200), "Pizzeria Napoli", "FREIBURG 12/SCHWABENTORRING 2", "Pizzeria Napoli", "restaurants");
    vr({ date: day(13), cents: -(m % 2 === 0 ? 10_000 : 20_000), merchant: null, category: "cash", cash: true }, "", "", "", "Auszahlung GAA",
      `GA NR${digits(r, 8)} BLZ68090000 0 ${pad(13)}.${pad(m)}/${time(r).slice(0, 5)}UHR FREIBURG BERTOLDSTR`);
    const closeDate = payday(iso(y, m, lastDay(y, m)));
    if (closeDate <= LAST_BOOKED) {
      vr({ date: closeDate, cents: -490, merchant: "Volksbank Freiburg", category: "fees", fee: true }, "", "", "", "Abschluss",
        `Abschluss vom 01.${mm} bis ${pad(lastDay(y, m))}.${mm} Kontofuehrungsentgelt 4,90 Entgelt girocard 0,00`);
    }

    // Sparkasse: the second account, paid by the Umbuchung.
    spk({ date: day(1), cents: -2_499, merchant: "FitX", category: "gym" }, "FOLGELASTSCHRIFT", `Mitgliedsbeitrag ${mm} Mitgl.-Nr. 88123`, "FitX Deutschland GmbH", IBAN.fitx, "COBADEFFXXX", "DE93ZZZ00001234567", "FITX-88123", `${digits(r, 10)}-${mm}`);
    spk({ date: day(7), cents: -1_399, merchant: "Netflix", category: "subscriptions" }, "FOLGELASTSCHRIFT", `${digits(r, 12)} Netflix Monthly Subscription`, "Netflix International B.V.", IBAN.netflix, "DEUTDEFFXXX", "NL15ZZZ596745490000", "NF-0014422", digits(r, 12));
    spk({ date: day(12), cents: -1_099, merchant: "Spotify", category: "subscriptions" }, "FOLGELASTSCHRIFT", `Spotify P${code(r, 10)} Spotify Premium`, "Spotify AB", IBAN.spotify, "DEUTDEFFXXX", "SE89ZZZ556703748500", "SPOT-5512", digits(r, 12));
    for (const d of [6, 21]) spkCard(on(d), -between(r, 1_200, 6_400), "LIDL DIENSTLEISTUNG//FREIBURG/DE", "Lidl", "groceries");
    spkCard(on(14), -between(r, 1_500, 5_500), "ALDI SUED SAGT DANKE//FREIBURG-ST.GEORGEN/DE", "ALDI SÜD", "groceries");
    spkCard(on(24), -between(r, 600, 2_900), "ROSSMANN 2317//FREIBURG/DE", "Rossmann", "drugstore");
    spkCard(on(16), -between(r, 1_900, 4_200), "VAPIANO FREIBURG//FREIBURG/DE", "Vapiano", "restaurants");
    if (m % 3 === 0) spk({ date: day(27), cents: -5_000, merchant: null, category: "cash", cash: true }, "BARGELDAUSZAHLUNG", `${on(27)}T11:02 Debitk.2 2028-12 `, "GA SPARKASSE FREIBURG-NOERDLICHER BREISGAU", "", "FRSPDE66XXX", "", "", digits(r, 26));

    // PayPal purchases, funded by the Sparkasse.
    paypal(on(8), "Zalando SE", "Bestellung 1040" + digits(r, 8), -between(r, 3_900, 12_900), "Zalando", "clothing");
    if (m % 2 === 0) paypal(on(19), "Thalia Bücher GmbH", "Bücher Bestellung " + digits(r, 9), -between(r, 1_200, 4_800), "Thalia", "books");
    if (m === 2 || m === 10) paypal(on(23), "eBay Marketplaces GmbH", "Gebrauchtes Fahrradschloss Abus", -between(r, 1_500, 3_500), "eBay", "shopping");
  }

  // A USD purchase through PayPal with its two conversion rows (EUR value = the EUR leg).
  paypal("2026-05-16", "Bandcamp Inc.", "Album download", -1_862, "Bandcamp", "entertainment", -2_000);
  paypal("2026-10-17", "Bandcamp Inc.", "Vinyl LP", -3_204, "Bandcamp", "entertainment", -3_500);

  // A bicycle bought in August, bigger than the rent.
  vrCard("2026-08-22", -134_900, "Fahrrad XXL Franz", "FREIBURG 03/TULLASTR. 72", "Fahrrad XXL", "sports");

  // Electronics bought, one item returned: the refund comes back as a Gutschrift.
  vrCard("2026-10-03", -34_998, "MediaMarkt Freiburg", "FREIBURG 455/ROBERT-BUNSEN-STR. 4", "MediaMarkt", "electronics");
  vr({ date: "2026-10-19", cents: 7_999, merchant: "MediaMarkt", category: "electronics", refund: true }, "MediaMarkt Freiburg", "", "", "Gutschrift",
    `Erstattung Rueckgabe Beleg 455-0311 vom 03.10.2026 girocard ${digits(r, 8)}`);

  // Summer holiday in Switzerland: Visa Debit card rows with the CHF original and a foreign-use fee each.
  const swiss: [string, number, number, string, string, string, string][] = [
    ["2026-08-08", -8_430, 7_940, "SBB CFF FFS", "BASEL SBB", "SBB", "transport"],
    ["2026-08-08", -11_760, 11_070, "COOP-2207 LUZERN BAHNHOF", "LUZERN", "Coop", "groceries"],
    ["2026-08-10", -6_285, 5_920, "RESTAURANT ZUM WEISSEN ROESSLI", "LUZERN", "Restaurant Weisses Rössli", "restaurants"],
    ["2026-08-11", -4_522, 4_260, "MIGROS M LUZERN", "LUZERN", "Migros", "groceries"],
    ["2026-08-12", -15_340, 14_450, "PILATUS-BAHNEN AG", "KRIENS", "Pilatus-Bahnen", "leisure"],
  ];
  for (const [tx, eur, chf, name, city, merchant, category] of swiss) {
    const date = nextBankDay(tx);
    vr({ date, txDate: tx, cents: eur, merchant, category, abroad: true }, name, "", "", "Kartenzahlung",
      `${name}/${city}/CH ${ddmmyyyy(tx)} Visa Debit Original ${bankAmount(chf)} CHF Kurs 0,${digits(r, 4)} Karte ${digits(r, 4)}`, "", "OFFLINE");
    const fee = -Math.round((Math.abs(eur) * 175) / 10_000);
    vr({ date, txDate: tx, cents: fee, merchant: "Volksbank Freiburg", category: "fees", fee: true, abroad: true }, "", "", "", "Entgelt",
      `Auslandseinsatzentgelt 1,75% aus ${bankAmount(Math.abs(eur))} EUR ${name}`);
  }

  // Not yet booked at export time: the Sparkasse lists them as "Umsatz vorgemerkt".
  spkCard("2026-11-27", -3_417, "LIDL DIENSTLEISTUNG//FREIBURG/DE", "Lidl", "groceries", true);
  spkCard("2026-11-27", -1_980, "VAPIANO FREIBURG//FREIBURG/DE", "Vapiano", "restaurants", true);

  return ev.filter((e) => e.pending || e.date <= LAST_BOOKED);
}

const byDate = (a: Event, b: Event) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export function closingVr(events: Event[]): number {
  return OPENING_VR + events.filter((e) => e.acct === "vr").reduce((a, e) => a + e.cents, 0);
}

/** Volksbank/Atruvia: UTF-8 with BOM, ';', unquoted, CRLF, newest first, Saldo nach Buchung filled. */
export function vrCsv(events: Event[]): Buffer {
  const rows = events.filter((e) => e.acct === "vr").sort(byDate);
  let bal = OPENING_VR;
  const lines = rows.map((e) => {
    bal += e.cents;
    const row = [...e.row];
    row[13] = bankAmount(bal);
    for (const c of row) if (c.includes(";")) throw new Error(`unquoted VR cell holds ';': ${c}`);
    return row.join(";");
  });
  const header = "Bezeichnung Auftragskonto;IBAN Auftragskonto;BIC Auftragskonto;Bankname Auftragskonto;Buchungstag;Valutadatum;Name Zahlungsbeteiligter;IBAN Zahlungsbeteiligter;BIC (SWIFT-Code) Zahlungsbeteiligter;Buchungstext;Verwendungszweck;Betrag;Waehrung;Saldo nach Buchung;Bemerkung;Gekennzeichneter Umsatz;Glaeubiger ID;Mandatsreferenz";
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([header, ...lines.reverse()].join("\r\n") + "\r\n", "utf8")]);
}

/** Sparkasse CSV-CAMT V8: ISO-8859-1, every field quoted, header on line 1, newest first. */
export function spkCsv(events: Event[]): Buffer {
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  const header = ["Auftragskonto", "Buchungstag", "Valutadatum", "Buchungstext", "Verwendungszweck", "Glaeubiger ID", "Mandatsreferenz", "Kundenreferenz (End-to-End)", "Sammlerreferenz", "Lastschrift Ursprungsbetrag", "Auslagenersatz Ruecklastschrift", "Beguenstigter/Zahlungspflichtiger", "Kontonummer/IBAN", "BIC (SWIFT-Code)", "Betrag", "Waehrung", "Info"];
  const rows = events.filter((e) => e.acct === "spk").sort(byDate).reverse();
  return Buffer.from([q(header), ...rows.map((e) => q(e.row))].join("\r\n") + "\r\n", "latin1");
}

/** PayPal Aktivitätsbericht (German account): UTF-8 with BOM, ',', every field quoted, oldest first. */
export function paypalCsv(events: Event[]): Buffer {
  const header = ["Datum", "Uhrzeit", "Zeitzone", "Name", "Typ", "Status", "Währung", "Brutto", "Gebühr", "Netto", "Absender E-Mail-Adresse", "Empfänger E-Mail-Adresse", "Transaktionscode", "Lieferadresse", "Adress-Status", "Artikelbezeichnung", "Artikelnummer", "Versand- und Bearbeitungsgebühr", "Versicherungsbetrag", "Umsatzsteuer", "Option 1 Name", "Option 1 Wert", "Option 2 Name", "Option 2 Wert", "Zugehöriger Transaktionscode", "Rechnungsnummer", "Zollnummer", "Anzahl", "Empfangsnummer", "Guthaben", "Adresszeile 1", "Adresszusatz", "Ort", "Bundesland", "PLZ", "Land", "Telefon", "Betreff", "Hinweis", "Ländervorwahl", "Auswirkung auf Guthaben"];
  const q = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(",");
  const rows = events.filter((e) => e.acct === "pp").sort(byDate); // stable: a purchase's rows stay together
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([q(header), ...rows.map((e) => q(e.row))].join("\r\n") + "\r\n", "utf8")]);
}
