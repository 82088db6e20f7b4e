package com.footballcoach.product.accounts;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.identity.TokenService;
import com.footballcoach.platform.identity.UserAccount;
import com.footballcoach.platform.identity.UserRepository;
import com.footballcoach.platform.identity.UserView;
import com.footballcoach.platform.web.Conflict;
import com.footballcoach.platform.web.DomainException;
import com.footballcoach.platform.web.Forbidden;
import com.footballcoach.platform.web.NotFound;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in and sign-up. */
@Service
@EnableConfigurationProperties(RegistrationSettings.class)
public class AuthService {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final TokenService tokens;
    private final LoginThrottle throttle;
    private final RegistrationSettings registration;
    private final Clock clock;
    /** A real hash that no password matches, checked for unknown accounts so both paths cost one bcrypt. */
    private final String decoyHash;

    AuthService(UserRepository users, PasswordEncoder passwords, TokenService tokens, LoginThrottle throttle,
            RegistrationSettings registration, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.throttle = throttle;
        this.registration = registration;
        this.clock = clock;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /**
     * Checks an e-mail and password. A wrong password and an unknown e-mail fail the same way and
     * cost the same time; repeated failures are throttled.
     */
    @Transactional
    public TokenService.IssuedToken login(String email, String password, String address) {
        String account = normalise(email);
        Optional<Duration> wait = throttle.retryAfter(account, address);
        if (wait.isPresent()) {
            throw new TooManyAttempts(wait.get());
        }
        Optional<UserAccount> found = users.findByEmail(account);
        boolean matches = passwords.matches(password, found.map(UserAccount::passwordHash).orElse(decoyHash));
        if (found.isEmpty() || !matches) {
            throttle.recordFailure(account, address);
            throw new BadLogin();
        }
        UserAccount user = found.get();
        if (!user.active()) {
            throw new Forbidden("This account is disabled.");
        }
        throttle.recordSuccess(account);
        users.recordLogin(user.id(), LocalDateTime.now(clock));
        return tokens.issue(user.toCurrentUser());
    }

    /**
     * Creates an owner account: the first one of an empty installation, or any new club when
     * registration is open.
     */
    @Transactional
    public TokenService.IssuedToken register(String email, String password, @Nullable String fullName) {
        String account = normalise(email);
        String id = UUID.randomUUID().toString();
        String hash = passwords.encode(password);
        String name = fullName == null || fullName.isBlank() ? null : fullName.strip();
        try {
            int inserted = registration.open() ? users.insert(id, account, hash, name, "owner")
                    : users.insertFirstOwner(id, account, hash, name);
            if (inserted == 0) {
                throw new Forbidden("Registration is closed: ask your club's account manager for an account.");
            }
        } catch (DuplicateKeyException e) {
            throw new Conflict("An account with this e-mail already exists.");
        }
        return tokens.issue(users.findById(id).orElseThrow().toCurrentUser());
    }

    @Transactional(readOnly = true)
    public UserView me(CurrentUser user) {
        return users.findById(user.id()).map(UserView::of).orElseThrow(() -> new NotFound("User"));
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Wrong e-mail or password: one answer for both, so accounts cannot be enumerated. */
    static final class BadLogin extends DomainException {
        BadLogin() {
            // "incorrect password" is the phrase the current app looks for to show this under the password field
            super(HttpStatus.UNAUTHORIZED, "Incorrect password, or no account with this e-mail.");
        }
    }

    /** Too many failed logins for this account or address. */
    static final class TooManyAttempts extends DomainException {
        private final Duration retryAfter;

        TooManyAttempts(Duration retryAfter) {
            super(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-in attempts; try again later.");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
