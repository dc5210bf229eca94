// A LinkDialog test double for any connector: answers come from a script in
// order, everything shown is recorded (rendered in the dialog's locale), and
// validators run like the real conversation runs them.
import { renderPlain, type Locale } from "../../../src/i18n/index.ts";
import type { Message } from "../../../src/i18n/message.ts";
import { DialogCancelled } from "../../../connectors/errors.ts";
import type { Choice, LinkDialog } from "../../../connectors/types.ts";

/**
 * - a string answers askText/askSecret (text) or choose (choice id);
 * - "confirmed" / "timeout" answer waitForConfirmation directly;
 * - { poll } makes waitForConfirmation call `poll` until it reports done (at most maxPolls);
 * - { cancel } behaves like /cancel at that question.
 */
export type ScriptedAnswer = string | { poll: true; maxPolls?: number } | { cancel: true };

export interface DialogEvent {
  kind: "say" | "askText" | "askSecret" | "choose" | "showImage" | "showLink" | "wait" | "progress" | "invalid";
  key: string;
  text: string;
  choices?: string[];
  answer?: string;
  png?: Uint8Array;
  url?: string;
  polls?: number;
  opts?: { timeoutMs?: number; pollIntervalMs?: number };
}

export class ScriptedDialog implements LinkDialog {
  readonly events: DialogEvent[] = [];
  private readonly script: ScriptedAnswer[];

  constructor(
    script: ScriptedAnswer[],
    readonly locale: Locale = "en",
  ) {
    this.script = [...script];
  }

  get remaining(): number {
    return this.script.length;
  }

  private render(m: Message | string): string {
    return renderPlain(this.locale, m);
  }

  private next(kind: string, prompt: Message): string | { poll: true; maxPolls?: number } {
    const answer = this.script.shift();
    if (answer === undefined) throw new Error(`script exhausted at ${kind} "${prompt.key}"`);
    if (typeof answer === "object" && "cancel" in answer) throw new DialogCancelled(`cancelled at ${prompt.key}`);
    return answer;
  }

  private nextText(kind: string, prompt: Message): string {
    const answer = this.next(kind, prompt);
    if (typeof answer !== "string") throw new Error(`script gave a poll answer to ${kind} "${prompt.key}"`);
    return answer;
  }

  async say(text: Message): Promise<void> {
    this.events.push({ kind: "say", key: text.key, text: this.render(text) });
  }

  async progress(text: Message): Promise<void> {
    this.events.push({ kind: "progress", key: text.key, text: this.render(text) });
  }

  private async ask(kind: "askText" | "askSecret", prompt: Message, opts?: { validate?: (value: string) => Message | null }) {
    for (;;) {
      const answer = this.nextText(kind, prompt);
      this.events.push({ kind, key: prompt.key, text: this.render(prompt), answer });
      const problem = opts?.validate?.(answer) ?? null;
      if (!problem) return answer;
      this.events.push({ kind: "invalid", key: problem.key, text: this.render(problem) });
    }
  }

  askText(prompt: Message, opts?: { validate?: (value: string) => Message | null }): Promise<string> {
    return this.ask("askText", prompt, opts);
  }

  askSecret(prompt: Message, opts?: { validate?: (value: string) => Message | null }): Promise<string> {
    return this.ask("askSecret", prompt, opts);
  }

  async choose<T extends string>(prompt: Message, choices: Choice<T>[]): Promise<T> {
    const answer = this.nextText("choose", prompt);
    this.events.push({ kind: "choose", key: prompt.key, text: this.render(prompt), choices: choices.map((c) => c.id), answer });
    const picked = choices.find((c) => c.id === answer);
    if (!picked) throw new Error(`script answered "${answer}" to "${prompt.key}", offered: ${choices.map((c) => c.id).join(", ")}`);
    return picked.id;
  }

  async showImage(png: Uint8Array, caption: Message): Promise<void> {
    this.events.push({ kind: "showImage", key: caption.key, text: this.render(caption), png });
  }

  async showLink(text: Message, url: string, buttonLabel: Message): Promise<void> {
    this.events.push({ kind: "showLink", key: text.key, text: `${this.render(text)} [${this.render(buttonLabel)}]`, url });
  }

  async waitForConfirmation(
    prompt: Message,
    opts: { buttonLabel: Message; timeoutMs: number; poll?: () => Promise<boolean>; pollIntervalMs?: number },
  ): Promise<"confirmed" | "polled" | "timeout"> {
    const answer = this.next("waitForConfirmation", prompt);
    const event: DialogEvent = { kind: "wait", key: prompt.key, text: this.render(prompt), opts: { timeoutMs: opts.timeoutMs, pollIntervalMs: opts.pollIntervalMs } };
    this.events.push(event);
    if (typeof answer === "string") {
      if (answer !== "confirmed" && answer !== "timeout") throw new Error(`script answered "${answer}" to waitForConfirmation "${prompt.key}"`);
      event.answer = answer;
      return answer;
    }
    if (!opts.poll) throw new Error(`script wants polling but "${prompt.key}" has no poll`);
    let polls = 0;
    while (polls < (answer.maxPolls ?? 100)) {
      polls++;
      if (await opts.poll()) {
        Object.assign(event, { polls, answer: "polled" });
        return "polled";
      }
    }
    Object.assign(event, { polls, answer: "timeout" });
    return "timeout";
  }

  /** Events of one kind, e.g. dialog.of("choose"). */
  of(kind: DialogEvent["kind"]): DialogEvent[] {
    return this.events.filter((e) => e.kind === kind);
  }

  keys(): string[] {
    return this.events.map((e) => e.key);
  }
}
