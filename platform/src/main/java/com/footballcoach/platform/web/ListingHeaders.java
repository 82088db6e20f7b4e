package com.footballcoach.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The headers of a paged {@link Listing}: {@code X-Total-Count} (every row the list has) and an
 * RFC 8288 {@code Link} header with the {@code next} and {@code prev} pages, where they exist.
 * A whole list gets neither: it is complete by definition.
 */
@RestControllerAdvice
final class ListingHeaders implements ResponseBodyAdvice<Object> {

    static final String TOTAL_COUNT = "X-Total-Count";

    /** Every body: a handler may answer a prepared (cached) body or a listing from one method. */
    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof Listing<?> listing && listing.page().paged()) {
            long total = listing.total();
            HttpHeaders headers = response.getHeaders();
            headers.set(TOTAL_COUNT, Long.toString(total));
            List<String> links = links(request, listing.page(), total);
            if (!links.isEmpty()) {
                headers.set(HttpHeaders.LINK, String.join(", ", links));
            }
        }
        return body;
    }

    private static List<String> links(ServerHttpRequest request, PageRequest page, long total) {
        List<String> links = new ArrayList<>(2);
        int offset = page.skip();
        Integer limit = page.limit();
        if (limit != null && (long) offset + limit < total) {
            links.add(link(request, limit, offset + limit, "next"));
        }
        if (offset > 0) {
            int size = limit == null ? offset : limit;
            links.add(link(request, size, Math.max(0, offset - size), "prev"));
        }
        return links;
    }

    private static String link(ServerHttpRequest request, int limit, int offset, String rel) {
        String uri = UriComponentsBuilder.fromUri(request.getURI())
                .replaceQueryParam("limit", limit).replaceQueryParam("offset", offset).build(true).toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
