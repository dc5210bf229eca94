// The Demo Bank's link flow: username, password (discarded), then a TAN step,
// so every LinkDialog implementation gets exercised the way a real bank would.
import { z } from "zod";
import type { ConnectorContext, LinkDialog, LinkResult } from "../types.ts";
import { ConnectorError } from "../errors.ts";
import { msg, type Message } from "../../src/i18n/index.ts";
import { photoTanPng } from "./png.ts";
import type { DemoCredentials } from "./session.ts";

export const DEMO_TAN = "123456";
export const DEMO_TAN_TRIES = 3;
export const DEMO_CONSENT_DAYS = 90;
/** The push confirmation reports done after this many polls (~2 s at 500 ms). */
export const DEMO_PUSH_POLLS = 4;
const POLL_INTERVAL_MS = 500;
const PUSH_TIMEOUT_MS = 120_000;

const seedSchema = z.string().trim().regex(/^-?\d+$/).transform(Number);

const required = (message: Message) => (value: string) => (value.trim() ? null : message);

async function photoTan(dialog: LinkDialog): Promise<void> {
  await dialog.showImage(photoTanPng(DEMO_TAN), msg("demo.photo_caption"));
  for (let attempt = 1; attempt <= DEMO_TAN_TRIES; attempt++) {
    // A TAN is a secret like the password: askSecret deletes it from the chat.
    // A mistyped length is caught before it costs one of the tries.
    const tan = await dialog.askSecret(msg("demo.ask_tan"), { validate: (v) => (/^\d{6}$/.test(v.trim()) ? null : msg("demo.tan_format")) });
    if (tan.trim() === DEMO_TAN) return;
    if (attempt < DEMO_TAN_TRIES) await dialog.say(msg("demo.tan_wrong", { left: DEMO_TAN_TRIES - attempt }));
  }
  throw new ConnectorError("Unauthorized", `demo: wrong TAN ${DEMO_TAN_TRIES} times`, { provider: "demo" });
}

async function pushTan(dialog: LinkDialog): Promise<void> {
  let polls = 0;
  const result = await dialog.waitForConfirmation(msg("demo.push_prompt"), {
    buttonLabel: msg("demo.push_button"),
    timeoutMs: PUSH_TIMEOUT_MS,
    pollIntervalMs: POLL_INTERVAL_MS,
    // Counted, not timed, so the flow behaves the same under fake clocks.
    poll: async () => ++polls >= DEMO_PUSH_POLLS,
  });
  if (result === "timeout") throw new ConnectorError("Unauthorized", "demo: pushTAN not confirmed in time", { provider: "demo" });
}

export async function linkDemo(dialog: LinkDialog, ctx: ConnectorContext): Promise<LinkResult<DemoCredentials>> {
  const seed = seedSchema.safeParse(ctx.settings.DEMO_SEED ?? "42");
  if (!seed.success) throw new Error(`DEMO_SEED must be an integer, got "${ctx.settings.DEMO_SEED}"`);
  await dialog.say(msg("demo.intro"));
  const username = (await dialog.askText(msg("demo.ask_username"), { validate: required(msg("demo.username_required")) })).trim();
  // The password only makes the flow realistic; it is read and dropped.
  await dialog.askSecret(msg("demo.ask_password"), { validate: required(msg("demo.password_required")) });
  const method = await dialog.choose(msg("demo.choose_tan"), [
    { id: "photoTAN", label: msg("demo.tan_photo") },
    { id: "pushTAN", label: msg("demo.tan_push") },
  ]);
  if (method === "photoTAN") await photoTan(dialog);
  else await pushTan(dialog);
  await dialog.progress(msg("demo.connected"));
  const now = ctx.now();
  return {
    label: "Demo Bank",
    credentials: { seed: seed.data, username, linkedAt: now.toISOString() },
    consentExpiresAt: new Date(now.getTime() + DEMO_CONSENT_DAYS * 86_400_000),
  };
}
