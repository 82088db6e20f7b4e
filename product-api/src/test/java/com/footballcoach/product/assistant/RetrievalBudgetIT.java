package com.footballcoach.product.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.footballcoach.embedded.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The retrieval budget against the real database: a slow query is cut and reported, the rest is used. */
class RetrievalBudgetIT {

    private static ExecutorService executor;
    private static JdbcClient jdbc;

    @BeforeAll
    static void database() {
        TestDatabase database = TestDatabase.shared();
        DataSource dataSource = new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), database.jdbcUrl(),
                database.user(), database.password());
        jdbc = new TimedJdbc(dataSource, 1).client();
        executor = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
    }

    @Test
    void cutsASlowQueryAtTheBudgetAndReportsItAsLeftOut() {
        Retrieval retrieval = new Retrieval(executor);
        long started = System.nanoTime();

        Retrieval.Result result = retrieval.run(List.of(
                new Retrieval.Step<>("fast", () -> jdbc.sql("SELECT 41 + 1").query(Integer.class).single()),
                new Retrieval.Step<>("slow", () -> jdbc.sql("SELECT SLEEP(3)").query(Integer.class).single())),
                Duration.ofMillis(400));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
        assertThat(result.<Integer>get("fast")).isEqualTo(42);
        assertThat(result.values()).doesNotContainKey("slow");
        assertThat(result.leftOut()).singleElement().asString().startsWith("slow").contains("400 ms budget");
    }

    @Test
    void stopsTheQueryOnTheServerWithItsJdbcTimeout() {
        long started = System.nanoTime();

        Retrieval.Result result = new Retrieval(executor).run(List.of(
                new Retrieval.Step<>("slow", () -> jdbc.sql("SELECT SLEEP(3)").query(Integer.class).single())),
                Duration.ofSeconds(5));

        // SLEEP() interrupted by the 1 s query timeout returns 1 (MariaDB) or fails; either way well before 3 s
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
        assertThat(result.values().isEmpty() || Integer.valueOf(1).equals(result.get("slow"))).isTrue();
    }

    @Test
    void reportsAFailedStepAndKeepsTheOthers() {
        Retrieval.Result result = new Retrieval(executor).run(List.of(
                new Retrieval.Step<>("broken", () -> jdbc.sql("SELECT * FROM no_such_table").query().listOfRows()),
                new Retrieval.Step<>("fine", () -> "ok")), Duration.ofSeconds(1));

        assertThat(result.<String>get("fine")).isEqualTo("ok");
        assertThat(result.leftOut()).containsExactly("broken (failed)");
    }
}
