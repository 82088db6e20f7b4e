package com.footballcoach.platform.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.JWSAlgorithm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RSA key material of tokens: one signing key, and every public key that is still accepted
 * (the current one and those kept by {@code scripts/rotate-jwt-keys.sh}). Key ids are RFC 7638
 * thumbprints, so they follow the keys themselves.
 */
public final class JwtKeys {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private final RSAKey signingKey;
    private final JWKSet publicKeys;

    private JwtKeys(RSAKey signingKey, JWKSet publicKeys) {
        this.signingKey = signingKey;
        this.publicKeys = publicKeys;
    }

    /** Loads the keys the settings point at, or explains exactly what is missing. */
    public static JwtKeys load(JwtSettings settings) {
        String privatePem = firstNonBlank(settings.privateKey(), read(settings.privateKeyPath()),
                read(Path.of(settings.keyDir(), "jwt_private.pem").toString()));
        String publicPem = firstNonBlank(settings.publicKey(), read(settings.publicKeyPath()),
                read(Path.of(settings.keyDir(), "jwt_public.pem").toString()));
        if (privatePem.isBlank()) {
            throw new IllegalStateException("No JWT signing key: set JWT_PRIVATE_KEY (PEM text) or "
                    + "JWT_PRIVATE_KEY_PATH, or put jwt_private.pem in " + settings.keyDir()
                    + "/ (./coach up generates a development key pair there).");
        }
        return fromPem(privatePem, publicPem);
    }

    /** Builds the key set from PEM text; the public text may list several keys (current first or not). */
    public static JwtKeys fromPem(String privatePem, String publicPem) {
        // PEM text given in one-line environment variables may carry literal "\n"
        privatePem = privatePem.replace("\\n", "\n");
        publicPem = publicPem.replace("\\n", "\n");
        try {
            RSAPrivateKey privateKey = parsePrivate(privatePem);
            RSAPublicKey derivedPublic = publicOf(privateKey);
            RSAKey signing = new RSAKey.Builder(derivedPublic).privateKey(privateKey)
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyIDFromThumbprint().build();
            List<com.nimbusds.jose.jwk.JWK> accepted = new ArrayList<>();
            accepted.add(signing.toPublicJWK());
            for (RSAPublicKey key : parsePublicKeys(publicPem)) {
                RSAKey jwk = new RSAKey.Builder(key).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                        .keyIDFromThumbprint().build();
                if (accepted.stream().noneMatch(k -> k.getKeyID().equals(jwk.getKeyID()))) {
                    accepted.add(jwk);
                }
            }
            return new JwtKeys(signing, new JWKSet(accepted));
        } catch (GeneralSecurityException | JOSEException | IllegalArgumentException e) {
            throw new IllegalStateException("The JWT key material is not a valid RSA PEM key: " + e.getMessage(), e);
        }
    }

    /** The private signing key, with its key id. */
    public RSAKey signingKey() {
        return signingKey;
    }

    /** Every accepted public key; what {@code /.well-known/jwks.json} publishes. */
    public JWKSet publicKeys() {
        return publicKeys;
    }

    /**
     * Writes a fresh 2048-bit development key pair ({@code jwt_private.pem}, mode 0600, and
     * {@code jwt_public.pem}) into the directory, unless a private key is already there.
     *
     * @return whether a new pair was written
     */
    public static boolean generateDevelopmentKeys(Path dir) {
        Path privateFile = dir.resolve("jwt_private.pem");
        if (Files.exists(privateFile)) {
            return false;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "jwt_private", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's own protection applies
            }
            Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.move(tmp, privateFile);
            Files.writeString(dir.resolve("jwt_public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write development JWT keys to " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PEM text of DER bytes, e.g. for tests that make their own key pairs. */
    public static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static RSAPrivateKey parsePrivate(String pem) throws GeneralSecurityException {
        Matcher m = PEM.matcher(pem);
        if (!m.find()) {
            throw new IllegalArgumentException("no PEM block in the private key");
        }
        if (!"PRIVATE KEY".equals(m.group(1))) {
            throw new IllegalArgumentException("expected a PKCS#8 'PRIVATE KEY' block, found '" + m.group(1)
                    + "' (convert it with: openssl pkcs8 -topk8 -nocrypt)");
        }
        byte[] der = Base64.getMimeDecoder().decode(m.group(2));
        return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    private static List<RSAPublicKey> parsePublicKeys(String pem) throws GeneralSecurityException {
        List<RSAPublicKey> keys = new ArrayList<>();
        Matcher m = PEM.matcher(pem);
        while (m.find()) {
            if ("PUBLIC KEY".equals(m.group(1))) {
                byte[] der = Base64.getMimeDecoder().decode(m.group(2));
                keys.add((RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)));
            }
        }
        return keys;
    }

    private static RSAPublicKey publicOf(RSAPrivateKey key) throws GeneralSecurityException {
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalArgumentException("the private key lacks its public exponent");
        }
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    }

    private static String read(String path) {
        if (path == null || path.isBlank() || !Files.isReadable(Path.of(path))) {
            return "";
        }
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read JWT key file " + path, e);
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
