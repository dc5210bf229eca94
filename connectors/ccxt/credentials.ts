// What the vault keeps for one exchange connection. The quote currency is not
// secret but lives here so a sync values holdings the way the person chose.
import { z } from "zod";

export const credentialsSchema = z.object({
  /** A ccxt exchange id ("kraken", "binance"). */
  exchange: z.string().regex(/^[a-z0-9]{2,40}$/),
  apiKey: z.string().min(1),
  secret: z.string().min(1),
  /** API passphrase, for exchanges whose requiredCredentials.password is true (OKX, KuCoin…). */
  password: z.string().min(1).optional(),
  uid: z.string().min(1).optional(),
  /** Currency holdings are valued in and the account is kept in ("EUR", "USDT"). */
  quote: z.string().regex(/^[A-Z0-9]{2,12}$/),
});

export type CcxtCredentials = z.infer<typeof credentialsSchema>;
