// Every data source Kontor ships, in the order /link offers them. Adding a
// source is its folder, its fake, its tests and one line here: settings,
// texts and availability come from the connector itself.
import { ccxtConnector } from "./ccxt/index.ts";
import { comdirectConnector } from "./comdirect/index.ts";
import { demoConnector } from "./demo/index.ts";
import { enableBankingConnector } from "./enable-banking/index.ts";
import { fileImportConnector } from "./file-import/index.ts";
import { gocardlessConnector } from "./gocardless/index.ts";
import { ibkrFlexConnector } from "./ibkr-flex/index.ts";
import { plaidConnector } from "./plaid/index.ts";
import { simplefinConnector } from "./simplefin/index.ts";
import type { Connector } from "./types.ts";

// `any`: each connector has its own credential type; the registry hands
// credentials back only to code that validates them with credentialsSchema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ALL_CONNECTORS: readonly Connector<any>[] = [
  demoConnector,
  comdirectConnector,
  enableBankingConnector,
  simplefinConnector,
  gocardlessConnector,
  plaidConnector,
  ibkrFlexConnector,
  ccxtConnector,
  fileImportConnector,
];
