package com.footballcoach.platform.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.platform.testing.WebhookReceiver;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    @Test
    void signsTheStandardWebhooksReferenceExample() {
        // the example of the Standard Webhooks reference libraries
        String signature = WebhookSigner.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void newSecretsAreWhsecAndAtLeast24RandomBytes() {
        SecureRandom random = new SecureRandom();
        String one = WebhookSigner.newSecret(random);
        String two = WebhookSigner.newSecret(random);

        assertThat(one).startsWith("whsec_").isNotEqualTo(two);
        assertThat(Base64.getDecoder().decode(one.substring(6))).hasSizeGreaterThanOrEqualTo(24);
    }

    @Test
    void aReceiverVerifiesTheSignatureAndRejectsAChangedBody() {
        String secret = WebhookSigner.newSecret(new SecureRandom());
        String body = "{\"type\":\"run.completed\"}";
        var request = new WebhookReceiver.Received(Map.of("webhook-id", "abc", "webhook-timestamp", "1700000000",
                "webhook-signature", WebhookSigner.sign(secret, "abc", 1700000000, body)), body, Instant.now());
        var changed = new WebhookReceiver.Received(request.headers(), body.replace("completed", "failed"),
                Instant.now());

        assertThat(WebhookReceiver.verify(secret, request)).isTrue();
        assertThat(WebhookReceiver.verify(secret, changed)).isFalse();
    }
}
