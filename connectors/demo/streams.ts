// What happens on one account on one day. Each (account, day, purpose) has its
// own PRNG, so a day's events never depend on which window was asked for:
// that is what keeps old history stable as the clock moves on.
import { dayFromYmd, daysInMonth, germanMonth, isoDay, lastBusinessDay, monthFromIndex, monthIndex, weekday, ymd } from "./calendar.ts";
import { CARD_SHOPPING, CARD_TRAVEL, DIRECT_DEBITS, DRUGSTORE, EATING_OUT, FOREIGN, FUEL, GROCERS, RATE_MICROS, ibanFor, priceOn, type CardMerchant } from "./merchants.ts";
import { centsToDecimal, convertCents } from "./money.ts";
import { Prng, cellRng } from "./prng.ts";
import { SALT, type DemoEvent, type StreamSpec } from "./world.ts";

export interface DayContext {
  seed: number;
  streams: StreamSpec[];
  /** Sum of a card's own bookings in a month (memoised by the caller), for the settlement. */
  cardMonthCents(cardIndex: number, monthIdx: number): number;
}

export interface DayOptions {
  fixed?: boolean;
  refunds?: boolean;
}

const HOLDER = "Alex Mustermann";
const CARD_SERVICE = "Demo Bank Kartenservice";
const mm = (month: number) => String(month).padStart(2, "0");

function card(r: Prng, mer: CardMerchant, kind: string): DemoEvent {
  const cents = r.gaussInt(mer.meanCents, mer.spreadCents, mer.minCents, mer.maxCents);
  return {
    cents: -cents, lag: 1, counterpartyName: mer.name, merchant: mer.name, category: mer.category,
    description: mer.text.replace("{n}", String(r.int(10000, 99999))),
    pendingDescription: `Vormerkung ${kind} ${mer.name}`,
    transactionType: "CARD_PAYMENT",
  };
}

function sepa(cents: number, name: string, iban: string | undefined, text: string, type: string, category: string): DemoEvent {
  const e: DemoEvent = { cents, lag: 0, counterpartyName: name, description: text, transactionType: type, category };
  if (iban) e.counterpartyIban = iban;
  return e;
}

function checkingPurchases(seed: number, spec: StreamSpec, day: number): DemoEvent[] {
  const r = cellRng(seed, spec.index, day, SALT.daily);
  const wd = weekday(day);
  if (wd === 0) return r.chance(0.25) ? [card(r, r.pick(EATING_OUT), "girocard")] : []; // shops are closed on Sundays
  const out: DemoEvent[] = [];
  if (r.chance(wd === 6 ? 0.65 : 0.36)) out.push(card(r, r.pick(GROCERS), "girocard"));
  if (r.chance(0.08)) out.push(card(r, r.pick(GROCERS), "girocard"));
  if (r.chance(0.08)) out.push(card(r, DRUGSTORE, "girocard"));
  if (r.chance(0.26)) out.push(card(r, r.pick(EATING_OUT), "girocard"));
  if (spec.persona.hasCar && r.chance(0.09)) out.push(card(r, r.pick(FUEL), "girocard"));
  if (r.chance(0.03)) {
    const cents = r.pick([5000, 10000, 10000, 15000, 20000]);
    out.push(sepa(-cents, "Berliner Sparkasse", undefined, `Bargeldauszahlung GA ${r.int(1000, 9999)} Berlin ${isoDay(day)}`, "CASH_WITHDRAWAL", "cash"));
  }
  return out;
}

