// comdirect locks online banking after 5 TAN challenges without a correct TAN
// or 3 wrong TANs. In the chat, Kontor warns and asks before the 4th open
// challenge and before a 3rd TAN after two wrong ones, across link attempts.
import { afterEach, describe, expect, it } from "vitest";
import { finishWithAllAccounts, person, startComdirectChat, startComdirectLink, type ComdirectChat } from "../helpers/comdirect-chat.ts";

let c: ComdirectChat | undefined;
afterEach(async () => {
  await c?.stop();
  c = undefined;
});

const pendingRow = (c: ComdirectChat) => c.t.db.connection.findFirstOrThrow({ where: { provider: "comdirect", status: "PENDING" } });

describe("the comdirect lock-out guard in the chat", () => {
  it("asks before a 4th open challenge; 'no' stops without calling comdirect; counters survive two attempts", async () => {
    c = await startComdirectChat({ tanMethods: ["P_TAN", "M_TAN"] });
    // Attempt 1: two challenges (photoTAN, then a switch to SMS-TAN), then /cancel.
    let after = c.mark();
    await startComdirectLink(c);
    c.tap(await c.waitFor(/wants to confirm this login with photoTAN/, after), /Switch to SMS-TAN/);
    await c.waitFor(/sent a TAN by SMS/, after);
    c.sim.sendText(person, "/cancel");
    await c.waitFor(/Linking cancelled/, after);
    expect(await pendingRow(c)).toMatchObject({ openChallenges: 2, wrongTanStreak: 0 });

    // Attempt 2: the third challenge is fine, switching would be the fourth.
    after = c.mark();
    await startComdirectLink(c);
    c.tap(await c.waitFor(/wants to confirm this login with photoTAN/, after), /Switch to SMS-TAN/);
    const warning = await c.waitFor(/3 TAN requests are already open/, after);
    expect(warning.text).toMatch(/locks online banking after 5 TAN requests without a correct TAN/);
    expect(warning.text).toMatch(/correct TAN entered on the comdirect website resets the counter/);
    const requestsBefore = c.fake.state.requests.length;
    c.tap(warning, /No, stop here/);
    await c.waitFor(/Linking cancelled/, after);
    expect(c.fake.state.requests.length).toBe(requestsBefore);
    expect(c.fake.state.counters.challenges).toBe(3);
    const row = await pendingRow(c);
    expect(row).toMatchObject({ openChallenges: 3, wrongTanStreak: 0 });

    // Attempt 3 reuses the same row: the warning comes before its first challenge.
    after = c.mark();
    await startComdirectLink(c);
    const again = await c.waitFor(/3 TAN requests are already open/, after);
    expect(c.fake.state.counters.challenges).toBe(3);
    c.tap(again, /Yes, continue/);
    c.tap(await c.waitFor(/wants to confirm this login with photoTAN/, after), /Use photoTAN/);
    await c.waitFor(/TAN from your photoTAN app/, after);
    c.sim.sendText(person, c.fake.config.tan);
    await finishWithAllAccounts(c, after);
    expect(c.fake.state.locked).toBe(false);
    expect(await c.t.db.connection.count({ where: { id: row.id } })).toBe(0);
    expect(await c.t.db.connection.findFirstOrThrow({ where: { provider: "comdirect" } })).toMatchObject({ status: "ACTIVE", openChallenges: 0 });
  });

  it("asks before a 3rd TAN after two wrong ones; 'no' sends nothing; the next attempt still remembers the streak", async () => {
    c = await startComdirectChat();
    let after = c.mark();
    await startComdirectLink(c);
    await c.waitFor(/TAN from your photoTAN app/, after);
    c.sim.sendText(person, "111111");
    const first = await c.waitFor(/did not accept that TAN/, after);
    c.sim.sendText(person, "222222");
    await c.waitFor(/did not accept that TAN/, first.messageId);
    c.sim.sendText(person, c.fake.config.tan);
    const warning = await c.waitFor(/the last 2 TANs were wrong/, after);
    expect(warning.text).toMatch(/locks online banking after 3 wrong TANs/);
    const requestsBefore = c.fake.state.requests.length;
    c.tap(warning, /No, stop here/);
    await c.waitFor(/Linking cancelled/, after);
    expect(c.fake.state.requests.length).toBe(requestsBefore);
    expect(c.fake.state.counters.tanAttempts).toBe(2);
    expect(c.fake.state.locked).toBe(false);
    expect(await pendingRow(c)).toMatchObject({ wrongTanStreak: 2, openChallenges: 1 });

    after = c.mark();
    await startComdirectLink(c);
    await c.waitFor(/TAN from your photoTAN app/, after);
    c.sim.sendText(person, c.fake.config.tan);
    c.tap(await c.waitFor(/the last 2 TANs were wrong/, after), /Yes, continue/);
    await finishWithAllAccounts(c, after);
    expect(c.fake.state.counters.tanAttempts).toBe(3);
    expect(c.fake.state.locked).toBe(false);
  });
});
