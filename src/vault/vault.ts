// Secrets at rest: AES-256-GCM with a key id in every ciphertext, so a key can
// be rotated and a wrong key is reported as such instead of yielding garbage.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/** Why a secret could not be opened: the fix differs (configure the right key vs. link again). */
export type VaultErrorReason = "WrongKey" | "Corrupt";

export class VaultError extends Error {
  override name = "VaultError";
  constructor(
    message: string,
    readonly reason: VaultErrorReason = "Corrupt",
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const VERSION = "v1";

export function keyIdOf(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 12);
}

export function parseMasterKey(base64: string): Buffer {
  const key = Buffer.from(base64.trim(), "base64");
  if (key.length !== 32) throw new VaultError("KONTOR_MASTER_KEY must be base64 of exactly 32 bytes");
  return key;
}

export class Vault {
  private readonly keys = new Map<string, Buffer>();
  readonly currentKeyId: string;

  /** `current` encrypts; `previous` keys can still decrypt (during rotation). */
  constructor(current: Buffer, previous: Buffer[] = []) {
    this.currentKeyId = keyIdOf(current);
    this.keys.set(this.currentKeyId, current);
    for (const k of previous) this.keys.set(keyIdOf(k), k);
  }

  encrypt(plaintext: string): string {
    const key = this.keys.get(this.currentKeyId)!;
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", key, iv);
    // The key id is authenticated too, so it cannot be swapped unnoticed.
    cipher.setAAD(Buffer.from(this.currentKeyId));
    const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    return [VERSION, this.currentKeyId, iv.toString("base64"), cipher.getAuthTag().toString("base64"), data.toString("base64")].join(":");
  }

  decrypt(sealed: string): string {
    const parts = sealed.split(":");
    if (parts.length !== 5 || parts[0] !== VERSION) throw new VaultError("stored secret is not in a format this vault understands");
    const [, keyId, iv, tag, data] = parts as [string, string, string, string, string];
    const key = this.keys.get(keyId);
    if (!key) throw new VaultError(`stored secret was encrypted with key ${keyId}, which is not the configured master key`, "WrongKey");
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"));
      decipher.setAAD(Buffer.from(keyId));
      decipher.setAuthTag(Buffer.from(tag, "base64"));
      return Buffer.concat([decipher.update(Buffer.from(data, "base64")), decipher.final()]).toString("utf8");
    } catch (err) {
      // The key id matched, so the key is right: the ciphertext itself was changed.
      throw new VaultError("stored secret failed its integrity check (tampered or corrupted)", "Corrupt", { cause: err });
    }
  }

  encryptJson(value: unknown): string {
    return this.encrypt(JSON.stringify(value));
  }

  decryptJson(sealed: string): unknown {
    return JSON.parse(this.decrypt(sealed));
  }

  keyIdOfSealed(sealed: string): string | undefined {
    return sealed.split(":")[1];
  }
}
