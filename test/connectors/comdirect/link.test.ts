import { afterEach, describe, expect, it } from "vitest";
import { comdirectConnector, credentialsSchema } from "../../../connectors/comdirect/index.ts";
import { startComdirectFake, type ComdirectFake, type ComdirectFakeOptions } from "../../fakes/comdirect/index.ts";
import { loginAnswers, makeCtx } from "./helpers.ts";
import { ScriptedDialog, type ScriptedAnswer } from "./scripted-dialog.ts";

let fake: ComdirectFake;
afterEach(async () => fake?.close());

async function run(opts: ComdirectFakeOptions, tanAnswers: ScriptedAnswer[], tail: ScriptedAnswer[] = ["all"]) {
  fake = await startComdirectFake(opts);
  const { ctx } = makeCtx(fake);
  const dialog = new ScriptedDialog([...loginAnswers(fake), ...tanAnswers, ...tail]);
  const result = await comdirectConnector.link(dialog, ctx);
  return { dialog, result };
}

describe("comdirect link", () => {
  it("logs in with photoTAN, showing comdirect's PNG, and returns complete credentials", async () => {
    const { dialog, result } = await run({ tanMethods: ["P_TAN"] }, ["123456"]);
    const image = dialog.of("showImage")[0];
    expect(image?.text).toMatch(/photoTAN app/);
    const png = Buffer.from(image!.png!);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([200, 200]);
    expect(png.length).toBeGreaterThan(4000);
    expect(png.toString("base64")).toBe(fake.config.photoTanBase64);

    expect(credentialsSchema.safeParse(result.credentials).success).toBe(true);
    expect(result.label).toBe("comdirect ••1234");
    expect(result.selectedAccountIds).toBeUndefined();
    const banking = fake.state.tokens.get(result.credentials.accessToken);
    expect(banking?.scope).toContain("BANKING_RO");
    expect(result.credentials.accessExpiresAt).toBe(new Date(fake.now().getTime() + 599_000).toISOString());
    // secrets and the TAN were asked as secrets (deleted from the chat), the client id as plain text
    expect(dialog.of("askSecret").map((e) => e.key)).toEqual(["comdirect.ask_client_secret", "comdirect.ask_zugangsnummer", "comdirect.ask_pin", "comdirect.ask_tan_phototan"]);
    expect(dialog.of("askText")[0]?.key).toBe("comdirect.ask_client_id");
    expect(dialog.events[0]?.text).toMatch(/client ID.*client secret/s);
  });

  it("sends x-http-request-info with one session id and unique 9-digit request ids", async () => {
    const { result } = await run({}, ["123456"]);
    const api = fake.state.requests.filter((r) => r.path.startsWith("/api/"));
    expect(api.length).toBeGreaterThan(3);
    expect(new Set(api.map((r) => r.requestInfo?.sessionId))).toEqual(new Set([result.credentials.sessionId]));
    expect(fake.state.counters.duplicateRequestIds).toBe(0);
    expect(api.every((r) => /^\d{9}$/.test(r.requestInfo?.requestId ?? ""))).toBe(true);
  });

  it("re-asks a TAN that is not 6 to 8 digits without sending it", async () => {
    const { dialog } = await run({}, ["12 34", "12345", "123456"]);
    expect(dialog.of("invalid").map((e) => e.text)).toEqual([
      "A TAN has 6 to 8 digits and nothing else. Please send it again.",
      "A TAN has 6 to 8 digits and nothing else. Please send it again.",
    ]);
    expect(fake.state.counters.tanAttempts).toBe(1);
  });

  it("accepts a right TAN after a wrong one on the same challenge", async () => {
    const { dialog } = await run({}, ["654321", "123456"]);
    expect(dialog.keys()).toContain("comdirect.tan_wrong");
    expect(fake.state.counters.challenges).toBe(1);
    expect(fake.state.counters.tanAttempts).toBe(2);
    expect(fake.state.wrongTans).toBe(0);
    expect(fake.state.locked).toBe(false);
  });

  it("continues on its own once pushTAN polling reports the approval", async () => {
    const { dialog, result } = await run({ tanMethods: ["P_TAN_PUSH"], pushPendingPolls: 3 }, [{ poll: true }]);
    const wait = dialog.of("wait")[0];
    expect(wait?.answer).toBe("polled");
    expect(wait?.polls).toBe(4);
    expect(wait?.opts?.timeoutMs).toBe(5 * 60_000);
    expect(fake.state.counters.tanAttempts).toBe(0);
    const patch = fake.state.requests.find((r) => r.method === "PATCH");
    expect(JSON.parse(patch?.onceAuthInfo ?? "{}")).toEqual({ id: expect.any(String) });
    expect(result.credentials.tanMethod).toBe("P_TAN_PUSH");
  });

  it("offers to wait again after a pushTAN timeout and then succeeds", async () => {
    const { dialog } = await run({ tanMethods: ["P_TAN_PUSH"], pushPendingPolls: 5 }, [{ poll: true, maxPolls: 2 }, "retry", { poll: true }]);
    expect(dialog.of("choose")[0]?.key).toBe("comdirect.push_timeout");
    expect(fake.state.counters.challenges).toBe(1);
  });

  it("does not activate when the person says they approved but comdirect still waits", async () => {
    const { dialog } = await run({ tanMethods: ["P_TAN_PUSH"], pushPendingPolls: 1 }, ["confirmed", "confirmed"]);
    expect(dialog.keys()).toContain("comdirect.push_not_yet");
    expect(fake.state.requests.filter((r) => r.method === "PATCH").map((r) => r.status)).toEqual([200]);
  });

  it("shows the masked phone number for SMS-TAN", async () => {
    const { dialog } = await run({ tanMethods: ["M_TAN"], maskedPhone: "+49-160-99XXXX" }, ["123456"]);
    expect(dialog.of("askSecret").at(-1)?.text).toContain("+49-160-99XXXX");
    expect(dialog.of("showImage")).toHaveLength(0);
  });

  it("switches from the preferred photoTAN to SMS-TAN when asked", async () => {
    const { dialog, result } = await run({ tanMethods: ["P_TAN", "M_TAN", "P_TAN_PUSH"] }, ["M_TAN", "123456"]);
    const offer = dialog.of("choose")[0];
    expect(offer?.key).toBe("comdirect.tan_method_offer");
    expect(offer?.choices).toEqual(["P_TAN", "M_TAN", "P_TAN_PUSH"]);
    const validates = fake.state.requests.filter((r) => r.path.endsWith("/validate"));
    expect(validates.map((r) => r.onceAuthInfo)).toEqual([null, JSON.stringify({ typ: "M_TAN" })]);
    expect(dialog.of("showImage")).toHaveLength(0);
    expect(result.credentials.tanMethod).toBe("M_TAN");
  });

  it("lets the person pick accounts one by one", async () => {
    const { dialog, result } = await run({}, ["123456"], ["pick", "no", "yes"]);
    expect(dialog.of("say").find((e) => e.key === "comdirect.accounts_found")?.text).toContain("Girokonto 1234567890: 6860.09 EUR");
    expect(result.selectedAccountIds).toEqual(["C6B0A1D9C5325D12AE1B7278D42A1DD5"]);
  });

  it("speaks German when the dialog does", async () => {
    fake = await startComdirectFake();
    const { ctx } = makeCtx(fake);
    const dialog = new ScriptedDialog([...loginAnswers(fake), "123456", "all"], "de");
    await comdirectConnector.link(dialog, ctx);
    expect(dialog.of("showImage")[0]?.text).toBe("Scanne das mit deiner photoTAN-App und schick mir die TAN.");
  });

  it("reports a photoTAN header beyond Node's 16 KiB limit as BadResponse instead of hanging", async () => {
    fake = await startComdirectFake({ photoTan: { block: 1 } });
    expect(fake.config.photoTanBase64.length).toBeGreaterThan(16_384);
    const { ctx } = makeCtx(fake);
    const dialog = new ScriptedDialog([...loginAnswers(fake), "123456"]);
    await expect(comdirectConnector.link(dialog, ctx)).rejects.toMatchObject({ reason: "BadResponse", message: expect.stringMatching(/headers too large/) });
  });

  it("fails with Unauthorized when comdirect rejects Zugangsnummer or PIN, before any TAN", async () => {
    fake = await startComdirectFake();
    const { ctx } = makeCtx(fake);
    const c = fake.config;
    const dialog = new ScriptedDialog([c.clientId, c.clientSecret, c.zugangsnummer, "000000"]);
    await expect(comdirectConnector.link(dialog, ctx)).rejects.toMatchObject({ name: "ComdirectError", reason: "Unauthorized" });
    expect(fake.state.counters.challenges).toBe(0);
  });
});
