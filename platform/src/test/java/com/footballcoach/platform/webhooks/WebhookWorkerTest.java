package com.footballcoach.platform.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookWorkerTest {

    @Test
    void backsOffFrom5SecondsToHourly() {
        assertThat(WebhookWorker.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(WebhookWorker.backoff(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(WebhookWorker.backoff(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(WebhookWorker.backoff(6)).isEqualTo(Duration.ofHours(1));
        assertThat(WebhookWorker.backoff(40)).isEqualTo(Duration.ofHours(1));
    }
}
