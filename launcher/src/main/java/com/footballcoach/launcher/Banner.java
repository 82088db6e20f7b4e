package com.footballcoach.launcher;

import java.time.Duration;

/** What {@code ./coach up} prints once everything answers: where things are, and how to sign in. */
final class Banner {

    private Banner() {
    }

    static String text(LaunchSettings settings, Duration startup) {
        String product = settings.get("PRODUCT_API_PORT", "8000");
        String analysis = settings.get("ANALYSIS_API_PORT", "8001");
        String engine = settings.get("TRACKING_ENGINE_PORT", "50051");
        StringBuilder text = new StringBuilder();
        text.append("\n==================== Football Coach is up (").append(startup.toMillis() / 1000.0)
                .append(" s) ====================\n");
        text.append("  Product API   http://localhost:").append(product).append("/api   docs: http://localhost:")
                .append(product).append("/docs\n");
        text.append("  Analysis API  http://localhost:").append(analysis).append("/api   docs: http://localhost:")
                .append(analysis).append("/docs\n");
        text.append("  Engine (gRPC) localhost:").append(engine).append('\n');
        text.append("  Alerts (WS)   ws://localhost:").append(product).append("/ws/alerts/{match_id}\n");
        text.append("  Health        http://localhost:").append(product).append("/actuator/health  http://localhost:")
                .append(analysis).append("/healthz\n");
        text.append(DemoLogins.text());
        text.append("  Stop with Ctrl-C (or ./coach down when detached).\n");
        return text.toString();
    }
}
