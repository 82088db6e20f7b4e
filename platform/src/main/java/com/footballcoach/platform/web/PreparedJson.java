package com.footballcoach.platform.web;

import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.TypeSerializer;

/**
 * A response body serialized once, by the app's own mapper, and written as it is by every request
 * that serves it: the body of a cached read costs a copy, not a serialization, per request.
 * Returned from a handler, {@link PreparedJsonConverter} writes its UTF-8 bytes with a
 * {@code Content-Length}; inside another value, Jackson writes it raw.
 */
public final class PreparedJson implements JacksonSerializable {

    private final SerializedString json;
    private final byte[] utf8;

    private PreparedJson(String json) {
        this.json = new SerializedString(json);
        this.utf8 = json.getBytes(StandardCharsets.UTF_8);
    }

    /** The value as the app would answer it (snake_case names, the app's date and number formats). */
    public static PreparedJson of(JsonMapper mapper, Object value) {
        return new PreparedJson(mapper.writeValueAsString(value));
    }

    /** The UTF-8 encoding of the JSON text; shared, never to be modified. */
    byte[] utf8() {
        return utf8;
    }

    @Override
    public void serialize(JsonGenerator generator, SerializationContext context) {
        generator.writeRawValue(json);
    }

    @Override
    public void serializeWithType(JsonGenerator generator, SerializationContext context, TypeSerializer types) {
        serialize(generator, context);
    }

    @Override
    public String toString() {
        return json.getValue();
    }
}
