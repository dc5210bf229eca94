// Public face of the question parser. Importing it registers the parser's texts.
import { registerMessages } from "../../i18n/index.ts";
import { parseMessages } from "./messages.ts";

registerMessages(parseMessages);

export { parseQuestion } from "./parse-question.ts";
export { describeReading, describeReadingHtml, formatPeriod, type Reading } from "./reading.ts";
export type { ParseContext, ParseOption, ParseResult, Settle } from "./types.ts";
export { damerauLevenshtein, fuzzyDistance } from "./fuzzy.ts";
