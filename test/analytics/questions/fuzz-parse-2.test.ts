// The second half of the 100,000 fuzzed questions through the parser and the compiler (fuzz-parse.ts).
import { fuzzHalf } from "./fuzz-parse.ts";

fuzzHalf(2);