function foreign(seed: number, r: Prng, day: number): DemoEvent[] {
  const f = r.pick(FOREIGN);
  const orig = r.gaussInt(f.meanCents, f.spreadCents, 99, f.meanCents * 4);
  // One rate per currency and day, shared by every account, like a real card scheme.
  const rate = RATE_MICROS[f.currency] + cellRng(seed, day, SALT.fx, f.currency.charCodeAt(0)).int(-20_000, 20_000);
  const eur = convertCents(orig, rate);
  const rateText = `${Math.floor(rate / 1e6)},${String(rate % 1e6).padStart(6, "0").slice(0, 4)}`;
  const purchase: DemoEvent = {
    cents: -eur, lag: 1, counterpartyName: f.name, merchant: f.name, category: f.category, transactionType: "CARD_PAYMENT",
    description: `${f.text.replace("{n}", String(r.int(10000, 99999)))} ${f.currency} ${centsToDecimal(orig).replace(".", ",")} Kurs ${rateText}`,
    pendingDescription: `Vormerkung Visa ${f.name}`,
    originalCents: -orig, originalCurrency: f.currency,
  };
  const feeCents = Math.floor((eur * 175 + 5000) / 10000);
  if (feeCents === 0) return [purchase];
  const fee: DemoEvent = {
    cents: -feeCents, lag: 1, counterpartyName: "Demo Bank", category: "fees", transactionType: "FEE",
    description: `Auslandseinsatzentgelt 1,75% ${f.name}`, pendingDescription: "Vormerkung Auslandseinsatzentgelt",
  };
  return [purchase, fee];
}

function cardPurchases(seed: number, spec: StreamSpec, day: number): DemoEvent[] {
  const r = cellRng(seed, spec.index, day, SALT.daily);
  const out: DemoEvent[] = [];
  if (r.chance(0.17)) out.push(card(r, r.pick(CARD_SHOPPING), "Visa"));
  if (r.chance(0.1)) out.push(card(r, r.pick(CARD_TRAVEL), "Visa"));
  if (r.chance(0.08)) out.push(card(r, r.pick(EATING_OUT), "Visa"));
  if (r.chance(0.07)) out.push(...foreign(seed, r, day));
  return out;
}

/** A card refund always returns (part of) a real purchase from 3-20 days earlier. */
function cardRefunds(ctx: DayContext, spec: StreamSpec, day: number): DemoEvent[] {
  const r = cellRng(ctx.seed, spec.index, day, SALT.refund);
  if (!r.chance(0.03)) return [];
  const earlier = day - r.int(3, 20);
  const candidates = cardPurchases(ctx.seed, spec, earlier).filter((e) => e.category === "shopping");
  if (candidates.length === 0) return [];
  const bought = r.pick(candidates);
  const cents = r.chance(0.7) ? -bought.cents : Math.max(1, Math.floor(-bought.cents / r.int(2, 4)));
  return [{
    cents, lag: 1, counterpartyName: bought.counterpartyName, merchant: bought.merchant ?? bought.counterpartyName,
    category: "refunds", transactionType: "CARD_REFUND",
    description: `GUTSCHRIFT ${bought.description}`, pendingDescription: `Vormerkung Gutschrift ${bought.counterpartyName}`,
  }];
}

function checkingFixed(ctx: DayContext, spec: StreamSpec, day: number): DemoEvent[] {
  const { year, month, day: dom } = ymd(day);
  const p = spec.persona;
  const iso = isoDay(day);
  const out: DemoEvent[] = [];
  if (dom === 1) out.push(sepa(-p.rentCents, p.landlord, p.landlordIban, `Miete ${germanMonth(month)} ${year} Whg. 3.OG links`, "STANDING_ORDER", "rent"));
  if (day === lastBusinessDay(year, month)) {
    const salary = p.salaryCents + Math.floor((p.salaryCents * 3 * Math.max(0, year - 2024)) / 100);
    out.push(sepa(salary, p.employer, p.employerIban, `LOHN / GEHALT ${mm(month)}/${year} ${p.employer.toUpperCase()}`, "SALARY", "salary"));
  }
  for (const dd of DIRECT_DEBITS) {
    if (dd.dayOfMonth !== dom || (dd.months && !dd.months.includes(month))) continue;
    if ((dd.name.startsWith("FitX") && !p.hasGym) || (dd.name.startsWith("HUK") && !p.hasCar)) continue;
    out.push(sepa(-priceOn(dd, iso), dd.name, ibanFor(dd.name), dd.text(year, month), "DIRECT_DEBIT", dd.category));
  }
  if (month === 3 && dom === 10) {
    const back = cellRng(ctx.seed, spec.index, day, SALT.fixed).int(1500, 16000);
    out.push(sepa(back, "Vattenfall Europe Sales GmbH", ibanFor("Vattenfall Europe Sales GmbH"), `Erstattung Jahresabrechnung Strom ${year - 1}`, "CREDIT_TRANSFER", "refunds"));
  }
  const savings = spec.savingsIndex === undefined ? undefined : ctx.streams[spec.savingsIndex];
  if (savings && dom === 2) {
    out.push(sepa(-p.savingsCents, HOLDER, savings.account.iban ?? undefined, "Dauerauftrag Sparen", "TRANSFER", "savings"));
  }
  const cardSpec = spec.cardIndex === undefined ? undefined : ctx.streams[spec.cardIndex];
  if (cardSpec && dom === 3) {
    const prev = monthIndex(year, month) - 1;
    const owed = -ctx.cardMonthCents(cardSpec.index, prev);
    const { year: py, month: pm } = monthFromIndex(prev);
    if (owed !== 0) out.push({ ...sepa(-owed, CARD_SERVICE, ibanFor(CARD_SERVICE), `Kreditkartenabrechnung ${mm(pm)}/${py} VISA ****${p.cardDigits}`, "CARD_SETTLEMENT", "transfers"), settlement: true });
  }
  return out;
}

