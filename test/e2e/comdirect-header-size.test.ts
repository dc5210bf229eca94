// comdirect sends the photoTAN PNG Base64-encoded in a response header. Node's
// fetch refuses headers beyond http.maxHeaderSize (16 KiB unless started with
// --max-http-header-size). Which of the two tests runs depends on how this
// process was started; both are run by CI:
//   npx vitest run test/e2e/comdirect-header-size
//   NODE_OPTIONS=--max-http-header-size=65536 npx vitest run test/e2e/comdirect-header-size
import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { finishWithAllAccounts, person, startComdirectChat, startComdirectLink, type ComdirectChat } from "../helpers/comdirect-chat.ts";

let c: ComdirectChat | undefined;
afterEach(async () => {
  await c?.stop();
  c = undefined;
});

/** One-pixel blocks: a photoTAN graphic of about 20 KiB once Base64-encoded. */
const BIG_PHOTO_TAN = { photoTan: { block: 1 } };
const RAISED_LIMIT = 65_536;

describe("a photoTAN graphic larger than 16 KiB", () => {
  it.skipIf(http.maxHeaderSize >= RAISED_LIMIT)("with Node's default header limit the chat gets a clear failure instead of a hang", async () => {
    c = await startComdirectChat(BIG_PHOTO_TAN);
    expect(c.fake.config.photoTanBase64.length).toBeGreaterThan(http.maxHeaderSize);
    const after = c.mark();
    await startComdirectLink(c);
    const failed = await c.waitFor(/Linking did not work/, after, 15_000);
    expect(failed.text).toMatch(/could not read/);
    expect(c.sim.botMessages(person.id).some((m) => m.messageId > after && m.photo)).toBe(false);
    // comdirect did issue (and count) the challenge, so the guard counts it too.
    expect(await c.t.db.connection.findFirstOrThrow({ where: { provider: "comdirect" } })).toMatchObject({ status: "PENDING", openChallenges: 1 });
    // The operator's log names the cause; the person only needs the generic reason.
    const line = c.app.log.lines.find((l) => l.includes('"msg":"link flow failed"'));
    expect(line).toMatch(/"reason":"BadResponse".*response headers too large/);
  });

  it.runIf(http.maxHeaderSize >= RAISED_LIMIT)("with NODE_OPTIONS=--max-http-header-size=65536 the photo arrives and linking completes", async () => {
    c = await startComdirectChat(BIG_PHOTO_TAN);
    expect(c.fake.config.photoTanBase64.length).toBeGreaterThan(16_384);
    const after = c.mark();
    await startComdirectLink(c);
    const photo = await c.sim.waitFor(() => c!.sim.botMessages(person.id).find((m) => m.messageId > after && m.photo));
    expect(photo.photo!.equals(Buffer.from(c.fake.config.photoTanBase64, "base64"))).toBe(true);
    await c.waitFor(/TAN from your photoTAN app/, after);
    c.sim.sendText(person, c.fake.config.tan);
    await finishWithAllAccounts(c, after);
  });
});
