package com.footballcoach.product.exports;

/** The file formats of the timeline export: extension and content type. */
enum TimelineFormat {
    XML("xml", "application/xml;charset=UTF-8"),
    CSV("csv", "text/csv;charset=UTF-8"),
    JSON("json", "application/json");

    private final String extension;
    private final String contentType;

    TimelineFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    String extension() {
        return extension;
    }

    String contentType() {
        return contentType;
    }
}
