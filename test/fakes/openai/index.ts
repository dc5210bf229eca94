// A local OpenAI-compatible server for tests: scripted answers, every request recorded.
export { startOpenAiFake, type OpenAiFake, type OpenAiFakeOptions } from "./server.ts";
export { SQL_SMUGGLING_SPEC, type Behaviour, type ChatRequestBody, type FinishReason, type RecordedRequest } from "./behaviours.ts";
