// Enable Banking with Kontor's own return address (PUBLIC_URL): the flow waits
// for the browser to come back instead of asking for a pasted address, and
// handles the person never coming back, the bank saying no, and the person
// pasting the address after all. The BankReturns double plays the callback.
import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enableBankingConnector } from "../../../connectors/enable-banking/index.ts";
import { ConnectorError } from "../../../connectors/errors.ts";
import type { BankReturn, BankReturns } from "../../../connectors/types.ts";
import { startEnableBankingFake, type EnableBankingFake } from "../../fakes/enable-banking/index.ts";
import { LiveScriptDialog } from "../../helpers/live-script-dialog.ts";
import { makeCtx } from "./helpers.ts";

const CALLBACK = "https://kontor.example.net/callback/enable-banking";

/** The served callback in memory: `arrive` is the browser coming back. */
function memoryReturns() {
  const states = new Map<string, { answer?: BankReturn; used: boolean }>();
  const returns: BankReturns = {
    async open() {
      const state = randomBytes(32).toString("base64url");
      states.set(state, { used: false });
      return { state, redirectUrl: CALLBACK };
    },
    async take(state) {
      const s = states.get(state);
      if (!s?.answer || s.used) return null;
      s.used = true;
      return s.answer;
    },
    async claimPasted(state) {
      const s = states.get(state);
      if (!s) return "unknown";
      if (s.used || s.answer) return "replayed";
      s.used = true;
      return "ok";
    },
  };
  const arrive = (url: string) => {
    const q = new URL(url).searchParams;
    const s = states.get(q.get("state")!)!;
    s.answer = Object.fromEntries(
      [["code", q.get("code")], ["error", q.get("error")], ["errorDescription", q.get("error_description")]].filter(([, v]) => v),
    ) as BankReturn;
  };
  return { returns, arrive };
}

describe("Enable Banking with Kontor's own return address", () => {
  let fake: EnableBankingFake;
  beforeEach(async () => {
    fake = await startEnableBankingFake({ redirectUrl: CALLBACK });
  });
  afterEach(() => fake.close());

  const served = () => {
    const { ctx, logs } = makeCtx(fake);
    const { returns, arrive } = memoryReturns();
    ctx.settings = { ...ctx.settings, ENABLE_BANKING_REDIRECT_URL: undefined, PUBLIC_URL: "https://kontor.example.net" };
    ctx.returns = returns;
    return { ctx, logs, arrive };
  };

  it("sends the bank Kontor's address and goes on when the browser is back, without asking for a paste", async () => {
    const { ctx, arrive } = served();
    expect(enableBankingConnector.isAvailable(ctx.settings)).toBe(true);
    const dialog = new LiveScriptDialog(["DE", "more", "Mock ASPSP", "180"], () => arrive(fake.approve()));
    const result = await enableBankingConnector.link(dialog, ctx);
    expect(fake.lastAuthorization()!.redirectUrl).toBe(CALLBACK);
    expect(dialog.keys("showLink")).toEqual(["eb.open_bank_served"]);
    expect(dialog.keys("waitForConfirmation")).toEqual(["eb.wait_return"]);
    expect(dialog.keys("askSecret")).toEqual([]);
    expect(result.credentials.accounts).toHaveLength(2);
  });

  it("the person who never comes back from the bank gets a clear ending and nothing is linked", async () => {
    const { ctx, logs } = served();
    const dialog = new LiveScriptDialog(["DE", "more", "Mock ASPSP", "180"]);
    const err = await enableBankingConnector.link(dialog, ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    expect((err as ConnectorError).reason).toBe("Unauthorized");
    expect(dialog.keys("say")).toContain("eb.abandoned");
    expect(fake.sessions.size).toBe(0);
    expect(logs()).toContain("did not come back from the bank");
  });

  it("the bank's access_denied on the way back is said, and a second round links", async () => {
    const { ctx, arrive } = served();
    let round = 0;
    const dialog = new LiveScriptDialog(["DE", "more", "Mock ASPSP", "180", "retry"], () => arrive(++round === 1 ? fake.deny() : fake.approve()));
    const result = await enableBankingConnector.link(dialog, ctx);
    expect(dialog.calls.find((c) => c.key === "eb.denied")?.params).toEqual({ reason: "PSU cancelled the authorisation" });
    expect(result.label).toBe("Mock ASPSP");
  });

  it("without a served address and without a redirect page, it is not offered", () => {
    const { ctx } = makeCtx(fake);
    expect(enableBankingConnector.isAvailable({ ...ctx.settings, ENABLE_BANKING_REDIRECT_URL: undefined })).toBe(false);
  });
});
