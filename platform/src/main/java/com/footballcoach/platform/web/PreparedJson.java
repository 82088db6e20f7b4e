package com.footballcoach.platform.web;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.TypeSerializer;

/**
 * A response body serialized once, by the app's own mapper, and written as it is by every request
 * that serves it: the body of a cached read costs a copy, not a serialization, per request.
 */
public final class PreparedJson implements JacksonSerializable {

    private final SerializedString json;

    private PreparedJson(String json) {
        this.json = new SerializedString(json);
    }

    /** The value as the app would answer it (snake_case names, the app's date and number formats). */
    public static PreparedJson of(JsonMapper mapper, Object value) {
        return new PreparedJson(mapper.writeValueAsString(value));
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
