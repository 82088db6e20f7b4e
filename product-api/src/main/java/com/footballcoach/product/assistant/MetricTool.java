package com.footballcoach.product.assistant;

import com.footballcoach.product.assistant.MetricQuery.Operation;
import com.footballcoach.product.assistant.MetricQuery.Subject;
import com.footballcoach.product.assistant.MetricQuery.Venue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The metric catalogue as a tool a remote model can call (OpenAI function calling): its JSON
 * schema, the checks of the model's arguments (names are only resolved against the caller's
 * roster, so the model cannot reach another club's data), the run, the result the model words its
 * answer from, and the numbers that answer may contain.
 */
final class MetricTool {

    static final String NAME = "query_metric";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

    private final Roster roster;
    private final Function<MetricQuery, MetricResult> runner;
    private final LocalDate today;

    MetricTool(Roster roster, Function<MetricQuery, MetricResult> runner, LocalDate today) {
        this.roster = roster;
        this.runner = runner;
        this.today = today;
    }

    /** The tool definition of the chat-completions request. */
    ObjectNode definition(JsonMapper json) {
        ObjectNode tool = json.createObjectNode();
        tool.put("type", "function");
        ObjectNode function = tool.putObject("function");
        function.put("name", NAME);
        StringBuilder description = new StringBuilder("Runs one query over the club's completed matches and returns "
                + "the numbers. Metrics (code: meaning, grain):");
        MetricCatalogue.all().forEach(m -> description.append(' ').append(m.code()).append(": ").append(m.description())
                .append(" (").append(m.grain().code()).append(");"));
        function.put("description", description.toString());
        ObjectNode parameters = function.putObject("parameters");
        parameters.put("type", "object");
        ObjectNode properties = parameters.putObject("properties");
        enumeration(properties.putObject("metric"), "the metric code",
                MetricCatalogue.all().stream().map(Metric::code).toList());
        enumeration(properties.putObject("subject"), "team/opponent for team_match metrics, player/all_players for "
                + "player_match metrics", List.of("team", "opponent", "player", "all_players"));
        enumeration(properties.putObject("operation"), "what to compute over the window",
                List.of("total", "average", "maximum", "minimum", "ranking", "trend", "comparison"));
        ObjectNode players = properties.putObject("players");
        players.put("type", "array");
        players.put("description", "player names, for subject player");
        players.putObject("items").put("type", "string");
        ObjectNode opponents = properties.putObject("opponents");
        opponents.put("type", "array");
        opponents.put("description", "only matches against these teams");
        opponents.putObject("items").put("type", "string");
        properties.putObject("last_matches").put("type", "integer").put("description", "only the latest N matches");
        properties.putObject("from").put("type", "string").put("description", "first day, YYYY-MM-DD");
        properties.putObject("to").put("type", "string").put("description", "day after the last, YYYY-MM-DD");
        enumeration(properties.putObject("venue"), "home or away matches only", List.of("any", "home", "away"));
        enumeration(properties.putObject("order"), "desc: most first (default); asc: fewest first",
                List.of("desc", "asc"));
        enumeration(properties.putObject("category"), "alert category, for metric alerts",
                MetricCatalogue.ALERT_CATEGORIES);
        enumeration(properties.putObject("position"), "only players of this position", List.of("GK", "DEF", "MID", "FWD"));
        ArrayNode required = parameters.putArray("required");
        required.add("metric");
        required.add("subject");
        required.add("operation");
        return tool;
    }

    private static void enumeration(ObjectNode node, String description, List<String> values) {
        node.put("type", "string");
        node.put("description", description);
        ArrayNode e = node.putArray("enum");
        values.forEach(e::add);
    }

