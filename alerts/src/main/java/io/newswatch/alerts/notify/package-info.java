/**
 * Delivering alerts: once per channel, whatever fails.
 *
 * <p>A {@link io.newswatch.alerts.notify.Notifier} fans each submitted
 * {@link io.newswatch.schemas.Alert} out to its channels. Each channel
 * ({@link io.newswatch.alerts.notify.ChannelConfig}: a name, {@link io.newswatch.alerts.notify.ChannelSettings}
 * for its type, a {@link io.newswatch.alerts.notify.RetryPolicy} and a queue capacity) has its own queue,
 * worker thread and HTTP client, so a slow or broken channel never delays another. Failed attempts are
 * retried with exponential backoff and jitter, or after the receiver's {@code Retry-After}; an alert the
 * policy gives up on goes to the {@link io.newswatch.alerts.notify.DeadLetterSink} as a
 * {@link io.newswatch.alerts.notify.FailedDelivery} with the reason. A
 * {@link io.newswatch.alerts.notify.DeliveryLedger} (in memory, or
 * {@link io.newswatch.alerts.notify.KafkaDeliveryLedger} over a compacted topic) remembers what each
 * channel delivered, so a restart resumes without re-sending.
 *
 * <p>{@link io.newswatch.alerts.notify.AlertFormatter} is the one place that puts an alert into words
 * (figures, signed delta, hedge, stance, sources, dates); each channel renders that layout in its format,
 * escaping every value from article text with {@link io.newswatch.alerts.notify.Markup}. Generic webhooks
 * carry the {@link io.newswatch.alerts.notify.AlertJson} body, signed as
 * {@link io.newswatch.alerts.notify.WebhookSignature} documents.
 */
package io.newswatch.alerts.notify;
