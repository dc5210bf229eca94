// Blind test: Jana in Leipzig (Telegram in German) sends twelve months of four real-shaped exports
// (DKB old banking Girokonto + old Visa, Sparkasse CSV-MT940, ING Umsatzanzeige of the Extra-Konto)
// and asks what people in Germany type. Every expected figure is computed here from the logical
// events the files were written from (test/e2e/blind-de5/statements.ts), never taken from Kontor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askKontor, startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import {
  buildEvents, closing, dkbGiroCsv, dkbVisaCsv, IBAN, ingCsv, sparkasseCsv, visaSaldo, type Event,
} from "./blind-de5/statements.ts";

const jana = { id: 7505, first_name: "Jana", language_code: "de" };
const NOW = new Date("2022-11-28T08:00:00Z"); // Monday morning in Leipzig, the day after the exports
const events = buildEvents();
const booked = events.filter((e) => !e.pending);

// ------------------------------------------------------------ figures from the events

const sum = (rows: Event[]) => rows.reduce((a, e) => a + e.cents, 0);
const inRange = (rows: Event[], from: string, to: string) => rows.filter((e) => e.date >= from && e.date <= to);
const inMonth = (rows: Event[], ym: string) => rows.filter((e) => e.date.startsWith(ym));
const of = (merchant: string, rows: Event[] = booked) => rows.filter((e) => e.merchant === merchant);
/** Spending: purchases net of refunds; never own transfers, the card bill or salary. */
const isSpend = (e: Event) => !e.transfer && !e.cardBill && !e.salary;
const spend = (rows: Event[], o: { cash: boolean }) => -sum(rows.filter((e) => isSpend(e) && (o.cash || !e.cash)));
const spent = (rows: Event[]) => -sum(rows);
const YEAR = (rows: Event[]) => inRange(rows, "2022-01-01", "2022-12-31");
const withCashOrNot = (rows: Event[]) => [spend(rows, { cash: true }), spend(rows, { cash: false })];
const withPendingOrNot = (f: (rows: Event[]) => number[]) => [...f(booked), ...f(events)];
/** The first day on file: the earliest row of any export. */
const firstDay = events.map((e) => e.date).sort()[0]!;
const MONATE = ["Jan", "Feb", "M(?:ä|ae)r", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];
/** "1. Dez. 2021–28. Nov. 2022" or "01.12.2021 – 28.11.2022": the range a reply covered, as a German reader writes it. */
function spanRe(from: string, to: string): RegExp {
  const day = (iso: string) => {
    const [y, m, d] = [iso.slice(0, 4), Number(iso.slice(5, 7)), Number(iso.slice(8))];
    return `(?:0?${d}\\. ?${MONATE[m - 1]}[a-zä]*\\.? ${y}|0?${d}\\.0?${m}\\.${y})`;
  };
  return new RegExp(`${day(from)}\\s*[–-]\\s*${day(to)}`);
}
const avg = (cents: number, months: number) => [Math.floor(cents / months), Math.round(cents / months), Math.ceil(cents / months)];

// ------------------------------------------------------------ reading amounts in a reply

/** An amount as Kontor may write it in German ("1.349,00 €") or English ("€1,349.00"); sign ignored. */
function money(cents: number): RegExp {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100));
  const dec = String(abs % 100).padStart(2, "0");
  const de = int.replace(/\B(?=(\d{3})+(?!\d))/g, "[.\\s\\u00a0\\u202f]?");
  const en = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",?");
  return new RegExp(`(?<![\\d.,])(?:${de},${dec}|${en}\\.${dec})(?![\\d]|[.,]\\d)`);
}
const eur = (cents: number) => `${(cents / 100).toFixed(2)} €`;
function expectOneOf(reply: string, readings: number[]) {
  const hit = readings.some((c) => money(c).test(reply));
  expect(hit, `expected one of ${[...new Set(readings)].map(eur).join(" | ")} in: ${reply}`).toBe(true);
}
function expectNone(reply: string, wrong: number[]) {
  for (const c of wrong) expect(money(c).test(reply), `${eur(c)} should not be in: ${reply}`).toBe(false);
}

