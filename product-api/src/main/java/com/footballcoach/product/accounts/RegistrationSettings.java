package com.footballcoach.product.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may sign up ({@code REGISTRATION_MODE}): {@code first-owner} lets only the first owner of an
 * empty installation register; {@code open} lets every new club sign up.
 */
@ConfigurationProperties("coach")
public record RegistrationSettings(String registrationMode) {

    public boolean open() {
        return "open".equalsIgnoreCase(registrationMode);
    }
}
