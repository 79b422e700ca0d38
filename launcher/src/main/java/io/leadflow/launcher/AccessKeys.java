package io.leadflow.launcher;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * The embedded default's stand-in for an identity provider: an RSA key pair made once in the data directory. The
 * services check access tokens with its public key ({@link #serviceArguments()}); {@code --token} and the demo sign
 * tokens with its private key, readable by its owner only where the file system allows.
 */
public final class AccessKeys {

    public static final String ISSUER = "leadflow-embedded";
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    static final String DIRECTORY = "jwt";

    private final Path publicKeyFile;
    private final PrivateKey privateKey;
    private final Clock clock;

    private AccessKeys(Path publicKeyFile, PrivateKey privateKey, Clock clock) {
        this.publicKeyFile = publicKeyFile;
        this.privateKey = privateKey;
        this.clock = clock;
    }

    /** The keys in {@code dataDir/jwt}, made there first if there are none. */
    public static synchronized AccessKeys inDataDir(Path dataDir, Clock clock) {
        Path directory = dataDir.resolve(DIRECTORY);
        Path privateFile = directory.resolve("private.pem");
        Path publicFile = directory.resolve("public.pem");
        try {
            if (!Files.exists(privateFile)) {
                make(directory, privateFile, publicFile);
            }
            byte[] encoded = Base64.getMimeDecoder().decode(Files.readString(privateFile, StandardCharsets.US_ASCII)
                    .replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", ""));
            return new AccessKeys(publicFile.toAbsolutePath(),
                    KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded)), clock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the access token keys in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The access token key " + privateFile + " is not a PKCS#8 RSA key; delete "
                    + directory + " to make new keys", e);
        }
    }

    /** The service arguments that have a service check access tokens with these keys. */
    public List<String> serviceArguments() {
        return List.of("--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKeyFile);
    }

    /** A signed JWT (RS256) for the user, valid for {@link #TOKEN_LIFETIME}. */
    public String token(String userId, String name) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(userId).claim("name", name == null ? userId : name)
                .issuer(ISSUER).issueTime(Date.from(now)).expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
                .build();
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            token.sign(new RSASSASigner(privateKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
        return token.serialize();
    }

    /** The {@code Authorization} header value that calls as the user. */
    public String bearer(String userId) {
        return "Bearer " + token(userId, null);
    }

    private static void make(Path directory, Path privateFile, Path publicFile)
            throws IOException, GeneralSecurityException {
        Files.createDirectories(directory);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Path temporary = Files.createTempFile(directory, "private", ".tmp");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(temporary, pem("PRIVATE KEY", keys.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(publicFile, pem("PUBLIC KEY", keys.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        // The private key appears whole or not at all: a crash half-way makes new keys on the next start.
        Files.move(temporary, privateFile);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
