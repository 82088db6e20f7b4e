package com.footballcoach.product.exports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Test helpers: fetch bytes over HTTP, validate the timeline XML against its schema, read it back, parse CSV. */
final class TimelineFiles {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private TimelineFiles() {
    }

    /** An answer with its raw bytes. */
    record Download(int status, byte[] body, HttpResponse<byte[]> response) {

        String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Download get(int port, String path, String token, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Validates against exports/sportscode-timeline.xsd; throws with the line and reason when it does not. */
    static void validate(byte[] xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try (var xsd = new ClassPathResource("exports/sportscode-timeline.xsd").getInputStream()) {
            factory.newSchema(new StreamSource(xsd)).newValidator()
                    .validate(new StreamSource(new ByteArrayInputStream(xml)));
        }
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** How many instances of each source (the "Source" label) the XML holds, timed and untimed together. */
    static Map<String, Integer> sources(Document xml) {
        Map<String, Integer> counts = new HashMap<>();
        NodeList instances = xml.getElementsByTagName("instance");
        for (int i = 0; i < instances.getLength(); i++) {
            NodeList labels = ((Element) instances.item(i)).getElementsByTagName("label");
            for (int j = 0; j < labels.getLength(); j++) {
                Element label = (Element) labels.item(j);
                if (text(label, "group").equals("Source")) {
                    counts.merge(text(label, "text"), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    static List<CSVRecord> csv(String text) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }
}
