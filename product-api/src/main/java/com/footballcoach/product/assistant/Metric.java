package com.footballcoach.product.assistant;

import java.util.List;
import java.util.Locale;

/**
 * One football metric the data holds: its SQL expression over one row of its grain, its unit and
 * how it is usually aggregated. Team-match expressions see the match {@code x} (with
 * {@code x.side_id}, the side measured, and {@code x.other_id}) and the side's and the other
 * side's {@code match_team_statistics} as {@code ss} and {@code os}; player-match expressions see
 * {@code ps} ({@code player_match_statistics}). The SQL is a constant of the catalogue, never built
 * from the question.
 *
 * @param code      the name the model and the {@code analytics} block use
 * @param grain     one row per team and match, or per player and match
 * @param sql       the value of one row
 * @param label     what it is called in an answer ("goals conceded")
 * @param singular  the unit of one ("goal", "km"), empty for a bare number
 * @param plural    the unit of several ("goals")
 * @param verb      the verb of a total ("conceded"), or empty when the total reads "total … was"
 * @param additive  whether the natural aggregate is the sum (goals), else the average (rating)
 * @param decimals  how many decimals a value is shown with
 */
record Metric(String code, Grain grain, String sql, String label, String singular, String plural, String verb,
        boolean additive, int decimals, String description) {

    /** What one row of a metric is. */
    enum Grain {
        TEAM_MATCH, PLAYER_MATCH;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The default operation: the sum for counts, the average for levels and rates. */
    MetricQuery.Operation naturalOperation() {
        return additive ? MetricQuery.Operation.TOTAL : MetricQuery.Operation.AVERAGE;
    }

    /** A value with its unit: "1 goal", "10.88 km", "54.3%". */
    String withUnit(double value) {
        String n = number(value, decimals);
        if (singular.isEmpty()) {
            return n;
        }
        if (singular.equals("%")) {
            return n + "%";
        }
        return n + " " + (n.equals("1") ? singular : plural);
    }

    /** A value with the metric's decimals, trailing zeros dropped: 2, 6.84, 54.3. */
    static String number(double value, int decimals) {
        java.math.BigDecimal rounded = java.math.BigDecimal.valueOf(value)
                .setScale(decimals, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        String text = rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    String format(double value) {
        return number(value, decimals);
    }

    /** The words of a list of metrics, for the model's tool description. */
    static String codes(List<Metric> metrics) {
        return String.join(", ", metrics.stream().map(Metric::code).toList());
    }
}
