// Questions and answers: the chat-independent side. Importing it registers the texts.
import { registerMessages } from "../i18n/index.ts";
import { askMessages } from "./messages.ts";

registerMessages(askMessages);

export { createQaService, type QaService, type QaUser, type Answer, type AnswerButton } from "./ask-service.ts";
export { PENDING_TTL_MS } from "./pending.ts";
