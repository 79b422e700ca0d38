package io.leadflow.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key assignment-service signs acknowledgement links with, kept in the data directory: generated on the first
 * start and read on every later one, so a link in a mail sent before a restart still works after it (a blank secret
 * would make the service sign with a random key per process).
 */
final class AcknowledgementLinkSecret {

    static final String FILE = "acknowledgement-link.secret";
    private static final int BYTES = 32;

    private AcknowledgementLinkSecret() {
    }

    /**
     * The secret stored in {@code dataDir}, created when missing: 32 random bytes, base64, in a file only its owner
     * may read where the file system has POSIX permissions.
     */
    static String of(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                create(file);
            }
            String secret = Files.readString(file).strip();
            if (secret.length() < BYTES) {
                throw new IllegalStateException(file + " holds no usable acknowledgement link secret (32 characters or"
                        + " more): delete it to have a new one made (links already sent then stop working)");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the acknowledgement link secret " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[BYTES];
        new SecureRandom().nextBytes(random);
        // The file has its permissions before it has the secret: others can never read it, not even briefly.
        Files.writeString(ownerOnly(file), Base64.getEncoder().encodeToString(random));
    }

    private static Path ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            return Files.createFile(file, ownerOnly);
        }
        return Files.createFile(file);
    }
}
