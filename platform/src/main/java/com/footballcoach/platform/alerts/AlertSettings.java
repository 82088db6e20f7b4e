package com.footballcoach.platform.alerts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Alert suppression.
 *
 * @param suppressAfterDismiss  alerts of a decision type suppressed after a DISMISS of that type
 *                              for the match ({@code ALERT_SUPPRESS_AFTER_DISMISS}, default 2)
 * @param repeatCooldownSeconds match seconds within which a repeat of the same decision type is
 *                              suppressed ({@code ALERT_REPEAT_COOLDOWN_SECONDS}, default 60)
 * @param repeatSeverityRise    a repeat whose severity rose by more than this is shown anyway
 *                              ({@code ALERT_REPEAT_SEVERITY_RISE}, default 0.15)
 */
@ConfigurationProperties("coach.alerts")
public record AlertSettings(Integer suppressAfterDismiss, Double repeatCooldownSeconds, Double repeatSeverityRise) {

    public AlertSettings {
        suppressAfterDismiss = suppressAfterDismiss == null || suppressAfterDismiss < 0 ? 2 : suppressAfterDismiss;
        repeatCooldownSeconds = repeatCooldownSeconds == null || repeatCooldownSeconds < 0 ? 60.0 : repeatCooldownSeconds;
        repeatSeverityRise = repeatSeverityRise == null || repeatSeverityRise < 0 ? 0.15 : repeatSeverityRise;
    }
}
