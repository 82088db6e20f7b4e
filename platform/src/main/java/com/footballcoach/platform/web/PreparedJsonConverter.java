package com.footballcoach.platform.web;

import java.io.IOException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes a {@link PreparedJson} returned by a handler: its bytes as they are, with a
 * {@code Content-Length} (no chunked encoding, no JSON generator per request). Write only.
 */
final class PreparedJsonConverter extends AbstractHttpMessageConverter<PreparedJson> {

    PreparedJsonConverter() {
        super(MediaType.APPLICATION_JSON);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return type == PreparedJson.class;
    }

    @Override
    public boolean canRead(Class<?> type, MediaType mediaType) {
        return false;
    }

    @Override
    protected PreparedJson readInternal(Class<? extends PreparedJson> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("A prepared JSON body is never read", input);
    }

    @Override
    protected Long getContentLength(PreparedJson body, MediaType contentType) {
        return (long) body.utf8().length;
    }

    @Override
    protected void writeInternal(PreparedJson body, HttpOutputMessage output) throws IOException {
        output.getBody().write(body.utf8());
    }
}
