// Sanne in Amsterdam, September to November 2026, one bunq account, in bunq's
// later export (shared/bank-formats.md §1.2 "bunq"): semicolon-separated, every
// field quoted, "Date";"Interest Date";"Amount";"Account";"Counterparty";"Name";
// "Description", ISO dates, comma-decimal amounts ("-107,10"); card payments
// have no counterparty IBAN and "NAME CITY, CC" as the description.
import { between, iso, nextWeekday, oldestFirst, pad, prevWeekday, prng, type Ev } from "./kit.ts";

export const LAST_BOOKED = "2026-11-27";
export const BUNQ_IBAN = "NL63BUNQ2043218765";
const MONTHS_NL = ["september", "oktober", "november"];

export function buildNl(): Ev[] {
  const r = prng(1017);
  const ev: Ev[] = [];
  const add = (date: string, cents: number, counterparty: string, name: string, description: string, merchant: string | null, category: string, flags: Partial<Ev> = {}) =>
    ev.push({ acct: "bunq", date, cents, merchant, category, text: description, counterparty, name, ...flags });

  [9, 10, 11].forEach((m, i) => {
    const day = (d: number) => iso(2026, m, d);
    const wd = (d: number) => nextWeekday(iso(2026, m, d));
    add(wd(1), -142_500, "NL20INGB0001234567", "Woonstichting De Key", `Huur ${MONTHS_NL[i]} 2026 Van Hallstraat 12-2`, "De Key", "rent");
    add(wd(1), -14_735, "NL86INGB0002445588", "Zilveren Kruis Achmea", `Premie zorgverzekering ${pad(m)}-2026 relatienr 123456789`, "Zilveren Kruis", "insurance");
    add(wd(10), -11_800, "NL10ABNA0411223344", "Vattenfall Klantenservice N.V.", `Termijnbedrag ${pad(m)}-2026 klantnr 2004411223`, "Vattenfall", "energy");
    add(prevWeekday(day(24)), 318_500, "NL44RABO0123456789", "Kiwi Logistics B.V.", `Salaris ${MONTHS_NL[i]} 2026`, "Kiwi Logistics", "salary", { income: true });
    for (const d of [3, 10, 17, 24]) add(day(d), -between(r, 1_450, 6_800), "", "Albert Heijn 1219", "Albert Heijn 1219 AMSTERDAM, NL", "Albert Heijn", "groceries");
    add(day(14), -between(r, 2_000, 5_500), "", "Jumbo Kinkerstraat", "Jumbo Kinkerstraat AMSTERDAM, NL", "Jumbo", "groceries");
    for (const d of [5, 19]) add(day(d), -between(r, 380, 690), "", "Zettle_*Lot Sixty One", "Zettle_*Lot Sixty One AMSTERDAM, NL", "Lot Sixty One", "coffee");
    add(day(6), -between(r, 1_200, 4_400), "", "NS GROEP IZ NS REIZIGERS", "NS GROEP IZ NS REIZIGERS UTRECHT, NL", "NS", "transport");
    add(day(12), -1_399, "", "NETFLIX.COM", "NETFLIX.COM 866-579-7172, NL", "Netflix", "subscriptions");
  });
  return ev.filter((e) => e.date <= LAST_BOOKED);
}

const nl = (cents: number) => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)},${pad(Math.abs(cents) % 100)}`;

export function bunqCsv(ev: Ev[]): Buffer {
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  const rows = oldestFirst(ev).map((e) => {
    return q([e.date, e.date, nl(e.cents), BUNQ_IBAN, e.counterparty ?? "", e.name ?? "", e.text]);
  });
  return Buffer.from(`${[q(["Date", "Interest Date", "Amount", "Account", "Counterparty", "Name", "Description"]), ...rows].join("\n")}\n`, "utf8");
}
