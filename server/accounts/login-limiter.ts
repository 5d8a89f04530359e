// Failed sign-ins, counted per account (its normalised email, known or not, so the answer does
// not reveal which emails exist) and per client address, in memory (rate-limiter-flexible). Once
// either count reaches its limit within the window, sign-in is refused with 429 until the window
// ends, even with the right password: guessing stops paying. A success clears the account's count.
// In memory means per server process: several replicas each count on their own (docs/editing.md).
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { AccountsConfig } from '../config';

export class LoginLimiter {
  private readonly byAccount: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(limits: Pick<AccountsConfig, 'loginMaxFailuresPerAccount' | 'loginMaxFailuresPerAddress' | 'loginFailureWindowSeconds'>) {
    const duration = limits.loginFailureWindowSeconds;
    this.byAccount = new RateLimiterMemory({ keyPrefix: 'login-account', points: limits.loginMaxFailuresPerAccount, duration });
    this.byAddress = new RateLimiterMemory({ keyPrefix: 'login-address', points: limits.loginMaxFailuresPerAddress, duration });
  }

  /** Milliseconds until sign-in may be tried again, or null when it may be tried now. */
  async refusedFor(account: string, address: string): Promise<number | null> {
    const [forAccount, forAddress] = await Promise.all([this.byAccount.get(account), this.byAddress.get(address)]);
    const waits = [forAccount, forAddress].filter((r) => r !== null && r.remainingPoints <= 0).map((r) => r?.msBeforeNext ?? 0);
    return waits.length > 0 ? Math.max(1, ...waits) : null;
  }

  async recordFailure(account: string, address: string): Promise<void> {
    // consume() rejects once over the limit; that is the state refusedFor() reports, not an error here.
    await Promise.all([this.byAccount.consume(account).catch(() => undefined), this.byAddress.consume(address).catch(() => undefined)]);
  }

  async recordSuccess(account: string): Promise<void> {
    await this.byAccount.delete(account);
  }
}
