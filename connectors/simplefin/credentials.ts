// The Access URL is read access to every account at the person's Bridge:
// it lives only in the vault.
import { z } from "zod";

export const credentialsSchema = z.object({ accessUrl: z.string().url() });
export type SimplefinCredentials = z.infer<typeof credentialsSchema>;
