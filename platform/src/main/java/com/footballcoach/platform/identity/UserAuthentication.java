package com.footballcoach.platform.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An authenticated request: the verified token and the user it names, as the database knows them. */
public final class UserAuthentication extends AbstractAuthenticationToken {

    private final CurrentUser user;
    private final Jwt token;

    UserAuthentication(CurrentUser user, Jwt token) {
        super(authorities(user));
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(CurrentUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
        user.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.code())));
        return authorities;
    }

    @Override
    public CurrentUser getPrincipal() {
        return user;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return user.email();
    }
}
