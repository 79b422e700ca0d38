package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.offer.AcknowledgementOutcome;
import io.leadflow.assignment.domain.offer.Offer;
import io.leadflow.assignment.domain.offer.OfferLinks;
import io.leadflow.assignment.domain.offer.OfferState;
import io.leadflow.assignment.domain.offer.Offers;
import io.leadflow.assignment.metrics.AcknowledgementLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed acknowledgement link of an offer, as the candidate uses it from their notification: GET shows the
 * offer (a page, so link scanners that follow it acknowledge nothing), POST acknowledges it, the same decision
 * as a {@code lead.acknowledged} event. Answers 404 for a link whose token does not verify (nothing is said
 * about the offer), 410 once the offer ended: "this lead has expired and is no longer available to you".
 * Pages by default, JSON when the caller accepts only JSON.
 */
@RestController
@Tag(name = "Acknowledgement links", description = "Signed links with which a candidate acknowledges an offer")
class AcknowledgementLinkController {

    private final Offers offers;
    private final OfferLinks links;
    private final AcknowledgementLog log;

    AcknowledgementLinkController(Offers offers, OfferLinks links, AcknowledgementLog log) {
        this.offers = offers;
        this.links = links;
        this.log = log;
    }

    /** What the link's JSON answer says: the outcome and the offer as it stands. */
    record AcknowledgementView(String outcome, String message, OfferView offer) {
    }

    @GetMapping("/offers/{offerId}/acknowledgement")
    @Operation(summary = "Show an offer to its candidate (signed link)",
            description = "200 with the offer while it is open (or acknowledged by the candidate), 410 once it "
                    + "ended, 404 when the token does not verify.")
    ResponseEntity<?> show(@PathVariable String offerId, @RequestParam(required = false) String token,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Optional<Assignment> found = verified(offerId, token);
        if (found.isEmpty()) {
            return invalid(accept);
        }
        Offer offer = found.get().offer(offerId).orElseThrow();
        if (offer.isOpen()) {
            return answer(accept, HttpStatus.OK, "OPEN", "The lead is offered to you until " + offer.deadline(),
                    offer, AcknowledgementPage.open(found.get(), offer, links.urlFor(offerId)));
        }
        return ended(accept, found.get(), offer);
    }

    @PostMapping("/offers/{offerId}/acknowledgement")
    @Operation(summary = "Acknowledge an offer (signed link)",
            description = "The candidate acknowledges the offer now: 200 when it is theirs (also when they had "
                    + "acknowledged it before), 410 when it had ended (expired, taken by another candidate, "
                    + "withdrawn); the late acknowledgement is recorded and changes nothing. 404 when the token "
                    + "does not verify.")
    ResponseEntity<?> acknowledge(@PathVariable String offerId, @RequestParam(required = false) String token,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        if (verified(offerId, token).isEmpty()) {
            return invalid(accept);
        }
        AcknowledgementOutcome outcome = offers.acknowledgeByLink(offerId);
        log.record(outcome, AcknowledgementLog.Source.LINK);
        if (outcome instanceof AcknowledgementOutcome.Acknowledged acknowledged) {
            return ended(accept, acknowledged.assignment(), acknowledged.offer());
        }
        if (outcome instanceof AcknowledgementOutcome.AlreadyAcknowledged again) {
            return ended(accept, again.assignment(), again.offer());
        }
        if (outcome instanceof AcknowledgementOutcome.Late late) {
            return ended(accept, late.assignment(), late.offer());
        }
        return invalid(accept);
    }

    private Optional<Assignment> verified(String offerId, String token) {
        return links.verifies(offerId, token) ? offers.offerOf(offerId) : Optional.empty();
    }

    private static ResponseEntity<?> ended(String accept, Assignment assignment, Offer offer) {
        if (offer.state() == OfferState.ACKNOWLEDGED) {
            return answer(accept, HttpStatus.OK, "ACKNOWLEDGED", "The lead is yours", offer,
                    AcknowledgementPage.acknowledged(assignment, offer));
        }
        return answer(accept, HttpStatus.GONE, offer.state().name(),
                "This lead has expired and is no longer available to you: " + offer.detail(), offer,
                AcknowledgementPage.gone(offer));
    }

    private static ResponseEntity<?> invalid(String accept) {
        return answer(accept, HttpStatus.NOT_FOUND, "INVALID_LINK", "This acknowledgement link is not valid", null,
                AcknowledgementPage.invalid());
    }

    private static ResponseEntity<?> answer(String accept, HttpStatus status, String outcome, String message,
            Offer offer, String page) {
        if (wantsJson(accept)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(new AcknowledgementView(outcome, message, offer == null ? null : OfferView.of(offer)));
        }
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(page);
    }

    /** JSON only for a caller that accepts JSON and not HTML: a browser (and a bare curl) gets the page. */
    private static boolean wantsJson(String accept) {
        if (accept == null) {
            return false;
        }
        return MediaType.parseMediaTypes(accept).stream()
                .anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType())
                && MediaType.parseMediaTypes(accept).stream().noneMatch(MediaType.TEXT_HTML::equalsTypeAndSubtype);
    }
}
