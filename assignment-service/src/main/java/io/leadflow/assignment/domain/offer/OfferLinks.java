package io.leadflow.assignment.domain.offer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed acknowledgement link of an offer: its token is an HMAC-SHA256 of the offer id under a secret only
 * assignment-service knows, so the link cannot be guessed from the (derived, guessable) offer id, and any instance
 * sharing the secret can check it without storing tokens.
 */
public final class OfferLinks {

    private static final String ALGORITHM = "HmacSHA256";
    /** Below this the token could be brute-forced; 32 bytes is the HMAC's own key size. */
    public static final int MIN_SECRET_BYTES = 32;

    private final SecretKeySpec key;
    private final String baseUrl;

    /**
     * @param secret at least {@value #MIN_SECRET_BYTES} bytes; every instance must share it, and links signed with
     *     another secret stop working
     * @param baseUrl where users reach assignment-service, e.g. {@code https://leadflow.example.com}
     */
    public OfferLinks(String secret, String baseUrl) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the acknowledgement link secret must be at least " + MIN_SECRET_BYTES
                    + " bytes long, not " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The link the candidate of offer {@code offerId} acknowledges it with. */
    public String urlFor(String offerId) {
        return baseUrl + "/offers/" + URLEncoder.encode(offerId, StandardCharsets.UTF_8) + "/acknowledgement?token="
                + token(offerId);
    }

    /** Whether {@code token} is the one of offer {@code offerId}, compared in constant time. */
    public boolean verifies(String offerId, String token) {
        if (offerId == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(token(offerId).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    String token(String offerId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(offerId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, impossible);
        }
    }
}
