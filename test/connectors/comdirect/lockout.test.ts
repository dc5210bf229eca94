import { afterEach, describe, expect, it } from "vitest";
import { DialogCancelled } from "../../../connectors/errors.ts";
import { comdirectConnector, createMemorySecondFactorGuard } from "../../../connectors/comdirect/index.ts";
import { startComdirectFake, type ComdirectFake } from "../../fakes/comdirect/index.ts";
import { loginAnswers, makeCtx } from "./helpers.ts";
import { ScriptedDialog } from "./scripted-dialog.ts";

let fake: ComdirectFake;
afterEach(async () => fake?.close());

describe("comdirect lock-out guard", () => {
  it("asks before a 4th open challenge and stops on 'no' without calling comdirect again", async () => {
    fake = await startComdirectFake();
    const guard = createMemorySecondFactorGuard({ openChallenges: 3 });
    const { ctx } = makeCtx(fake, { guard });
    const dialog = new ScriptedDialog([...loginAnswers(fake), "no"]);
    await expect(comdirectConnector.link(dialog, ctx)).rejects.toBeInstanceOf(DialogCancelled);
    const warning = dialog.of("choose")[0];
    expect(warning?.key).toBe("comdirect.lockout_challenges");
    expect(warning?.text).toMatch(/locks online banking after 5 TAN requests.*comdirect website resets/s);
    expect(fake.state.requests.some((r) => r.path.endsWith("/validate"))).toBe(false);
    expect(guard.counts.openChallenges).toBe(3);
  });

  it("requests the 4th challenge after an explicit yes, and a correct TAN resets the counters", async () => {
    fake = await startComdirectFake();
    const guard = createMemorySecondFactorGuard({ openChallenges: 3 });
    const { ctx } = makeCtx(fake, { guard });
    await comdirectConnector.link(new ScriptedDialog([...loginAnswers(fake), "yes", "123456", "all"]), ctx);
    expect(fake.state.counters.challenges).toBe(1);
    expect(guard.counts).toEqual({ openChallenges: 0, wrongTanStreak: 0 });
  });

  it("counts each switch of method as a challenge and warns before the 4th", async () => {
    fake = await startComdirectFake({ tanMethods: ["P_TAN", "M_TAN"] });
    const guard = createMemorySecondFactorGuard({ openChallenges: 2 });
    const { ctx } = makeCtx(fake, { guard });
    const dialog = new ScriptedDialog([...loginAnswers(fake), "M_TAN", "no"]);
    await expect(comdirectConnector.link(dialog, ctx)).rejects.toBeInstanceOf(DialogCancelled);
    expect(dialog.of("choose").map((e) => e.key)).toEqual(["comdirect.tan_method_offer", "comdirect.lockout_challenges"]);
    expect(fake.state.counters.challenges).toBe(1);
  });

  it("asks before sending a TAN after two wrong ones and sends nothing on 'no'", async () => {
    fake = await startComdirectFake();
    const guard = createMemorySecondFactorGuard();
    const { ctx } = makeCtx(fake, { guard });
    const dialog = new ScriptedDialog([...loginAnswers(fake), "111111", "222222", "123456", "no"]);
    await expect(comdirectConnector.link(dialog, ctx)).rejects.toBeInstanceOf(DialogCancelled);
    const warning = dialog.of("choose").at(-1);
    expect(warning?.key).toBe("comdirect.lockout_wrong_tans");
    expect(warning?.text).toMatch(/locks online banking after 3 wrong TANs/);
    expect(fake.state.counters.tanAttempts).toBe(2);
    expect(fake.state.locked).toBe(false);
    expect(guard.counts.wrongTanStreak).toBe(2);
  });

  it("sends the third TAN after a yes; a correct one keeps the account open", async () => {
    fake = await startComdirectFake();
    const guard = createMemorySecondFactorGuard();
    const { ctx } = makeCtx(fake, { guard });
    await comdirectConnector.link(new ScriptedDialog([...loginAnswers(fake), "111111", "222222", "123456", "yes", "all"]), ctx);
    expect(fake.state.locked).toBe(false);
    expect(guard.counts.wrongTanStreak).toBe(0);
  });

  it("fake: a third wrong TAN locks online banking, as comdirect does", async () => {
    fake = await startComdirectFake();
    const guard = createMemorySecondFactorGuard();
    const { ctx } = makeCtx(fake, { guard });
    const dialog = new ScriptedDialog([...loginAnswers(fake), "111111", "222222", "333333", "yes", { cancel: true }]);
    await expect(comdirectConnector.link(dialog, ctx)).rejects.toBeInstanceOf(DialogCancelled);
    expect(fake.state.locked).toBe(true);
  });
});
