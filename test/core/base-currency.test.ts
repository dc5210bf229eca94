import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adoptFirstAccountCurrency, baseCurrencyOf } from "../../src/users/base-currency.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";

describe("base currency from the first account", () => {
  it("is the most common fiat currency, never a crypto asset", () => {
    expect(baseCurrencyOf(["USD", "GBP", "USD"])).toBe("USD");
    expect(baseCurrencyOf(["BTC", "ETH"])).toBeNull();
    expect(baseCurrencyOf(["BTC", "CHF"])).toBe("CHF");
    expect(baseCurrencyOf([])).toBeNull();
  });

  describe("in the database", () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase();
    });
    afterAll(() => t.drop());

    it("changes a person with no account yet, and nobody once they have one", async () => {
      const user = await t.db.user.create({ data: { telegramId: 91n, chatId: 91n } });
      await t.db.$transaction((tx) => adoptFirstAccountCurrency(tx, user.id, ["GBP"]));
      expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).baseCurrency).toBe("GBP");
      const conn = await t.db.connection.create({ data: { userId: user.id, provider: "demo", label: "Demo" } });
      await t.db.account.create({ data: { userId: user.id, connectionId: conn.id, externalId: "a", name: "A", currency: "GBP" } });
      await t.db.$transaction((tx) => adoptFirstAccountCurrency(tx, user.id, ["USD"]));
      expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).baseCurrency).toBe("GBP");
    });
  });
});