describe("Leipzig, four German exports, questions typed in German", () => {
  let c: ChatApp;
  const ask = (q: string) => askKontor(c.sim, jana, q, /€|EUR|\?|nicht|kein|weiß/i);

  beforeAll(async () => {
    // The shared onboard() picks English; Jana picks Deutsch herself, so Kontor answers in German.
    c = await startChatApp([jana], { now: () => NOW, onboarded: [] });
    const { sim } = c;
    const tap = async (re: RegExp, data: string) => sim.tapButton(jana, (await sim.waitForBotMessage(jana.id, re)).messageId, data);
    sim.sendText(jana, "/start");
    await tap(/Sprache/, "lang:de");
    await tap(/Zeitzone/, "tz:Europe/Berlin");
    await tap(/Währung/, "cur:EUR");
    await sim.waitForBotMessage(jana.id, /Fertig/);
    const files: [string, Buffer][] = [
      ["DKB_Umsatzliste_Girokonto.csv", dkbGiroCsv(events)],
      ["4930________1234.csv", dkbVisaCsv(events)],
      ["20221127-1100123456-umsatz.CSV", sparkasseCsv(events)],
      [`Umsatzanzeige_${IBAN.ing}_20221128.csv`, ingCsv(events)],
    ];
    for (const [fileName, content] of files) {
      const after = sim.lastBotMessage(jana.id)?.messageId ?? 0;
      sim.sendDocument(jana, { fileName, mimeType: "text/csv", content });
      const preview = await sim.waitForBotMessage(jana.id, /importieren\?|nicht importieren|nicht lesen|Welche Währung/i, { afterMessageId: after, timeoutMs: 20_000 });
      if (!/Umsätze importieren\?/.test(preview.text ?? "")) throw new Error(`${fileName}: ${preview.text}`);
      sim.tapButton(jana, preview.messageId, "imp:ok");
      await sim.waitFor(() => /Importiert|\d+ importiert/i.test(sim.chat(jana.id).find((m) => m.messageId === preview.messageId)?.text ?? ""), 20_000);
    }
  }, 90_000);
  afterAll(() => c?.stop());

  it("imports four accounts, leaves the DKB Tagessaldo lines out and keeps the two pending Sparkasse rows", async () => {
    const accounts = await c.t.db.account.findMany({ include: { _count: { select: { transactions: true } } } });
    expect(accounts).toHaveLength(4);
    const count = (re: RegExp) => accounts.find((a) => re.test(a.name))?._count.transactions;
    expect(count(/DKB.*Giro/i)).toBe(events.filter((e) => e.acct === "dkb").length);
    expect(count(/DKB.*(Kredit|Visa)/i)).toBe(events.filter((e) => e.acct === "visa").length);
    expect(count(/Sparkasse/i)).toBe(events.filter((e) => e.acct === "spk").length);
    expect(count(/ING/)).toBe(events.filter((e) => e.acct === "ing").length);
    expect(await c.t.db.transaction.count({ where: { status: "PENDING" } })).toBe(events.filter((e) => e.pending).length);
  });

  // ---------------------------------------------------------- merchants

  it("rewe this year, not since December", async () => {
    const reply = await ask("wie viel hab ich bei rewe ausgegeben dieses jahr");
    expectOneOf(reply, [spent(YEAR(of("REWE")))]);
  });

  it("amazon over all time counts card, SEPA debit and the refund", async () => {
    expectOneOf(await ask("was hab ich insgesamt bei amazon ausgegeben"), [spent(of("Amazon"))]);
  });

  it("amazon in october is the purchase less the refund", async () => {
    expectOneOf(await ask("amazon im oktober"), [spent(inMonth(of("Amazon"), "2022-10"))]);
  });

  it("rewe vs edeka this year names both sums", async () => {
    const reply = await ask("rewe vs edeka dieses jahr");
    expectOneOf(reply, [spent(YEAR(of("REWE")))]);
    expectOneOf(reply, [spent(YEAR(of("EDEKA")))]);
  });

  // "A oder B, wo … mehr" is a comparison: each shop's figure side by side, over the data on file (no period named).
  it("dm or rossmann, where the Rossmann text is the company's legal name", async () => {
    const reply = await ask("dm oder rossmann wo lass ich mehr geld");
    expectOneOf(reply, [spent(of("dm")), spent(YEAR(of("dm")))]);
    expectOneOf(reply, [spent(of("Rossmann")), spent(YEAR(of("Rossmann"))), spent(of("Rossmann", events)), spent(YEAR(of("Rossmann", events)))]);
  });

  it("lieferando this year, by card and through PayPal", async () => {
    expectOneOf(await ask("lieferando dieses jahr?"), [spent(YEAR(of("Lieferando")))]);
  });

  it("lists every Lieferando order", async () => {
    const reply = await ask("zeig mir alle lieferando bestellungen");
    for (const e of of("Lieferando")) expect(money(e.cents).test(reply), `${eur(e.cents)} (${e.date}) missing in: ${reply}`).toBe(true);
  });

  // A named shop with no period covers the whole history on file (the product's decision), and the reply names that span.
  it("the café paid through SumUp: the whole history, its span named", async () => {
    const reply = await ask("wie viel hab ich im cafe kandis gelassen");
    expectOneOf(reply, [spent(of("Café Kandis"))]);
    expect(reply).toMatch(spanRe(firstDay, NOW.toISOString().slice(0, 10)));
  });

  it("spotify in total", async () => {
    expectOneOf(await ask("spotify insgesamt"), [spent(of("Spotify"))]);
  });

  it("netflix per year", async () => {
    const n = of("Netflix");
    const latest = n[n.length - 1]!.cents;
    expectOneOf(await ask("was kostet mich netflix im jahr"), [spent(YEAR(n)), spent(n), -12 * latest]);
  });

  it("deutsche bahn this year, BahnCard by debit and tickets by card", async () => {
    expectOneOf(await ask("wie viel hab ich dieses jahr für die bahn ausgegeben"), [spent(YEAR(of("Deutsche Bahn")))]);
  });

  it("lidl in september", async () => {
    expectOneOf(await ask("lidl im september"), [spent(inMonth(of("Lidl"), "2022-09"))]);
  });

  it("paypal this year", async () => {
    const pp = YEAR(booked.filter((e) => e.via === "paypal"));
    expectOneOf(await ask("was hab ich dieses jahr über paypal bezahlt"), [spent(pp), -sum(pp.filter((e) => e.cents < 0))]);
  });

  it("GEZ is the Rundfunkbeitrag", async () => {
    expectOneOf(await ask("wie viel gez hab ich dieses jahr gezahlt"), [spent(YEAR(of("Rundfunkbeitrag")))]);
  });

  it("aldi last year is December 2021 only", async () => {
    expectOneOf(await ask("was hab ich letztes jahr bei aldi ausgegeben"), [spent(inRange(of("Aldi"), "2021-01-01", "2021-12-31"))]);
  });

  it("rewe in december is the December on file (2021)", async () => {
    expectOneOf(await ask("rewe im dezember"), [spent(inMonth(of("REWE"), "2021-12"))]);
  });

  it("lists the Amazon orders from card and SEPA debit", async () => {
    const reply = await ask("zeig mir meine amazon bestellungen");
    for (const e of of("Amazon").filter((x) => x.cents < 0)) expect(money(e.cents).test(reply), `${eur(e.cents)} (${e.date}) missing in: ${reply}`).toBe(true);
  });

  // ---------------------------------------------------------- categories

  it("groceries last month across Visa and girocard", async () => {
    expectOneOf(await ask("wieviel hab ich letzten monat für lebensmittel ausgegeben"), [spent(inMonth(booked.filter((e) => e.category === "groceries"), "2022-10"))]);
  });

  it("average groceries per month", async () => {
    const g = booked.filter((e) => e.category === "groceries");
    const readings = [
      ...avg(spent(g), 12), // the twelve months on file
      ...avg(spent(YEAR(g)), 11), // this year so far
      ...avg(spent(inRange(g, "2022-01-01", "2022-10-31")), 10), // this year's complete months
      ...avg(spent(inRange(g, "2021-12-01", "2022-10-31")), 11), // complete months on file
    ];
    expectOneOf(await ask("was geb ich im schnitt pro monat für lebensmittel aus"), readings);
  });

  it("fuel this year, Aral by Visa and JET by girocard", async () => {
    const fuel = (rows: Event[]) => spent(YEAR(rows.filter((e) => e.category === "fuel")));
    expectOneOf(await ask("tanken dieses jahr"), [fuel(booked), fuel(events)]);
  });

  it("rent in march is the standing order to the cooperative", async () => {
    expectOneOf(await ask("miete im maerz"), [spent(inMonth(of("Wohnungsgenossenschaft"), "2022-03"))]);
  });

  it("rent since july", async () => {
    expectOneOf(await ask("wie viel miete seit juli"), [spent(inRange(of("Wohnungsgenossenschaft"), "2022-07-01", "2022-11-30"))]);
  });

  it("strom und gas in october", async () => {
    expectOneOf(await ask("was hab ich im oktober für strom und gas bezahlt"), [spent(inMonth(of("Stadtwerke Leipzig"), "2022-10"))]);
  });

  it("insurance per month", async () => {
    const ins = of("Barmenia Zahnzusatz");
    expectOneOf(await ask("was zahl ich im monat für versicherungen"), [-ins[0]!.cents]);
  });

  it("cash withdrawn in october", async () => {
    expectOneOf(await ask("wie viel bargeld hab ich im oktober abgehoben"), [spent(inMonth(of("Geldautomat"), "2022-10"))]);
  });

  // "Klamotten" is the clothing topic, not all shopping (the Saturn laptop, Amazon): clothes were only Zalando, 50,00 € net.
  it("clothes this year is Zalando through PayPal, less what went back", async () => {
    expectOneOf(await ask("wie viel hab ich dieses jahr für klamotten ausgegeben"), [spent(YEAR(of("Zalando")))]);
  });

  it("groceries october vs september names both", async () => {
    const g = booked.filter((e) => e.category === "groceries");
    const reply = await ask("lebensmittel oktober vs september");
    expectOneOf(reply, [spent(inMonth(g, "2022-10"))]);
    expectOneOf(reply, [spent(inMonth(g, "2022-09"))]);
  });

  it("the card bill in september is the settlement from the Girokonto", async () => {
    const bill = inMonth(booked.filter((e) => e.cardBill && e.acct === "dkb"), "2022-09");
    expectOneOf(await ask("wie hoch war die kreditkartenabrechnung im september"), [spent(bill)]);
  });

  // ---------------------------------------------------------- spending over periods

  // A singular "größter Einkauf" is the largest single purchase (the 1.349,00 € laptop), not the top merchants by total (Saturn 1.368,99 €).
  it("the biggest purchase this year is the laptop, not the card bill or a savings move", async () => {
    const reply = await ask("was war mein größter einkauf dieses jahr");
    const laptop = Math.min(...of("Saturn").map((e) => e.cents));
    expectOneOf(reply, [laptop]);
    expectNone(reply, [sum(YEAR(of("Saturn")))]); // the shop's total is not a purchase
    const bills = booked.filter((e) => e.cardBill && e.acct === "dkb" && e.date >= "2022-01-01").map((e) => e.cents);
    expectNone(reply, [150_000, ...bills]);
  });

  it("spending in summer", async () => {
    expectOneOf(await ask("wie viel hab ich im sommer ausgegeben"), withCashOrNot(inRange(booked, "2022-06-01", "2022-08-31")));
  });

  it("spending the last 3 months", async () => {
    const readings = [
      ...withCashOrNot(inRange(booked, "2022-08-01", "2022-10-31")),
      ...withPendingOrNot((rows) => withCashOrNot(inRange(rows, "2022-09-01", "2022-11-28"))),
      ...withPendingOrNot((rows) => withCashOrNot(inRange(rows, "2022-08-28", "2022-11-28"))),
      ...withPendingOrNot((rows) => withCashOrNot(inRange(rows, "2022-08-29", "2022-11-28"))),
      ...withPendingOrNot((rows) => withCashOrNot(inRange(rows, "2022-08-30", "2022-11-28"))),
    ];
    expectOneOf(await ask("ausgaben letzte 3 monate"), readings);
  });

  it("spending in november so far", async () => {
    expectOneOf(await ask("ausgaben im november"), withPendingOrNot((rows) => withCashOrNot(inMonth(rows, "2022-11"))));
  });

  it("january vs february names both months", async () => {
    const reply = await ask("ausgaben januar vs februar");
    expectOneOf(reply, withCashOrNot(inMonth(booked, "2022-01")));
    expectOneOf(reply, withCashOrNot(inMonth(booked, "2022-02")));
  });

  it("spending in december is December 2021", async () => {
    expectOneOf(await ask("was hab ich im dezember ausgegeben"), withCashOrNot(inMonth(booked, "2021-12")));
  });

  it("spending in autumn", async () => {
    const readings = [
      ...withPendingOrNot((rows) => withCashOrNot(inRange(rows, "2022-09-01", "2022-11-30"))),
      ...withPendingOrNot((rows) => withCashOrNot(inRange(rows, "2022-09-23", "2022-11-30"))),
    ];
    expectOneOf(await ask("ausgaben im herbst"), readings);
  });

  it("spending last week", async () => {
    const readings = [
      ...withPendingOrNot((rows) => withCashOrNot(inRange(rows, "2022-11-21", "2022-11-27"))),
      ...withPendingOrNot((rows) => withCashOrNot(inRange(rows, "2022-11-22", "2022-11-28"))),
    ];
    expectOneOf(await ask("was hab ich letzte woche ausgegeben"), readings);
  });

  it("average spending per month", async () => {
    const readings = [true, false].flatMap((cash) => {
      const s = (rows: Event[]) => spend(rows, { cash });
      return [
        ...avg(s(booked), 12),
        ...avg(s(YEAR(booked)), 11),
        ...avg(s(inRange(booked, "2022-01-01", "2022-10-31")), 10),
        ...avg(s(inRange(booked, "2021-12-01", "2022-10-31")), 11),
      ];
    });
    expectOneOf(await ask("wie viel geb ich im schnitt pro monat aus"), readings);
  });

  // ---------------------------------------------------------- income and savings

  it("income last month is the salary only, not the money back from the Extra-Konto nor the Amazon refund", async () => {
    const reply = await ask("einnahmen letzten monat");
    const salary = sum(inMonth(booked.filter((e) => e.salary), "2022-10"));
    expectOneOf(reply, [salary]);
    const fromIng = sum(inMonth(booked.filter((e) => e.acct === "dkb" && e.transfer && e.cents > 0), "2022-10"));
    expectNone(reply, [salary + fromIng, salary + fromIng + 2_399, salary + 2_399]);
  });

  it("earned this year", async () => {
    expectOneOf(await ask("wie viel hab ich dieses jahr verdient"), [sum(YEAR(booked.filter((e) => e.salary)))]);
  });

  it("moved to the Tagesgeld this year", async () => {
    const ing = YEAR(of("Jana Fiedler").filter((e) => e.acct === "ing"));
    expectOneOf(await ask("wie viel hab ich dieses jahr aufs tagesgeld gelegt"), [sum(ing), sum(ing.filter((e) => e.cents > 0))]);
  });

  it("transferred to ING in july", async () => {
    const july = inMonth(booked.filter((e) => e.acct === "ing" && e.cents > 0), "2022-07");
    expectOneOf(await ask("wie viel hab ich im juli auf die ing überwiesen"), [sum(july)]);
  });

  // ---------------------------------------------------------- balances

  it("the DKB balance: asked which of the two DKB accounts, the Girokonto's stated balance", async () => {
    let reply = await ask("was ist mein dkb kontostand");
    if (/Welche/.test(reply)) {
      const choice = c.sim.lastBotMessage(jana.id)!;
      const buttons = choice.replyMarkup?.inline_keyboard.flat() ?? [];
      const giro = buttons.find((b) => /Giro/i.test(b.text) && "callback_data" in b);
      expect(giro, `no Girokonto button in ${JSON.stringify(buttons)}`).toBeDefined();
      c.sim.tapButton(jana, choice.messageId, (giro as { callback_data: string }).callback_data);
      reply = (await c.sim.waitForBotMessage(jana.id, /€/, { afterMessageId: choice.messageId })).text ?? "";
    }
    expectOneOf(reply, [closing(events, "dkb")]);
  });

  it("the ING balance", async () => {
    expectOneOf(await ask("kontostand ing"), [closing(events, "ing")]);
  });

  it("what is open on the credit card (the old Visa Saldo has a dot decimal)", async () => {
    expectOneOf(await ask("wie viel ist auf meiner kreditkarte offen"), [visaSaldo(events)]);
  });

  it("all my money: the stated balances (the Sparkasse has none)", async () => {
    const known = closing(events, "dkb") + closing(events, "ing");
    expectOneOf(await ask("wie viel geld hab ich insgesamt"), [known, known + visaSaldo(events)]);
  });

  it("the Sparkasse export states no balance, so none is made up", async () => {
    const reply = await ask("sparkasse kontostand");
    expectNone(reply, [sum(booked.filter((e) => e.acct === "spk")), sum(events.filter((e) => e.acct === "spk"))]);
    expect(reply).toMatch(/kein|nicht|unbekannt|weiß/i);
  });
});
