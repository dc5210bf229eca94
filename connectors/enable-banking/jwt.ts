// Enable Banking authenticates the application, not the person: every request
// carries an RS256 JWT signed with the app's key (open-banking.md §1.1). One
// token is reused until shortly before it expires.
import { createPrivateKey, createSign, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";

const TTL_S = 3600;
const RENEW_BEFORE_S = 300;

const b64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

export function signAppJwt(appId: string, key: KeyObject, nowS: number, ttlS = TTL_S): string {
  const header = b64url(JSON.stringify({ typ: "JWT", alg: "RS256", kid: appId }));
  const body = b64url(JSON.stringify({ iss: "enablebanking.com", aud: "api.enablebanking.com", iat: nowS, exp: nowS + ttlS }));
  const signature = createSign("RSA-SHA256").update(`${header}.${body}`).sign(key);
  return `${header}.${body}.${b64url(signature)}`;
}

export class AppToken {
  private key: KeyObject | null = null;
  private token: { value: string; expS: number } | null = null;

  constructor(
    private readonly appId: string,
    private readonly keyFile: string,
    private readonly now: () => Date,
  ) {}

  get(): string {
    const nowS = Math.floor(this.now().getTime() / 1000);
    if (this.token && this.token.expS - RENEW_BEFORE_S > nowS) return this.token.value;
    this.key ??= createPrivateKey(readFileSync(this.keyFile));
    this.token = { value: signAppJwt(this.appId, this.key, nowS), expS: nowS + TTL_S };
    return this.token.value;
  }
}