function savingsFixed(ctx: DayContext, spec: StreamSpec, day: number): DemoEvent[] {
  const { year, month, day: dom } = ymd(day);
  const out: DemoEvent[] = [];
  const payer = ctx.streams.find((s) => s.savingsIndex === spec.index);
  if (payer && dom === 2) out.push(sepa(payer.persona.savingsCents, HOLDER, payer.account.iban ?? undefined, "Dauerauftrag Sparen", "TRANSFER", "savings"));
  if (month === 12 && dom === daysInMonth(year, 12)) {
    const interest = cellRng(ctx.seed, spec.index, day, SALT.fixed).int(800, 9000);
    out.push(sepa(interest, "Demo Bank", undefined, `Abschluss Zinsen ${year}`, "INTEREST", "income_other"));
  }
  return out;
}

function cardFixed(ctx: DayContext, spec: StreamSpec, day: number): DemoEvent[] {
  const { year, month, day: dom } = ymd(day);
  const payer = spec.payerIndex === undefined ? undefined : ctx.streams[spec.payerIndex];
  if (!payer || dom !== 3) return [];
  const prev = monthIndex(year, month) - 1;
  const owed = -ctx.cardMonthCents(spec.index, prev);
  if (owed === 0) return [];
  const { year: py, month: pm } = monthFromIndex(prev);
  return [{ ...sepa(owed, HOLDER, payer.account.iban ?? undefined, `Ausgleich Kartenabrechnung ${mm(pm)}/${py}`, "CARD_SETTLEMENT", "transfers"), settlement: true }];
}

/** Events whose purchase/execution date is `day`, in a stable order (fixed first, then purchases, then refunds). */
export function dayEvents(ctx: DayContext, spec: StreamSpec, day: number, opts: DayOptions = {}): DemoEvent[] {
  const fixed = opts.fixed ?? true;
  const refunds = opts.refunds ?? true;
  if (spec.role === "savings") return fixed ? savingsFixed(ctx, spec, day) : [];
  if (spec.role === "checking") {
    return [...(fixed ? checkingFixed(ctx, spec, day) : []), ...checkingPurchases(ctx.seed, spec, day)];
  }
  return [...(fixed ? cardFixed(ctx, spec, day) : []), ...cardPurchases(ctx.seed, spec, day), ...(refunds ? cardRefunds(ctx, spec, day) : [])];
}

/** A card's own bookings in a month, settlements excluded: card events book one day after purchase. */
export function computeCardMonthCents(ctx: DayContext, spec: StreamSpec, monthIdx: number): number {
  const { year, month } = monthFromIndex(monthIdx);
  const first = dayFromYmd(year, month, 1);
  const last = dayFromYmd(year, month, daysInMonth(year, month));
  let sum = 0;
  for (let d = first - 1; d <= last - 1; d++) {
    for (const e of dayEvents(ctx, spec, d, { fixed: false })) sum += e.cents;
  }
  return sum;
}
