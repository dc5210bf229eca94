// The simulator moved to src/tools/telegram-simulator (src/demo uses it too,
// and src/ never imports test/). Kept so tests written against the old path
// on other branches still compile after a merge; import the new path.
export * from "../../../src/tools/telegram-simulator/index.ts";
