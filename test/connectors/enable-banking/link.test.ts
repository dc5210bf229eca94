// Linking through Enable Banking against the fake: bank picker, consent,
// the pasted return address, and every way the person or the bank can say no.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enableBankingConnector } from "../../../connectors/enable-banking/index.ts";
import { parseRedirect } from "../../../connectors/enable-banking/link.ts";
import { ConnectorError } from "../../../connectors/errors.ts";
import { startEnableBankingFake, type EnableBankingFake } from "../../fakes/enable-banking/index.ts";
import { LiveScriptDialog } from "../../helpers/live-script-dialog.ts";
import { makeCtx, settingsFor } from "./helpers.ts";

describe("Enable Banking link", () => {
  let fake: EnableBankingFake;
  beforeEach(async () => {
    fake = await startEnableBankingFake();
  });
  afterEach(() => fake.close());

  it("pages through the banks, asks for the consent length, and keeps the accounts it may read", async () => {
    const { ctx, logs } = makeCtx(fake);
    const dialog = new LiveScriptDialog(["DE", "more", "Mock ASPSP", "180", () => fake.approve()]);
    const result = await enableBankingConnector.link(dialog, ctx);

    expect(dialog.offered["picker.choose_bank"]).toContain("Mock ASPSP");
    expect(dialog.offered["eb.choose_consent"]).toEqual(["eb.consent_days", "eb.consent_days", "eb.consent_days"]);
    expect(dialog.links).toEqual([`${fake.url}/bank/${fake.lastAuthorization()!.id}`]);
    // The pasted address carries the authorization code: it is read as a secret (deleted from the chat).
    expect(dialog.keys("askSecret")).toEqual(["eb.ask_redirect"]);
    expect(result.label).toBe("Mock ASPSP");
    // The blocked account (no uid) cannot be read and is left out; "XXX" falls back to EUR.
    expect(result.credentials.accounts.map((a) => [a.name, a.currency, a.type])).toEqual([
      ["Girokonto", "EUR", "CHECKING"],
      ["Tagesgeld", "EUR", "SAVINGS"],
    ]);
    // 180 days minus a margin, never beyond what the bank allows.
    const days = (result.consentExpiresAt!.getTime() - fake.now().getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(179.9);
    expect(days).toBeLessThan(180);
    const found = dialog.calls.find((c) => c.key === "eb.accounts_found")!;
    expect(found.params!.list).toContain("DE89 •••• 3000");
    expect(found.params!.list).not.toContain("DE89370400440532013000");
    expect(logs()).not.toContain(result.credentials.sessionId);
    expect(logs()).not.toContain(fake.lastAuthorization()!.code!);
  });

  it("finds a bank by part of its name and caps the consent at the bank's maximum", async () => {
    const { ctx } = makeCtx(fake);
    const dialog = new LiveScriptDialog(["DE", "search", "n26", "90", () => fake.approve()]);
    const result = await enableBankingConnector.link(dialog, ctx);
    expect(result.label).toBe("N26");
    expect(dialog.offered["eb.choose_consent"]).toHaveLength(2); // 30 and 90: N26 allows 90 days
    expect(fake.lastAuthorization()!.aspsp).toEqual({ name: "N26", country: "DE" });
  });

  it("refuses an address from another link attempt and takes the right one", async () => {
    const { ctx } = makeCtx(fake);
    const foreign = "https://kontor.example.net/callback/enable-banking?code=abc&state=someone-else";
    const dialog = new LiveScriptDialog(["DE", "more", "Mock ASPSP", "180", foreign, "not a url", () => fake.approve()]);
    await enableBankingConnector.link(dialog, ctx);
    expect(dialog.keys("invalid")).toEqual(["eb.wrong_state", "eb.invalid_redirect"]);
  });

  it("says so when the bank refuses, and links on the second try", async () => {
    const { ctx } = makeCtx(fake);
    const dialog = new LiveScriptDialog(["DE", "more", "Mock ASPSP", "180", () => fake.deny(), "retry", () => fake.approve()]);
    const result = await enableBankingConnector.link(dialog, ctx);
    expect(dialog.keys("say")).toContain("eb.denied");
    expect(result.credentials.accounts).toHaveLength(2);
  });

  it("starts again when the confirmation expired before it came back", async () => {
    const { ctx } = makeCtx(fake);
    const expired = () => {
      const url = fake.approve();
      fake.advance(11 * 60_000);
      return url;
    };
    const dialog = new LiveScriptDialog(["DE", "more", "Mock ASPSP", "180", expired, "retry", () => fake.approve()]);
    await enableBankingConnector.link(dialog, ctx);
    expect(dialog.keys("say")).toContain("eb.code_expired");
  });

  it("gives up with a typed error when the person stops after a refusal", async () => {
    const { ctx } = makeCtx(fake);
    const dialog = new LiveScriptDialog(["DE", "more", "Mock ASPSP", "180", () => fake.deny(), "stop"]);
    const err = await enableBankingConnector.link(dialog, ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    expect((err as ConnectorError).reason).toBe("Unauthorized");
  });

  it("is unavailable until the application is configured, and a wrong key is Unauthorized", async () => {
    expect(enableBankingConnector.isAvailable({})).toBe(false);
    expect(enableBankingConnector.isAvailable(settingsFor(fake))).toBe(true);
    const { ctx } = makeCtx(fake);
    ctx.settings = { ...ctx.settings, ENABLE_BANKING_APP_ID: "someone-elses-app" };
    const err = await enableBankingConnector.link(new LiveScriptDialog(["DE"]), ctx).catch((e: unknown) => e);
    expect((err as ConnectorError).reason).toBe("Unauthorized");
    ctx.settings = { ...ctx.settings, ENABLE_BANKING_KEY_FILE: "/nonexistent/key.pem" };
    const missing = await enableBankingConnector.link(new LiveScriptDialog(["DE"]), ctx).catch((e: unknown) => e);
    expect((missing as ConnectorError).reason).toBe("Unauthorized");
  });

  it("renewing goes straight to the same bank, and the accounts keep their identification_hash", async () => {
    const { ctx } = makeCtx(fake);
    const first = await enableBankingConnector.link(new LiveScriptDialog(["DE", "more", "Mock ASPSP", "180", () => fake.approve()]), ctx);
    fake.advance(170 * 86_400_000);
    const dialog = new LiveScriptDialog(["180", () => fake.approve()]);
    const renewed = await enableBankingConnector.reauthenticate!(dialog, first.credentials, ctx);
    expect(dialog.keys("choose")).toEqual(["eb.choose_consent"]);
    expect(dialog.keys("say")[0]).toBe("eb.renew");
    expect(renewed.credentials.sessionId).not.toBe(first.credentials.sessionId);
    // New uids for the new session, the same identification_hash per account.
    expect(renewed.credentials.accounts.map((a) => a.hash)).toEqual(first.credentials.accounts.map((a) => a.hash));
    expect(renewed.credentials.accounts[0]!.hash).toMatch(/\S/);
    expect(renewed.credentials.accounts.map((a) => a.uid)).not.toEqual(first.credentials.accounts.map((a) => a.uid));
    expect(renewed.consentExpiresAt!.getTime()).toBeGreaterThan(first.consentExpiresAt!.getTime());
  });

  it("reads code, state and errors from a pasted return address", () => {
    expect(parseRedirect("here: https://x.example/cb?code=c1&state=s1 thanks")).toEqual({ code: "c1", state: "s1" });
    expect(parseRedirect("https://x.example/cb?error=access_denied&error_description=no&state=s")).toEqual({ error: "access_denied", errorDescription: "no", state: "s" });
    expect(parseRedirect("https://x.example/cb?state=s")).toBeNull();
    expect(parseRedirect("code=abc")).toBeNull();
  });
});
