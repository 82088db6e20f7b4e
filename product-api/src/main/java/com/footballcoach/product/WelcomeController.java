package com.footballcoach.product;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /}: who is answering, and where to read more. */
@RestController
@Tag(name = "Platform")
class WelcomeController {

    @Operation(summary = "Welcome (no authentication)")
    @GetMapping("/")
    Map<String, String> welcome() {
        return Map.of("message", "Welcome to the Football Coach API", "docs", "/docs", "openapi", "/v3/api-docs");
    }
}
