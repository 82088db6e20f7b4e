package com.footballcoach.platform.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetsTest {

    private static WebhookTargets targets(boolean allowPrivate) {
        return new WebhookTargets(new WebhookSettings(allowPrivate, null, null, null, null, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://localhost:8080/", "http://10.1.2.3/", "http://172.16.0.1/",
            "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data", "http://0.0.0.0/", "http://[::1]/",
            "http://[fd00::1]/", "http://[fe80::1]/", "http://100.64.0.1/", "http://224.0.0.1/",
            "http://[::ffff:127.0.0.1]/", "http://[64:ff9b::10.0.0.1]/", "http://255.255.255.255/"})
    void refusesPrivateLoopbackAndLinkLocalTargets(String url) {
        assertThatThrownBy(() -> targets(false).check(url)).isInstanceOf(WebhookTargets.Refused.class)
                .hasMessageContaining("public addresses");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/", "file:///etc/passwd", "gopher://x/", "not a url", "http:///path",
            "http://user:pass@example.com/"})
    void refusesOtherSchemesAndMalformedUrlsEvenWhenPrivateIsAllowed(String url) {
        assertThatThrownBy(() -> targets(true).check(url)).isInstanceOf(WebhookTargets.Refused.class);
    }

    @Test
    void allowsPrivateTargetsOnlyWhenSetAndPublicAddressesAlways() throws Exception {
        assertThat(targets(true).check("http://127.0.0.1:9/hook").getPort()).isEqualTo(9);
        assertThat(WebhookTargets.isPublic(InetAddress.getByName("93.184.215.14"))).isTrue();
        assertThat(WebhookTargets.isPublic(InetAddress.getByName("2606:4700::1111"))).isTrue();
        assertThat(WebhookTargets.isPublic(InetAddress.getByName("8.8.8.8"))).isTrue();
    }
}
