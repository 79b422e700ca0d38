package io.leadflow.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * Access tokens for tests: JWTs signed with one RSA key pair per test JVM, whose public key
 * {@link LeadflowTestInfrastructure} gives every service under test. Each method returns an
 * {@code Authorization} header value.
 */
public final class TestTokens {

    public static final String ISSUER = "leadflow-test";
    /** The user the tests call as by default: a configured administrator of the services that check permissions. */
    public static final String ADMINISTRATOR = "ops@example.com";

    private static final KeyPair KEYS = rsaKeyPair();
    private static final KeyPair FOREIGN_KEYS = rsaKeyPair();
    private static Path publicKeyFile;

    private TestTokens() {
    }

    /** A valid token for the user, whose display name is the id. */
    public static String bearer(String userId) {
        return bearer(userId, null);
    }

    /** A valid token for the user with a {@code name} claim (none when null). */
    public static String bearer(String userId, String name) {
        Instant now = Instant.now();
        return "Bearer " + sign(KEYS, userId, name, now, now.plus(Duration.ofHours(1)));
    }

    /** A token signed with the right key that expired an hour ago. */
    public static String expired(String userId) {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        return "Bearer " + sign(KEYS, userId, null, issued, issued.plus(Duration.ofHours(1)));
    }

    /** A token that is valid in every way except that a key the services do not know signed it. */
    public static String signedByForeignKey(String userId) {
        Instant now = Instant.now();
        return "Bearer " + sign(FOREIGN_KEYS, userId, null, now, now.plus(Duration.ofHours(1)));
    }

    /** A PEM file with the public key the tokens are checked with, written once per JVM. */
    public static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("leadflow-test-jwt-", ".pem");
                file.toFile().deleteOnExit();
                publicKeyFile = Files.writeString(file, publicKeyPem(), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the test JWT public key", e);
            }
        }
        return publicKeyFile;
    }

    private static String publicKeyPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(KEYS.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    private static String sign(KeyPair keys, String userId, String name, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(userId).issuer(ISSUER)
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(expiresAt));
        if (name != null) {
            claims.claim("name", name);
        }
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        try {
            token.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
        return token.serialize();
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM cannot make RSA keys", e);
        }
    }
}
