// A LinkDialog double: answers come from a script in order, every call is recorded.
import type { Choice, LinkDialog } from "../../../connectors/types.ts";
import type { Message } from "../../../src/i18n/message.ts";

export interface DialogCall {
  method: string;
  key: string;
  params?: Record<string, string | number>;
}

export class ScriptedDialog implements LinkDialog {
  readonly locale = "en" as const;
  readonly calls: DialogCall[] = [];
  readonly images: Uint8Array[] = [];
  polls = 0;

  constructor(
    private readonly answers: string[],
    private readonly push: { maxPolls: number } = { maxPolls: 10 },
  ) {}

  private record(method: string, m: Message): void {
    this.calls.push(m.params ? { method, key: m.key, params: m.params } : { method, key: m.key });
  }

  private next(prompt: Message, validate?: (value: string) => Message | null): string {
    for (;;) {
      const answer = this.answers.shift();
      if (answer === undefined) throw new Error(`script ran out of answers at ${prompt.key}`);
      const problem = validate?.(answer);
      if (!problem) return answer;
      this.record("invalid", problem);
    }
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
    const answer = this.next(prompt);
    const choice = choices.find((c) => c.id === answer);
    if (!choice) throw new Error(`script chose ${answer}, offered ${choices.map((c) => c.id).join(", ")}`);
    return choice.id;
  }
  async showImage(png: Uint8Array, caption: Message) {
    this.record("showImage", caption);
    this.images.push(png);
  }
  async showLink(text: Message) {
    this.record("showLink", text);
  }
  async waitForConfirmation(prompt: Message, opts: { poll?: () => Promise<boolean> }) {
    this.record("waitForConfirmation", prompt);
    if (!opts.poll) return "timeout" as const;
    for (let i = 0; i < this.push.maxPolls; i++) {
      this.polls++;
      if (await opts.poll()) return "polled" as const;
    }
    return "timeout" as const;
  }
  async progress(text: Message) {
    this.record("progress", text);
  }
}
