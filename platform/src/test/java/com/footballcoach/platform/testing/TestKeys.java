package com.footballcoach.platform.testing;

import com.footballcoach.platform.identity.JwtKeys;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

/** RSA key pairs made once per test JVM: the signing key of the apps under test, and others. */
public final class TestKeys {

    /** The key the apps under test sign with. */
    public static final KeyPair CURRENT = generate();
    /** A key that was current before a rotation: still listed in the public key set. */
    public static final KeyPair PREVIOUS = generate();
    /** A key nobody trusts. */
    public static final KeyPair STRANGER = generate();

    private TestKeys() {
    }

    public static String privatePem(KeyPair pair) {
        return JwtKeys.pem("PRIVATE KEY", pair.getPrivate().getEncoded());
    }

    public static String publicPem(KeyPair pair) {
        return JwtKeys.pem("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
