package com.footballcoach.platform.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SseFrameTest {

    @Test
    void framesAStoredRowWithItsIdAndOneSpaceAfterData() {
        SseConnection.Frame frame = SseConnection.Frame.of(new LiveEvent("s", 812L, "segment", "{\"seq\":812}"));

        assertThat(text(frame)).isEqualTo("id: 812\ndata: {\"seq\":812}\n\n");
        assertThat(frame.last()).isFalse();
    }

    @Test
    void framesProgressWithoutAnIdAndTheEndOfARunAsEventDone() {
        SseConnection.Frame progress = SseConnection.Frame.of(new LiveEvent("s", null, "progress", "{\"progress\":0.5}"));
        SseConnection.Frame done = SseConnection.Frame.of(new LiveEvent("s", null, "done", "{\"type\":\"done\"}"));

        assertThat(text(progress)).isEqualTo("data: {\"progress\":0.5}\n\n");
        assertThat(text(done)).isEqualTo("event: done\ndata: {\"type\":\"done\"}\n\n");
        assertThat(done.last()).isTrue();
        assertThat(text(SseConnection.Frame.comment("connected"))).isEqualTo(": connected\n\n");
    }

    private static String text(SseConnection.Frame frame) {
        return new String(frame.bytes(), StandardCharsets.UTF_8);
    }
}
