// What a comdirect connection remembers. The login secrets stay so a new TAN
// session can be opened without asking again; tokens rotate on every refresh.
import { z } from "zod";

export const credentialsSchema = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  zugangsnummer: z.string().min(1),
  pin: z.string().min(1),
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  /** ISO timestamps, so the credentials survive JSON storage. */
  accessExpiresAt: z.iso.datetime(),
  /** An estimate: comdirect does not state the refresh lifetime (see limits). */
  refreshExpiresAt: z.iso.datetime(),
  /** The x-http-request-info sessionId, reused for this TAN session. */
  sessionId: z.string().regex(/^[0-9a-fA-F]{1,32}$/),
  /** comdirect's session identifier from step 2. */
  sessionIdentifier: z.string().min(1),
  scope: z.string().optional(),
  tanMethod: z.string().optional(),
});

export type ComdirectCredentials = z.infer<typeof credentialsSchema>;

export interface LoginSecrets {
  clientId: string;
  clientSecret: string;
  zugangsnummer: string;
  pin: string;
}
