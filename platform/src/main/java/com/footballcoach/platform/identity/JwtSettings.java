package com.footballcoach.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token settings. Keys come from PEM text ({@code JWT_PRIVATE_KEY}, {@code JWT_PUBLIC_KEY}), else
 * from PEM files ({@code JWT_PRIVATE_KEY_PATH}, {@code JWT_PUBLIC_KEY_PATH}), else from
 * {@code certs/jwt_private.pem} and {@code certs/jwt_public.pem}. The public source may hold
 * several PEM blocks: the current key and the previous ones, all accepted.
 */
@ConfigurationProperties("coach.jwt")
public record JwtSettings(
        String issuer,
        int expiresMinutes,
        String privateKey,
        String publicKey,
        String privateKeyPath,
        String publicKeyPath,
        String keyDir) {

    public JwtSettings {
        issuer = issuer == null || issuer.isBlank() ? "football-coach" : issuer;
        expiresMinutes = expiresMinutes <= 0 ? 30 : expiresMinutes;
        privateKey = privateKey == null ? "" : privateKey;
        publicKey = publicKey == null ? "" : publicKey;
        privateKeyPath = privateKeyPath == null ? "" : privateKeyPath;
        publicKeyPath = publicKeyPath == null ? "" : publicKeyPath;
        keyDir = keyDir == null || keyDir.isBlank() ? "certs" : keyDir;
    }
}
