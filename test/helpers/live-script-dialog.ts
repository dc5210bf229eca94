// A LinkDialog double whose answers may be computed when asked: the address
// the bank redirects to only exists once the flow has created the
// authorization. Every call is recorded with its message key.
import type { Choice, LinkDialog } from "../../connectors/types.ts";
import type { Message } from "../../src/i18n/message.ts";

export type Answer = string | (() => string);

export class LiveScriptDialog implements LinkDialog {
  readonly locale = "en" as const;
  readonly calls: { method: string; key: string; params?: Record<string, string | number> }[] = [];
  readonly links: string[] = [];
  readonly offered: Record<string, string[]> = {};

  constructor(
    private readonly answers: Answer[],
    /** Plays the person at the bank when a link is shown (e.g. the fake completes the requisition). */
    private readonly onLink?: (url: string) => void,
  ) {}

  private record(method: string, m: Message) {
    this.calls.push(m.params ? { method, key: m.key, params: m.params } : { method, key: m.key });
  }
  private next(prompt: Message, validate?: (value: string) => Message | null): string {
    for (;;) {
      const a = this.answers.shift();
      if (a === undefined) throw new Error(`script ran out of answers at ${prompt.key}`);
      const value = typeof a === "function" ? a() : a;
      const problem = validate?.(value);
      if (!problem) return value;
      this.record("invalid", problem);
    }
  }
  keys(method?: string) {
    return this.calls.filter((c) => !method || c.method === method).map((c) => c.key);
  }
  async say(text: Message) {
    this.record("say", text);
  }
  async askText(prompt: Message, opts?: { validate?: (value: string) => Message | null }) {
    this.record("askText", prompt);
    return this.next(prompt, opts?.validate);
  }
  async askSecret(prompt: Message, opts?: { validate?: (value: string) => Message | null }) {
    this.record("askSecret", prompt);
    return this.next(prompt, opts?.validate);
  }
  async choose<T extends string>(prompt: Message, choices: Choice<T>[]): Promise<T> {
    this.record("choose", prompt);
    this.offered[prompt.key] = choices.map((c) => (typeof c.label === "string" ? c.label : c.label.key));
    const answer = this.next(prompt);
    const choice = choices.find((c) => c.id === answer || c.label === answer);
    if (!choice) throw new Error(`script chose ${answer}, offered ${choices.map((c) => `${c.id}=${typeof c.label === "string" ? c.label : c.label.key}`).join(", ")}`);
    return choice.id;
  }
  async showImage(_png: Uint8Array, caption: Message) {
    this.record("showImage", caption);
  }
  async showLink(text: Message, url: string) {
    this.record("showLink", text);
    this.links.push(url);
    this.onLink?.(url);
  }
  /** Polls as the bot would (without waiting) until done; no poll means the person pressed the button. */
  async waitForConfirmation(prompt: Message, opts: { poll?: () => Promise<boolean> }): Promise<"confirmed" | "polled" | "timeout"> {
    this.record("waitForConfirmation", prompt);
    if (!opts.poll) return "confirmed";
    for (let i = 0; i < 20; i++) if (await opts.poll()) return "polled";
    return "timeout";
  }
  async progress(text: Message) {
    this.record("progress", text);
  }
}
