// Background jobs beyond sync and notifications (monthly summary, keeping bank
// sessions alive). Each feature adds its job here.
import type { BackgroundJob, FeatureKit } from "../feature-kit.ts";

export function extraJobs(_kit: FeatureKit): BackgroundJob[] {
  return [];
}
