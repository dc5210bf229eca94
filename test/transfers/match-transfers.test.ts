import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { magnitude, matchTransfers, type TransferCandidate } from "../../src/transfers/match-transfers.ts";

const row = (id: string, accountId: string, bookingDate: string, amount: string, currency = "EUR"): TransferCandidate => ({ id, accountId, bookingDate, amount, currency });

describe("matchTransfers", () => {
  it("pairs money leaving one account with the same amount arriving at another within 4 days", () => {
    const pairs = matchTransfers([row("a", "checking", "2026-09-01", "-500.00"), row("b", "savings", "2026-09-03", "500")]);
    expect(pairs).toEqual([{ outId: "a", inId: "b" }]);
  });

  it("leaves rows apart when the dates are 5 days apart, the currency differs, or both are in one account", () => {
    expect(matchTransfers([row("a", "x", "2026-09-01", "-500"), row("b", "y", "2026-09-06", "500")])).toEqual([]);
    expect(matchTransfers([row("a", "x", "2026-09-01", "-500"), row("b", "y", "2026-09-01", "500", "USD")])).toEqual([]);
    expect(matchTransfers([row("a", "x", "2026-09-01", "-500"), row("b", "x", "2026-09-01", "500")])).toEqual([]);
    expect(matchTransfers([row("a", "x", "2026-09-01", "-500"), row("b", "y", "2026-09-01", "-500")])).toEqual([]);
  });

  it("takes the closest date first, so a nearer arrival wins over an earlier-listed one", () => {
    const pairs = matchTransfers([
      row("out1", "x", "2026-09-01", "-100"),
      row("out2", "x", "2026-09-04", "-100"),
      row("in-far", "y", "2026-09-04", "100"),
      row("in-near", "y", "2026-09-02", "100"),
    ]);
    // out2/in-far (0 days) first, then out1/in-near (1 day); never out1/in-far.
    expect(pairs).toEqual([
      { outId: "out2", inId: "in-far" },
      { outId: "out1", inId: "in-near" },
    ]);
  });

  it("treats 12.5 and -12.50 as the same amount and ignores zero rows", () => {
    expect(magnitude("-12.50")).toBe("12.5");
    expect(magnitude("0012")).toBe("12");
    expect(magnitude("0.00")).toBeNull();
    expect(matchTransfers([row("a", "x", "2026-09-01", "-12.50"), row("b", "y", "2026-09-01", "12.5")])).toHaveLength(1);
    expect(matchTransfers([row("a", "x", "2026-09-01", "0"), row("b", "y", "2026-09-01", "-0")])).toEqual([]);
  });

  it("gives the same pairs whatever the input order", () => {
    const rows = [
      row("a", "x", "2026-09-01", "-50"),
      row("b", "y", "2026-09-01", "50"),
      row("c", "z", "2026-09-01", "50"),
      row("d", "z", "2026-09-02", "-50"),
    ];
    const sorted = (p: ReturnType<typeof matchTransfers>) => [...p].sort((l, r) => l.outId.localeCompare(r.outId));
    expect(sorted(matchTransfers([...rows].reverse()))).toEqual(sorted(matchTransfers(rows)));
  });

  const own = { ibans: new Set(["DE02120300001034567890", "DE44200411330345678901"]), names: new Set(["jonas berger"]) };
  const party = (r: TransferCandidate, counterpartyName: string | null, counterpartyIban: string | null): TransferCandidate => ({ ...r, counterpartyName, counterpartyIban });

  it("does not pair money paid to one person with the same amount received from another", () => {
    const toLisa = party(row("out", "dkb", "2026-07-08", "-60"), "Lisa Schneider", "DE27500105170987654321");
    const fromTom = party(row("in", "comdirect", "2026-07-10", "60"), "Tom Becker", "DE51430609674455667788");
    expect(matchTransfers([toLisa, fromTom], 4, own)).toEqual([]);
    // Names alone decide too (a bank that prints no IBAN), whatever the word order.
    expect(matchTransfers([party(toLisa, "Lisa Schneider", null), party(fromTom, "Tom Becker", null)], 4, own)).toEqual([]);
  });

  it("still pairs own-account moves: own IBAN on one side, the holder's name on both, or nothing known", () => {
    const out = party(row("out", "dkb", "2026-07-02", "-500"), "Jonas Berger", "DE44200411330345678901");
    const inc = party(row("in", "comdirect", "2026-07-03", "500"), "Jonas Berger", "DE02120300001034567890");
    expect(matchTransfers([out, inc], 4, own)).toEqual([{ outId: "out", inId: "in" }]);
    // Accounts whose IBANs Kontor does not know: the same person's name on both sides, spelled two ways.
    const unknown = { ibans: new Set<string>(), names: new Set<string>() };
    expect(matchTransfers([party(out, "Jonas Berger", "DE11111111111111111111"), party(inc, "BERGER, JONAS", "DE22222222222222222222")], 4, unknown)).toHaveLength(1);
    // One side names a third party, the other nobody (a card or wallet row): left to the amounts.
    expect(matchTransfers([party(out, "PayPal Europe S.a.r.l. et Cie S.C.A", "LU89751000135104200E"), party(inc, null, null)], 4, own)).toHaveLength(1);
  });

  it("never takes a tenant's credit from a stranger's IBAN for the other side of a savings order booked the same day", () => {
    // The checking account pays its savings order to the Tagesgeld (whose IBAN Kontor does not know); the Tagesgeld
    // books the credit a day later from the checking account's IBAN. The same day a tenant pays the same amount into
    // a third account from her own IBAN: her credit did not come from the checking account.
    const holder = { ibans: new Set(["DE10250700700412345600", "DE20250501800900771234"]), names: new Set(["katrin und malte brinkmann"]) };
    const order = { ...party(row("order", "db", "2026-05-04", "-400"), "Katrin und Malte Brinkmann", "DE30760300800220456789"), accountIban: "DE10250700700412345600" };
    const tenant = { ...party(row("tenant", "spk", "2026-05-04", "400"), "Sophie Kaminski", "DE40251900016600112233"), accountIban: "DE20250501800900771234" };
    const savings = party(row("savings", "cb", "2026-05-05", "400"), "Katrin und Malte Brinkmann", "DE10250700700412345600");
    expect(matchTransfers([order, tenant, savings], 4, holder)).toEqual([{ outId: "order", inId: "savings" }]);
    // Without the real counterpart the tenant's credit stays hers: it names an IBAN that is not the paying account's.
    expect(matchTransfers([order, tenant], 4, holder)).toEqual([]);
  });

  it("prefers the arrival that names the holder over a nearer one that names nobody", () => {
    const out = party(row("out", "dkb", "2026-07-02", "-500"), "Jonas Berger", "DE02120300001034567890");
    const anonymous = row("anon", "comdirect", "2026-07-02", "500");
    const fromHolder = party(row("holder", "ing", "2026-07-04", "500"), "Jonas Berger", null);
    expect(matchTransfers([out, anonymous, fromHolder], 4, own)).toEqual([{ outId: "out", inId: "holder" }]);
  });

  const arbRows = fc
    .array(
      fc.record({
        accountId: fc.constantFrom("a1", "a2", "a3"),
        day: fc.integer({ min: 1, max: 20 }),
        cents: fc.integer({ min: -300, max: 300 }),
        currency: fc.constantFrom("EUR", "USD"),
      }),
      { maxLength: 60 },
    )
    .map((rs) =>
      rs.map((r, i) =>
        row(`r${String(i).padStart(3, "0")}`, r.accountId, `2026-09-${String(r.day).padStart(2, "0")}`, (r.cents / 100).toFixed(2), r.currency),
      ),
    );

  it("never pairs a row twice, never within one account, only opposite equal amounts of one currency at most 4 days apart", () => {
    fc.assert(
      fc.property(arbRows, (rows) => {
        const byId = new Map(rows.map((r) => [r.id, r]));
        const pairs = matchTransfers(rows);
        const seen = new Set<string>();
        for (const p of pairs) {
          const out = byId.get(p.outId)!;
          const inc = byId.get(p.inId)!;
          expect(seen.has(p.outId) || seen.has(p.inId)).toBe(false);
          seen.add(p.outId);
          seen.add(p.inId);
          expect(out.accountId).not.toBe(inc.accountId);
          expect(Number(out.amount)).toBeLessThan(0);
          expect(Number(inc.amount)).toBeGreaterThan(0);
          expect(Math.round(Number(out.amount) * 100)).toBe(-Math.round(Number(inc.amount) * 100));
          expect(out.currency).toBe(inc.currency);
          const gap = Math.abs(Date.parse(out.bookingDate) - Date.parse(inc.bookingDate)) / 86_400_000;
          expect(gap).toBeLessThanOrEqual(4);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is maximal: no two unpaired rows could still form a pair", () => {
    fc.assert(
      fc.property(arbRows, (rows) => {
        const pairs = matchTransfers(rows);
        const used = new Set(pairs.flatMap((p) => [p.outId, p.inId]));
        const free = rows.filter((r) => !used.has(r.id));
        expect(matchTransfers(free)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
