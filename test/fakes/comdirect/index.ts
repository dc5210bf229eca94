export { startComdirectFake, type ComdirectFake, type ComdirectFakeOptions, type FakeState } from "./server.ts";
export { DEFAULT_ACCOUNTS, fixedWidthRemittance, generateTransactions, type RawTransaction, type TanType, type FakeAccountInput, type FakeDepotInput } from "./data.ts";
export { photoTanPng } from "./png.ts";
