/**
 * Webhooks: a club's endpoints subscribed to event types, an outbox of deliveries written in the
 * transaction of the event, a worker that sends them signed as the Standard Webhooks
 * specification says, with retries, and a delivery log. See {@code docs/webhooks.md}.
 * {@link WebhookEvents} is the entry for other features; {@link Webhooks} serves the routes.
 */
@NullMarked
package com.footballcoach.platform.webhooks;

import org.jspecify.annotations.NullMarked;