    /** The model's arguments as a query; an argument that names nothing the caller may see is an error. */
    MetricQuery query(JsonNode args) {
        Metric metric = MetricCatalogue.find(text(args, "metric"))
                .orElseThrow(() -> new IllegalArgumentException("unknown metric " + text(args, "metric")));
        Subject subject = enumValue(Subject.class, text(args, "subject"), Subject.TEAM);
        Operation operation = enumValue(Operation.class, text(args, "operation"), metric.naturalOperation());
        List<String> playerIds = new ArrayList<>();
        for (String name : texts(args, "players")) {
            Roster.Player player = roster.players().stream()
                    .filter(p -> Fuzzy.tokens(p.name()).equals(Fuzzy.tokens(name))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no player " + name + " in the caller's squads"));
            playerIds.add(player.id());
        }
        List<Roster.Team> opponents = new ArrayList<>();
        for (String name : texts(args, "opponents")) {
            opponents.add(roster.opponents().stream().filter(t -> Fuzzy.tokens(t.name()).equals(Fuzzy.tokens(name)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no opponent " + name + " in the caller's matches")));
        }
        Integer last = args.has("last_matches") && args.get("last_matches").isNumber()
                ? args.get("last_matches").asInt() : null;
        String category = text(args, "category");
        if (category != null && !MetricCatalogue.ALERT_CATEGORIES.contains(category)) {
            throw new IllegalArgumentException("unknown alert category " + category);
        }
        String position = text(args, "position");
        if (position != null && !List.of("GK", "DEF", "MID", "FWD").contains(position)) {
            throw new IllegalArgumentException("unknown position " + position);
        }
        LocalDate from = date(text(args, "from"));
        LocalDate to = date(text(args, "to"));
        String label = from == null && to == null ? "" : "between " + (from == null ? "the start" : from) + " and "
                + (to == null ? today : to.minusDays(1));
        MetricQuery query = new MetricQuery(metric, subject, playerIds,
                new MetricQuery.Window(last, from, to, opponents, enumValue(Venue.class, text(args, "venue"), Venue.ANY),
                        label),
                operation, "asc".equals(text(args, "order")), category, position);
        String problem = query.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return query;
    }

    MetricResult run(MetricQuery query) {
        return runner.apply(query);
    }

    /** What the model words its answer from: the query in words and the numbers, at the metric's precision. */
    ObjectNode result(MetricResult result, JsonMapper json) {
        MetricQuery q = result.query();
        Metric m = q.metric();
        ObjectNode node = json.createObjectNode();
        node.put("metric", m.code());
        node.put("label", m.label());
        node.put("unit", m.plural());
        node.put("window", MetricAnswers.phrase(q.window()));
        node.put("operation", q.operation().code());
        node.put("answer_in_words", MetricAnswers.answer(result));
        ArrayNode subjects = node.putArray("subjects");
        for (MetricResult.Subject s : result.subjects()) {
            ObjectNode o = subjects.addObject();
            o.put("name", s.name());
            o.put("place", s.place());
            o.put("matches", s.matches());
            o.put("value", m.format(s.value(q.operation(), m)));
            o.put("total", m.format(s.total()));
            o.put("average", m.format(s.average()));
            o.put("maximum", m.format(s.maximum()));
            o.put("minimum", m.format(s.minimum()));
            ArrayNode rows = o.putArray("rows");
            s.rows().forEach(r -> rows.addObject().put("date", r.date().toString()).put("opponent", r.opponent())
                    .put("home", r.home()).put("score", r.score()).put("value", m.format(r.value())));
        }
        return node;
    }

    /** The numbers in a text ("1", "10.88", "2026", "1-2" gives 1 and 2). */
    static List<String> numbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            found.add(normal(matcher.group()));
        }
        return found;
    }

    /** Whether every number of an answer is one of the given texts' (the results, the question, the local answer). */
    static boolean grounded(String answer, List<String> sources) {
        Set<String> allowed = new LinkedHashSet<>();
        sources.forEach(s -> allowed.addAll(numbers(s)));
        for (String n : numbers(answer)) {
            if (!allowed.contains(n)) {
                return false;
            }
        }
        return true;
    }

    private static String normal(String number) {
        String n = number.replace(',', '.');
        if (n.contains(".")) {
            n = n.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return n.startsWith("-") ? n.substring(1) : n;
    }

    private static @Nullable String text(JsonNode args, String field) {
        JsonNode node = args.get(field);
        return node != null && node.isString() && !node.asString().isBlank() ? node.asString().trim() : null;
    }

    private static List<String> texts(JsonNode args, String field) {
        JsonNode node = args.get(field);
        List<String> values = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(v -> {
                if (v.isString()) {
                    values.add(v.asString());
                }
            });
        }
        return values;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, @Nullable String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " " + value);
        }
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad date " + value);
        }
    }
}
