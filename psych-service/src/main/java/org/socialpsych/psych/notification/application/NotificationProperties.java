package org.socialpsych.psych.notification.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code socialpsych.notifications.*}: how psych-service delivers the messages it publishes on
 * {@code psych.notifications.v1}.
 *
 * @param deliveryEnabled whether this service consumes the topic and delivers (a county may run its own consumer instead)
 * @param sink            {@code local} (default: recorded in {@code notification_deliveries}, shown by
 *                        {@code GET /notification-deliveries}, receipt DELIVERED) or {@code webhook}
 * @param webhook         the county gateway (SMS / 政务微信 / 12345): off unless {@code sink: webhook} and a URL is set
 */
@ConfigurationProperties("socialpsych.notifications")
public record NotificationProperties(Boolean deliveryEnabled, String sink, Webhook webhook) {

    /**
     * @param url      the gateway's endpoint (POST, JSON)
     * @param secret   HMAC-SHA256 key; the body is signed in {@code X-Socialpsych-Signature: sha256=<hex>} over
     *                 {@code <timestamp>.<body>} with the timestamp in {@code X-Socialpsych-Timestamp}
     * @param attempts tries per message (then a FAILED receipt)
     * @param backoff  first wait between tries (doubling)
     * @param timeout  per try
     */
    public record Webhook(String url, String secret, Integer attempts, Duration backoff, Duration timeout) {
        public Webhook {
            attempts = attempts == null ? 3 : attempts;
            backoff = backoff == null ? Duration.ofMillis(500) : backoff;
            timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        }
    }

    public NotificationProperties {
        deliveryEnabled = deliveryEnabled == null || deliveryEnabled;
        sink = sink == null ? "local" : sink;
        webhook = webhook == null ? new Webhook(null, null, null, null, null) : webhook;
    }

    public boolean webhookOn() {
        return "webhook".equals(sink) && webhook.url() != null && !webhook.url().isBlank();
    }
}
