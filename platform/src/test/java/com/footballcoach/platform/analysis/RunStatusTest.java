package com.footballcoach.platform.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunStatusTest {

    @ParameterizedTest
    @CsvSource({"queued,QUEUED", "PENDING,QUEUED", "processing,PROCESSING", "Streaming,PROCESSING",
            "RECEIVING,PROCESSING", "completed,COMPLETED", "DONE,COMPLETED", "failed,FAILED", "ERROR,FAILED",
            "warming_up,PROCESSING"})
    void mapsTheStatusWordsOfTheEngineAndTheEarlierVersion(String word, RunStatus expected) {
        assertThat(RunStatus.fromWord(word)).isEqualTo(expected);
    }
}
