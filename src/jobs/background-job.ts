export interface BackgroundJob {
  name: string;
  /** Starts the job and returns how to stop it. */
  start(): Promise<() => Promise<void>>;
}
