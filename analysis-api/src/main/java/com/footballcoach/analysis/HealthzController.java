package com.footballcoach.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /healthz}: the short health answer of the earlier version, with database and
 * tracking-engine reachability; 503 while the database is down.
 */
@RestController
@Tag(name = "Platform")
class HealthzController {

    private final DataSource dataSource;
    private final HealthIndicator trackingEngine;

    HealthzController(DataSource dataSource, @Qualifier("trackingEngine") HealthIndicator trackingEngine) {
        this.dataSource = dataSource;
        this.trackingEngine = trackingEngine;
    }

    @Operation(summary = "Liveness with database and tracking-engine reachability (no authentication)")
    @GetMapping("/healthz")
    ResponseEntity<Map<String, Object>> healthz() {
        boolean database = databaseUp();
        Status engine = trackingEngine.health().getStatus();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", database ? "ok" : "degraded");
        body.put("database", database ? "up" : "down");
        body.put("tracking_engine", engine.getCode().toLowerCase());
        return ResponseEntity.status(database ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    private boolean databaseUp() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }
}
