import { Problem } from '../http.js';
import { DEFAULT_PUBLISH_QUOTA, type Partner } from '../options.js';
import type { RouteContext } from './context.js';

/**
 * Refuses a publish that would take the partner past its quota, so one partner cannot fill the disk every other
 * partner's data is on. Checked before the write, not under the writer lock: concurrent publishes may overshoot
 * by at most one body each. `bytes`: the size of what is published, as JSON.
 */
export async function checkPublishQuota(ctx: RouteContext, partner: Partner, bytes: number): Promise<void> {
  const quota = ctx.options.publishQuota ?? DEFAULT_PUBLISH_QUOTA;
  const used = await ctx.options.storage.publishedBytes(partner.org, quota.windowMs);
  if (used.total + bytes > quota.storedBytes) {
    throw new Problem('storage_quota_exceeded', `${partner.org} has ${used.total} bytes stored; the quota is ${quota.storedBytes}.`);
  }
  if (used.recent + bytes > quota.bytesPerWindow) {
    throw new Problem('publish_quota_exceeded', `At most ${quota.bytesPerWindow} bytes per ${quota.windowMs / 1000} s; ${used.recent} published.`, {
      retry_after: Math.ceil(quota.windowMs / 1000),
    });
  }
}
