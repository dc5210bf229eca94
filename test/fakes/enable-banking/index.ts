export { startEnableBankingFake, type EnableBankingFake, type FakeReply } from "./server.ts";
export type { FakeTransaction } from "./data.ts";
