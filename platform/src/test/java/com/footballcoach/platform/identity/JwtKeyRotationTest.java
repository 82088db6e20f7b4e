package com.footballcoach.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtKeyRotationTest {

    @Test
    void rotationScriptKeepsThePreviousPublicKeySoOldTokensStayValid(@TempDir Path dir) throws Exception {
        assumeThat(Path.of("/usr/bin/openssl")).as("openssl installed").exists();
        Path script = Path.of("..", "scripts", "rotate-jwt-keys.sh").toAbsolutePath().normalize();

        run(script, dir);
        JwtKeys before = JwtKeys.load(settings(dir));
        run(script, dir);
        JwtKeys after = JwtKeys.load(settings(dir));

        assertThat(after.signingKey().getKeyID()).isNotEqualTo(before.signingKey().getKeyID());
        assertThat(after.publicKeys().getKeyByKeyId(before.signingKey().getKeyID())).isNotNull();
        assertThat(after.publicKeys().getKeys()).hasSize(2);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("jwt_private.pem"))))
                .isEqualTo("rw-------");
    }

    @Test
    void generatesADevelopmentPairReadableByItsOwnerOnlyAndNeverOverwritesIt(@TempDir Path dir) throws Exception {
        assertThat(JwtKeys.generateDevelopmentKeys(dir)).isTrue();
        String first = Files.readString(dir.resolve("jwt_private.pem"));

        assertThat(JwtKeys.generateDevelopmentKeys(dir)).isFalse();

        assertThat(Files.readString(dir.resolve("jwt_private.pem"))).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("jwt_private.pem"))))
                .isEqualTo("rw-------");
        assertThat(JwtKeys.load(settings(dir)).publicKeys().getKeys()).hasSize(1);
    }

    @Test
    void stopsStartUpWithAClearMessageWhenNoSigningKeyExists(@TempDir Path dir) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JwtKeys.load(settings(dir.resolve("none"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JWT_PRIVATE_KEY");
    }

    private static JwtSettings settings(Path dir) {
        return new JwtSettings("football-coach", 30, "", "", "", "", dir.toString());
    }

    private static void run(Path script, Path dir) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("JWT_KEY_DIR", dir.toString(), "RUN", UUID.randomUUID().toString()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }
}
