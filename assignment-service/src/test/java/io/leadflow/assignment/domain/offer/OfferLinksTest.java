package io.leadflow.assignment.domain.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OfferLinksTest {

    private static final String SECRET = "a-secret-of-at-least-32-bytes-for-hmac";
    private static final String BASE_URL = "https://leadflow.example.com";

    private final OfferLinks links = new OfferLinks(SECRET, BASE_URL);

    private static String tokenOf(String url) {
        return url.substring(url.indexOf("?token=") + "?token=".length());
    }

    @Test
    void shouldVerifyTheTokenOfItsOwnLink() {
        String token = tokenOf(links.urlFor("offer-1"));

        assertThat(links.verifies("offer-1", token)).isTrue();
        assertThat(new OfferLinks(SECRET, BASE_URL).verifies("offer-1", token)).isTrue();
    }

    @Test
    void shouldRefuseTheTokenOfAnotherOffer() {
        assertThat(links.verifies("offer-2", tokenOf(links.urlFor("offer-1")))).isFalse();
    }

    @Test
    void shouldRefuseATamperedToken() {
        String token = tokenOf(links.urlFor("offer-1"));
        String tampered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        assertThat(links.verifies("offer-1", tampered)).isFalse();
        assertThat(links.verifies("offer-1", token.substring(1))).isFalse();
        assertThat(links.verifies("offer-1", "")).isFalse();
    }

    @Test
    void shouldRefuseAMissingTokenOrOffer() {
        assertThat(links.verifies("offer-1", null)).isFalse();
        assertThat(links.verifies(null, tokenOf(links.urlFor("offer-1")))).isFalse();
    }

    @Test
    void shouldRefuseATokenSignedWithAnotherSecret() {
        OfferLinks elsewhere = new OfferLinks("another-secret-of-at-least-32-bytes!!", BASE_URL);

        assertThat(links.verifies("offer-1", tokenOf(elsewhere.urlFor("offer-1")))).isFalse();
    }

    @Test
    void shouldRefuseASecretShorterThan32Bytes() {
        assertThatThrownBy(() -> new OfferLinks("0123456789abcdef0123456789abcde", BASE_URL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the acknowledgement link secret must be at least 32 bytes long, not 31");
        assertThat(new OfferLinks("0123456789abcdef0123456789abcdef", BASE_URL).urlFor("offer-1")).isNotBlank();
    }

    @Test
    void shouldUrlEncodeTheOfferIdInTheLink() {
        String url = links.urlFor("offer/1 a+b");

        assertThat(url).startsWith(BASE_URL + "/offers/offer%2F1+a%2Bb/acknowledgement?token=");
        assertThat(links.verifies("offer/1 a+b", tokenOf(url))).isTrue();
    }

    @Test
    void shouldNotDoubleTheSlashAfterABaseUrlWithATrailingSlash() {
        OfferLinks slashed = new OfferLinks(SECRET, BASE_URL + "/");

        assertThat(slashed.urlFor("offer-1")).isEqualTo(links.urlFor("offer-1"))
                .startsWith("https://leadflow.example.com/offers/offer-1/acknowledgement?token=");
    }

    @Test
    void shouldMakeUrlSafeTokensWithoutPadding() {
        assertThat(tokenOf(links.urlFor("offer-1"))).matches("[A-Za-z0-9_-]{43}");
    }
}
