// Three people's statements, written byte for byte in their banks' export
// formats (../shared/bank-formats.md §1.2–§1.4) from lists of logical events.
// The same events give the expected answers, so the test never asks Kontor
// what the right number is.
export * from "./kit.ts";
export { barclaysCsv, londonEvents, nationwideClosing, nationwideCsv, starlingClosing, starlingCsv } from "./london.ts";
export { boursoClosing, boursoCsv, parisEvents, wiseCsv } from "./paris.ts";
export { amexCsv, discoverCsv, nycEvents, wellsFargoCsv } from "./nyc.ts";
