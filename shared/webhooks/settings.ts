import { loadConfig, type HubConfig } from '../config.js';

/** How the delivery worker paces itself. */
export interface WebhookSettings {
  /** Pause between looks at the outbox when there was nothing to do. */
  pollMs: number;
  /** The wait before the second attempt; each later one waits twice as long (capped, with jitter). */
  retryBaseMs: number;
  /** Attempts before a delivery is FAILED (a replay gives it as many again). */
  maxAttempts: number;
  /** Longest wait for a receiver's answer. */
  timeoutMs: number;
  /** Pause between looks for referrals that fell overdue, whose notifications these are. */
  overdueSweepMs: number;
  /** Pause of the benefit ledger's consumer between looks at outboxes with nothing new. */
  ledgerPollMs: number;
  /** Pause of each department's follower of the register's change log when it had nothing new. */
  registerPollMs: number;
}

/** The worker's settings a configuration describes. */
export function webhookSettings(config: HubConfig): WebhookSettings {
  return {
    pollMs: config.WEBHOOK_POLL_MS,
    retryBaseMs: config.WEBHOOK_RETRY_BASE_MS,
    maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
    overdueSweepMs: config.REFERRAL_OVERDUE_SWEEP_MS,
    ledgerPollMs: config.LEDGER_POLL_MS,
    registerPollMs: config.REGISTER_POLL_MS,
  };
}

/** The worker's settings of a configuration left at its defaults. */
export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = webhookSettings(loadConfig({}));
