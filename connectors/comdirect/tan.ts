// The TAN step: method choice, photoTAN / SMS-TAN entry, pushTAN approval,
// and the lock-out guard. comdirect locks online banking after 5 challenges
// without a correct TAN or 3 wrong TANs, so every risky step asks first.
import { msg } from "../../src/i18n/index.ts";
import { DialogCancelled } from "../errors.ts";
import type { ConnectorContext, LinkDialog, SecondFactorGuard } from "../types.ts";
import { activateSession, pollAuthentication, requestChallenge, type Challenge } from "./auth.ts";
import type { ComdirectClient } from "./client.ts";
import { ComdirectError } from "./errors.ts";
import { createMemorySecondFactorGuard } from "./second-factor-guard.ts";

const METHOD_NAMES: Record<string, string> = { P_TAN: "photoTAN", P_TAN_PUSH: "pushTAN", M_TAN: "SMS-TAN" };
const SUPPORTED = Object.keys(METHOD_NAMES);
const PUSH_TIMEOUT_MS = 5 * 60_000;
const DEFAULT_POLL_MS = 2000;
const WARN_AT_OPEN_CHALLENGES = 3;
const WARN_AT_WRONG_TANS = 2;

export interface TanStepArgs {
  dialog: LinkDialog;
  client: ComdirectClient;
  ctx: ConnectorContext;
  /** The step-1 (TWO_FACTOR) access token. */
  token: string;
  identifier: string;
}

type Outcome = { done: true } | { done: false; next: string | undefined };

export const tanPattern = /^\d{6,8}$/;

export async function completeSecondFactor(args: TanStepArgs): Promise<{ method: string }> {
  const { dialog, ctx } = args;
  const guard: SecondFactorGuard = ctx.secondFactorGuard ?? createMemorySecondFactorGuard();

  const confirmRisk = async (text: ReturnType<typeof msg>) => {
    const answer = await dialog.choose(text, [
      { id: "yes", label: msg("comdirect.lockout_continue") },
      { id: "no", label: msg("comdirect.lockout_stop") },
    ]);
    if (answer !== "yes") throw new DialogCancelled("stopped before risking a comdirect lock-out");
  };

  const newChallenge = async (typ: string | undefined): Promise<Challenge> => {
    const { openChallenges } = await guard.state();
    if (openChallenges >= WARN_AT_OPEN_CHALLENGES) await confirmRisk(msg("comdirect.lockout_challenges", { count: openChallenges }));
    // Counted before the call: if it fails midway comdirect may still have counted it.
    await guard.challengeRequested();
    const c = await requestChallenge(args.client, args.token, args.identifier, typ);
    ctx.logger.info({ provider: "comdirect", tanType: c.typ, availableTypes: c.availableTypes }, "tan challenge issued");
    return c;
  };

  const sendTan = async (challenge: Challenge, tan: string): Promise<boolean> => {
    const { wrongTanStreak } = await guard.state();
    if (wrongTanStreak >= WARN_AT_WRONG_TANS) await confirmRisk(msg("comdirect.lockout_wrong_tans", { count: wrongTanStreak }));
    try {
      await activateSession(args.client, args.token, args.identifier, challenge.id, tan);
    } catch (err) {
      if (err instanceof ComdirectError && err.details.status === 422) {
        await guard.wrongTan();
        ctx.logger.info({ provider: "comdirect", key: err.details.key }, "tan rejected");
        return false;
      }
      throw err;
    }
    return true;
  };

  const enterTan = async (challenge: Challenge): Promise<Outcome> => {
    if (challenge.typ === "P_TAN") {
      await dialog.showImage(new Uint8Array(Buffer.from(challenge.challenge ?? "", "base64")), msg("comdirect.phototan_caption"));
    }
    const prompt = challenge.typ === "M_TAN" ? msg("comdirect.ask_tan_sms", { phone: challenge.challenge ?? "" }) : msg("comdirect.ask_tan_phototan");
    const validate = (v: string) => (tanPattern.test(v.trim()) ? null : msg("comdirect.tan_invalid_format"));
    for (;;) {
      // Deleted from the chat like the PIN: a TAN typed but never used (flow
      // cancelled, lock-out warning declined) could still confirm that challenge.
      const tan = (await dialog.askSecret(prompt, { validate })).trim();
      if (await sendTan(challenge, tan)) return { done: true };
      await dialog.say(msg("comdirect.tan_wrong"));
    }
  };

  const approvePush = async (challenge: Challenge): Promise<Outcome> => {
    const href = challenge.link?.href;
    if (!href) throw new ComdirectError("BadResponse", "comdirect pushTAN challenge without a polling link");
    let status = "PENDING";
    const poll = async () => {
      status = await pollAuthentication(args.client, args.token, href);
      return status !== "PENDING";
    };
    const pollIntervalMs = Number(ctx.settings.COMDIRECT_PUSH_POLL_MS ?? DEFAULT_POLL_MS);
    for (;;) {
      const result = await dialog.waitForConfirmation(msg("comdirect.push_prompt"), {
        buttonLabel: msg("comdirect.push_button"),
        timeoutMs: PUSH_TIMEOUT_MS,
        poll,
        pollIntervalMs,
      });
      if (result === "confirmed") await poll();
      if (status === "AUTHENTICATED") {
        await activateSession(args.client, args.token, args.identifier, challenge.id);
        return { done: true };
      }
      if (result === "confirmed" && status === "PENDING") {
        await dialog.say(msg("comdirect.push_not_yet"));
        continue;
      }
      const others = challenge.availableTypes.filter((t) => t !== challenge.typ && SUPPORTED.includes(t));
      const stillOpen = status === "PENDING";
      const pick = await dialog.choose(msg(stillOpen ? "comdirect.push_timeout" : "comdirect.push_rejected"), [
        { id: "retry", label: msg(stillOpen ? "comdirect.push_retry" : "comdirect.push_new_challenge") },
        ...others.map((t) => ({ id: t, label: msg("comdirect.tan_switch_to", { method: METHOD_NAMES[t] ?? t }) })),
        { id: "cancel", label: msg("comdirect.cancel") },
      ]);
      if (pick === "cancel") throw new DialogCancelled("pushTAN not approved");
      if (pick === "retry" && stillOpen) continue;
      return { done: false, next: pick === "retry" ? challenge.typ : pick };
    }
  };

  let challenge = await newChallenge(undefined);
  if (!SUPPORTED.includes(challenge.typ)) {
    const fallback = challenge.availableTypes.find((t) => SUPPORTED.includes(t));
    if (!fallback) {
      await dialog.say(msg("comdirect.unsupported_method"));
      throw new DialogCancelled("no supported TAN method");
    }
    challenge = await newChallenge(fallback);
  }
  const others = challenge.availableTypes.filter((t) => t !== challenge.typ && SUPPORTED.includes(t));
  if (others.length > 0) {
    const current = challenge.typ;
    const name = METHOD_NAMES[current] ?? current;
    const pick = await dialog.choose(msg("comdirect.tan_method_offer", { method: name }), [
      { id: current, label: msg("comdirect.tan_use", { method: name }) },
      ...others.map((t) => ({ id: t, label: msg("comdirect.tan_switch_to", { method: METHOD_NAMES[t] ?? t }) })),
    ]);
    if (pick !== current) challenge = await newChallenge(pick);
  }
  for (;;) {
    const outcome = challenge.typ === "P_TAN_PUSH" ? await approvePush(challenge) : await enterTan(challenge);
    if (outcome.done) {
      await guard.succeeded();
      return { method: challenge.typ };
    }
    challenge = await newChallenge(outcome.next);
  }
}
