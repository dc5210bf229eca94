// Linking a bank through Enable Banking in the chat, as a person would: pick
// the country and bank from buttons, open the bank, paste the return address
// (deleted from the chat at once), see the accounts, get the first sync, and
// ask about the synced rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEnableBankingFake, type EnableBankingFake } from "../fakes/enable-banking/index.ts";
import { startTelegramSimulator, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";
import { onboard } from "../helpers/onboard.ts";

const ines = { id: 5105, first_name: "Ines", language_code: "en" };

describe("linking a bank through Enable Banking in the chat", () => {
  let sim: TelegramSimulator;
  let fake: EnableBankingFake;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;

  function tap(messageId: number, text: string | RegExp) {
    const m = sim.chat(ines.id).find((x) => x.messageId === messageId)!;
    const button = m.replyMarkup!.inline_keyboard.flat().find((b) => (typeof text === "string" ? b.text === text : text.test(b.text)));
    if (!button || !("callback_data" in button)) throw new Error(`no button ${String(text)} in ${m.replyMarkup!.inline_keyboard.flat().map((b) => b.text).join(" | ")}`);
    sim.tapButton(ines, messageId, button.callback_data!);
  }

  beforeAll(async () => {
    sim = await startTelegramSimulator();
    fake = await startEnableBankingFake();
    t = await createTestDatabase();
    app = await startTestApp({
      sim,
      databaseUrl: t.url,
      allowed: [ines.id],
      now: () => fake.now(),
      env: {
        ENABLE_BANKING_API_URL: fake.url,
        ENABLE_BANKING_APP_ID: fake.appId,
        ENABLE_BANKING_KEY_FILE: fake.keyFile,
        ENABLE_BANKING_REDIRECT_URL: fake.redirectUrl,
      },
    });
    await onboard(sim, ines);
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await sim?.close();
    await fake?.close();
    await t?.drop();
  });

  it("links, deletes the pasted address, syncs and answers from the synced rows", async () => {
    sim.sendText(ines, "/link");
    const source = await sim.waitForBotMessage(ines.id, /Which source/);
    tap(source.messageId, "Enable Banking");
    const country = await sim.waitForBotMessage(ines.id, /Where is your bank/);
    tap(country.messageId, "DE");
    const banks = await sim.waitForBotMessage(ines.id, /Which bank\? \(8 of 18\)/);
    tap(banks.messageId, /More banks/);
    const more = await sim.waitForBotMessage(ines.id, /Which bank\? \(16 of 18\)/);
    tap(more.messageId, "Mock ASPSP");
    const consent = await sim.waitForBotMessage(ines.id, /For how long may Kontor read/);
    tap(consent.messageId, "180 days");
    const open = await sim.waitForBotMessage(ines.id, /Open Mock ASPSP and confirm access/);
    const urlButton = open.replyMarkup!.inline_keyboard.flat().find((b) => "url" in b)!;
    expect("url" in urlButton && urlButton.url).toBe(`${fake.url}/bank/${fake.lastAuthorization()!.id}`);
    await sim.waitForBotMessage(ines.id, /Paste the address your browser ended on/);

    const returned = fake.approve();
    const pasted = sim.sendText(ines, returned);
    await sim.waitForBotMessage(ines.id, /Mock ASPSP shared 2 accounts/, { timeoutMs: 20_000 });
    expect(sim.chat(ines.id).find((m) => m.messageId === pasted.message!.message_id)!.deleted).toBe(true);
    await sim.waitForBotMessage(ines.id, /Mock ASPSP.*is connected/, { timeoutMs: 20_000 });

    const conn = await t.db.connection.findFirstOrThrow({ where: { provider: "enable-banking", status: "ACTIVE" } });
    const session = [...fake.sessions.values()][0]!;
    expect(conn.credentials).not.toContain(session.id);
    expect(app.log.text).not.toContain(session.id);
    expect(app.log.text).not.toContain(new URL(returned).searchParams.get("code")!);
    expect(await t.db.transaction.count()).toBeGreaterThan(10);

    // The fake's rent is 950.00 on the 1st of every month: October has exactly one.
    const october = await t.db.transaction.findMany({ where: { description: { startsWith: "Miete" }, bookingDate: { gte: new Date("2026-10-01"), lt: new Date("2026-11-01") } } });
    expect(october.map((r) => r.amount.toString())).toEqual(["-950"]);
    sim.sendText(ines, "how much rent did I pay in October?");
    const answer = await sim.waitForBotMessage(ines.id, /€/, { timeoutMs: 15_000 });
    expect(answer.text ?? answer.caption).toContain("€950.00 (1 transaction)");
  });
});
