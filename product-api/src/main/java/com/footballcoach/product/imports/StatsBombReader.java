package com.footballcoach.product.imports;

import com.footballcoach.platform.web.InvalidInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the two StatsBomb files with a streaming parser: the array is walked token by token and
 * only one element at a time becomes a tree, handed to {@link ProviderMatch} and dropped, so
 * memory does not grow with the file. A malformed or truncated file is a 422 naming the part, the
 * element and the line.
 */
@Component
class StatsBombReader {

    private final JsonMapper json;
    private final ObjectReader element;

    StatsBombReader(JsonMapper json) {
        this.json = json;
        // an element is followed by the next one: that is no trailing token here
        this.element = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    void readLineups(InputStream in, ProviderMatch match) {
        each(in, "lineups", (node, position, line) -> match.acceptSheet(node, position));
    }

    void readEvents(InputStream in, ProviderMatch match) {
        each(in, "events", match::acceptEvent);
    }

    private interface ElementSink {
        void accept(JsonNode element, int position, long line);
    }

    private void each(InputStream in, String part, ElementSink sink) {
        int position = 0;
        try (in; JsonParser parser = json.createParser(in)) {
            try {
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw new InvalidInput(part, part + " must be a JSON array (" + where(parser) + ").");
                }
                JsonToken token;
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (token == null) {
                        throw new InvalidInput(part, part + " is truncated: it ends after " + position
                                + " elements without its closing ']'.");
                    }
                    if (token != JsonToken.START_OBJECT) {
                        throw new InvalidInput(part, part + "[" + position + "] must be an object (" + where(parser)
                                + ").");
                    }
                    JsonNode node = element.readValue(parser);
                    sink.accept(node, position, parser.currentLocation().getLineNr());
                    position++;
                }
                if (parser.nextToken() != null) {
                    throw new InvalidInput(part, part + " has content after its closing ']' (" + where(parser) + ").");
                }
            } catch (JacksonException e) {
                // the parser says so itself, or the tree reader reports the parser's end of input in its words
                if (e instanceof UnexpectedEndOfInputException
                        || String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
                    throw new InvalidInput(part, part + " is truncated: it ends at element " + position + " ("
                            + where(parser) + ") before the array is closed.");
                }
                throw new InvalidInput(part, part + " is not valid JSON at element " + position + " ("
                        + where(parser) + "): " + brief(e) + ".");
            }
        } catch (JacksonException e) {
            throw new InvalidInput(part, part + " is not valid JSON: " + brief(e) + ".");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson's message without the parts that name internals (source, markers, features). */
    private static String brief(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        for (String cut : new String[] {"\n", " (start marker", " at [Source", ": not allowed as per"}) {
            int at = message.indexOf(cut);
            if (at > 0) {
                message = message.substring(0, at);
            }
        }
        return message;
    }

    private static String where(JsonParser parser) {
        TokenStreamLocation at = parser.currentLocation();
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
