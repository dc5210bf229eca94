// Linking comdirect in the chat with each TAN method, driven through the
// Telegram simulator against the comdirect fake and a real PostgreSQL.
import { afterEach, describe, expect, it } from "vitest";
import type { ComdirectFakeOptions } from "../fakes/comdirect/index.ts";
import { finishWithAllAccounts, person, startComdirectChat, startComdirectLink, userMessage, type ComdirectChat } from "../helpers/comdirect-chat.ts";

let c: ComdirectChat | undefined;
afterEach(async () => {
  await c?.stop();
  c = undefined;
});

async function chat(opts: ComdirectFakeOptions = {}) {
  c = await startComdirectChat(opts);
  return c;
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe("linking comdirect in the chat", () => {
  it("photoTAN: deletes every secret, sends the challenge as a PNG, refuses letters as a TAN, then links with the right digits", async () => {
    const c = await chat();
    const after = c.mark();
    const secrets = await startComdirectLink(c);
    const photo = await c.sim.waitFor(() => c.sim.botMessages(person.id).find((m) => m.messageId > after && m.photo));
    expect(photo.photo!.subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
    expect(photo.photo!.equals(Buffer.from(c.fake.config.photoTanBase64, "base64"))).toBe(true);
    expect(photo.caption).toMatch(/Scan this with your photoTAN app/);
    for (const id of secrets) expect(userMessage(c, id).deleted).toBe(true);

    await c.waitFor(/TAN from your photoTAN app/, after);
    const letters = c.sim.sendText(person, "abcdef").message!.message_id;
    await c.waitFor(/A TAN has 6 to 8 digits and nothing else/, after);
    // Letters never reach comdirect, so they cannot count as a wrong TAN.
    expect(c.fake.state.counters.tanAttempts).toBe(0);
    const tan = c.sim.sendText(person, c.fake.config.tan).message!.message_id;
    const done = await finishWithAllAccounts(c, after);
    // TAN replies leave the chat like the PIN does.
    expect([letters, tan].map((id) => userMessage(c, id).deleted)).toEqual([true, true]);
    expect(done.text).toMatch(/comdirect ••1234 is connected with 2 account\(s\)/);
    expect(c.fake.state.counters.tanAttempts).toBe(1);
    const conn = await c.t.db.connection.findFirstOrThrow({ where: { provider: "comdirect" } });
    expect(conn).toMatchObject({ status: "ACTIVE", openChallenges: 0, wrongTanStreak: 0 });
  });

  it("pushTAN: continues on its own once comdirect reports AUTHENTICATED after pending polls", async () => {
    const c = await chat({ tanMethods: ["P_TAN_PUSH"], pushPendingPolls: 2 });
    const after = c.mark();
    await startComdirectLink(c);
    const prompt = await c.waitFor(/approve the login \(pushTAN\)/, after);
    expect(prompt.replyMarkup?.inline_keyboard.flat().map((b) => b.text)).toEqual(["I approved"]);
    // The app polls every 2 s (comdirect's own apps poll about as often).
    await finishWithAllAccounts(c, after, 15_000);
    // Two PENDING answers, then AUTHENTICATED: nobody pressed the button.
    expect(c.fake.state.counters.polls).toBe(3);
    expect(c.fake.state.counters.tanAttempts).toBe(0);
    expect(await c.t.db.connection.count({ where: { provider: "comdirect", status: "ACTIVE" } })).toBe(1);
  });

  it("pushTAN: 'I approved' checks at once, says so while comdirect still waits, and continues on the next tap", async () => {
    // One PENDING answer: the first tap sees it, the second sees AUTHENTICATED.
    // Both taps come long before the 2 s background poll would.
    const c = await chat({ tanMethods: ["P_TAN_PUSH"], pushPendingPolls: 1 });
    const after = c.mark();
    await startComdirectLink(c);
    c.tap(await c.waitFor(/approve the login \(pushTAN\)/, after), /I approved/);
    const notYet = await c.waitFor(/does not see the approval yet/, after);
    c.tap(await c.waitFor(/approve the login \(pushTAN\)/, notYet.messageId), /I approved/);
    await finishWithAllAccounts(c, after);
    expect(c.fake.state.counters.polls).toBe(2);
    expect(await c.t.db.connection.count({ where: { provider: "comdirect", status: "ACTIVE" } })).toBe(1);
  });

  it("SMS-TAN: shows the masked phone number and links with the code", async () => {
    const c = await chat({ tanMethods: ["M_TAN"], maskedPhone: "+49-171-12XXXX" });
    const after = c.mark();
    await startComdirectLink(c);
    const ask = await c.waitFor(/sent a TAN by SMS/, after);
    expect(ask.text).toContain("+49-171-12XXXX");
    expect(c.sim.botMessages(person.id).some((m) => m.messageId > after && m.photo)).toBe(false);
    c.sim.sendText(person, c.fake.config.tan);
    await finishWithAllAccounts(c, after);
    const conn = await c.t.db.connection.findFirstOrThrow({ where: { provider: "comdirect" } });
    expect(conn.status).toBe("ACTIVE");
  });

  it("switching from photoTAN to SMS-TAN requests a new challenge of that type and uses it", async () => {
    const c = await chat({ tanMethods: ["P_TAN", "M_TAN", "P_TAN_PUSH"] });
    const after = c.mark();
    await startComdirectLink(c);
    const offer = await c.waitFor(/wants to confirm this login with photoTAN/, after);
    expect(offer.replyMarkup?.inline_keyboard.flat().map((b) => b.text)).toEqual(["Use photoTAN", "Switch to SMS-TAN", "Switch to pushTAN"]);
    c.tap(offer, /Switch to SMS-TAN/);
    await c.waitFor(/sent a TAN by SMS/, after);
    const validates = c.fake.state.requests.filter((r) => r.path.endsWith("/validate"));
    expect(validates.map((r) => r.onceAuthInfo)).toEqual([null, JSON.stringify({ typ: "M_TAN" })]);
    c.sim.sendText(person, c.fake.config.tan);
    await finishWithAllAccounts(c, after);
    expect(c.sim.botMessages(person.id).some((m) => m.messageId > after && m.photo)).toBe(false);
  });

  it("a wrong TAN once is reported, the right one afterwards links", async () => {
    const c = await chat();
    const after = c.mark();
    await startComdirectLink(c);
    await c.waitFor(/TAN from your photoTAN app/, after);
    c.sim.sendText(person, "111111");
    const wrong = await c.waitFor(/did not accept that TAN/, after);
    c.sim.sendText(person, c.fake.config.tan);
    await finishWithAllAccounts(c, wrong.messageId);
    expect(c.fake.state.counters.tanAttempts).toBe(2);
    expect(c.fake.state.wrongTans).toBe(0);
    expect(await c.t.db.connection.count({ where: { provider: "comdirect", status: "ACTIVE" } })).toBe(1);
  });
});
