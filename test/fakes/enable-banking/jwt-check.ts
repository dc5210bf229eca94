// The fake checks the app JWT as Enable Banking documents it (§1.1, checklist
// 1): RS256 only, known kid, exact iss/aud, lifetime at most a day, not
// expired, signature by the registered key. Unknown claims are ignored.
import { createVerify, type KeyObject } from "node:crypto";

export function jwtProblem(header: string | undefined, appId: string, publicKey: KeyObject, nowS: number): string | null {
  const token = /^Bearer (.+)$/.exec(header ?? "")?.[1];
  if (!token) return "no bearer token";
  const [h, b, s] = token.split(".");
  if (!h || !b || !s) return "not a JWT";
  let head: Record<string, unknown>;
  let body: Record<string, unknown>;
  try {
    head = JSON.parse(Buffer.from(h, "base64url").toString("utf8"));
    body = JSON.parse(Buffer.from(b, "base64url").toString("utf8"));
  } catch {
    return "undecodable JWT";
  }
  if (head.alg !== "RS256") return "alg must be RS256";
  if (head.kid !== appId) return "unknown kid";
  if (body.iss !== "enablebanking.com" || body.aud !== "api.enablebanking.com") return "wrong iss/aud";
  const iat = Number(body.iat);
  const exp = Number(body.exp);
  if (!Number.isFinite(iat) || !Number.isFinite(exp) || exp - iat > 86_400) return "lifetime over 86400 s";
  if (exp <= nowS) return "expired";
  const ok = createVerify("RSA-SHA256").update(`${h}.${b}`).verify(publicKey, Buffer.from(s, "base64url"));
  return ok ? null : "bad signature";
}
