package io.leadflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessKeysTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void shouldSignATokenTheServicesPublicKeyVerifiesWithSubjectNameIssuerAndTwelveHours() throws Exception {
        AccessKeys keys = AccessKeys.inDataDir(dataDir, Clock.fixed(NOW, ZoneOffset.UTC));

        SignedJWT token = SignedJWT.parse(keys.token("ops@example.com", "Olga Ops"));

        assertThat(token.verify(new RSASSAVerifier(publicKey(dataDir.resolve("jwt/public.pem"))))).isTrue();
        assertThat(token.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("ops@example.com");
        assertThat(token.getJWTClaimsSet().getStringClaim("name")).isEqualTo("Olga Ops");
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo("leadflow-embedded");
        assertThat(token.getJWTClaimsSet().getExpirationTime()).isEqualTo(Date.from(NOW.plusSeconds(12 * 3600)));
        assertThat(keys.serviceArguments()).containsExactly(
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:"
                        + dataDir.resolve("jwt/public.pem").toAbsolutePath());
    }

    @Test
    void shouldMakeTheKeysOnceAndKeepThePrivateKeyToItsOwner() throws Exception {
        AccessKeys.inDataDir(dataDir, Clock.systemUTC());
        String publicKey = Files.readString(dataDir.resolve("jwt/public.pem"));

        AccessKeys again = AccessKeys.inDataDir(dataDir, Clock.systemUTC());

        assertThat(Files.readString(dataDir.resolve("jwt/public.pem"))).isEqualTo(publicKey);
        assertThat(SignedJWT.parse(again.token("ops@example.com", null)).verify(
                new RSASSAVerifier(publicKey(dataDir.resolve("jwt/public.pem"))))).isTrue();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("jwt/private.pem"))))
                    .isEqualTo("rw-------");
        }
    }

    private static RSAPublicKey publicKey(Path pem) throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(Files.readString(pem)
                .replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", ""));
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }
}
