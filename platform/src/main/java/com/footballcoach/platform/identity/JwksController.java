package com.footballcoach.platform.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the accepted public keys, so other services can verify our tokens. */
@RestController
@Tag(name = "Auth")
class JwksController {

    private final Map<String, Object> jwks;

    JwksController(JwtKeys keys) {
        this.jwks = keys.publicKeys().toJSONObject(true);
    }

    @Operation(summary = "The JSON Web Key Set of every accepted token-signing key (current and previous)")
    @GetMapping("/.well-known/jwks.json")
    Map<String, Object> jwks() {
        return jwks;
    }
}
