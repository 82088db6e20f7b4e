package com.footballcoach.product.accounts;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.identity.TokenService;
import com.footballcoach.platform.identity.UserView;
import com.footballcoach.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in ({@code POST /api/token}), sign-up ({@code POST /api/register}) and the signed-in user. */
@RestController
@Tag(name = "Auth")
class AuthController {

    private final AuthService auth;

    AuthController(AuthService auth) {
        this.auth = auth;
    }

    @Operation(summary = "OAuth2 password login: form fields username (the e-mail) and password")
    @PostMapping(path = "/api/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    TokenService.IssuedToken token(@RequestParam String username, @RequestParam String password,
            HttpServletRequest request) {
        return auth.login(username, password, request.getRemoteAddr());
    }

    @Operation(summary = "Create the first owner account (or a new club when registration is open)")
    @PostMapping("/api/register")
    ResponseEntity<TokenService.IssuedToken> register(@Valid @RequestBody Registration body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(auth.register(body.email(), body.password(),
                body.fullName()));
    }

    @Operation(summary = "The signed-in user")
    @GetMapping("/api/users/me")
    UserView me(@AuthenticationPrincipal CurrentUser user) {
        return auth.me(user);
    }

    @ExceptionHandler(AuthService.TooManyAttempts.class)
    ResponseEntity<ProblemDetail> throttled(AuthService.TooManyAttempts e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e.getMessage(), request));
    }

    @ExceptionHandler(AuthService.BadLogin.class)
    ResponseEntity<ProblemDetail> badLogin(AuthService.BadLogin e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized", e.getMessage(), request));
    }

    /** A sign-up. */
    record Registration(
            @NotBlank @Email @Size(max = 255) String email,
            @NotBlank @Size(min = 10, max = 128, message = "must be at least 10 characters") String password,
            @Nullable @Size(max = 255) String fullName) {
    }
}
