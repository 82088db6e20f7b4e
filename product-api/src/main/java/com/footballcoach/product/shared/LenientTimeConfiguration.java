package com.footballcoach.product.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates as the existing app sends them: zone-less ISO date-times with up to 9 fractional digits
 * ({@code 2026-03-19T18:30:00.000}), date-times with an offset (converted to UTC), and a
 * {@code birth_date} given as a midnight date-time. Anything else is a 422 naming the field.
 */
@Configuration(proxyBeanMethods = false)
class LenientTimeConfiguration {

    @Bean
    JacksonModule lenientTimeModule() {
        SimpleModule module = new SimpleModule("lenient-time");
        module.addDeserializer(LocalDateTime.class, new LenientDateTime());
        module.addDeserializer(LocalDate.class, new LenientDate());
        return module;
    }

    static @Nullable LocalDateTime parseDateTime(String text) {
        String value = text.trim();
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException notLocal) {
            try {
                return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDate.parse(value).atStartOfDay();
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    private static final class LenientDateTime extends StdScalarDeserializer<LocalDateTime> {

        LenientDateTime() {
            super(LocalDateTime.class);
        }

        @Override
        public @Nullable LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDateTime) ctxt.handleUnexpectedToken(LocalDateTime.class, p);
            }
            String text = p.getString();
            LocalDateTime parsed = parseDateTime(text);
            return parsed != null ? parsed : (LocalDateTime) ctxt.handleWeirdStringValue(LocalDateTime.class, text,
                    "not an ISO-8601 date-time");
        }
    }

    private static final class LenientDate extends StdScalarDeserializer<LocalDate> {

        LenientDate() {
            super(LocalDate.class);
        }

        @Override
        public @Nullable LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getString();
            LocalDateTime parsed = parseDateTime(text);
            return parsed != null ? parsed.toLocalDate() : (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class,
                    text, "not an ISO-8601 date");
        }
    }
}
