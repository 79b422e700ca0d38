package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.offer.OfferMetrics;
import io.leadflow.assignment.domain.offer.Offers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Offers for operators: one offer and its assignment, and the acknowledgement and ignored rates of a window. */
@RestController
@Tag(name = "Offers", description = "Leads offered under acknowledgement SLAs, and how fast they are acknowledged")
class OfferController {

    private static final Duration DEFAULT_WINDOW = Duration.ofDays(1);

    private final Offers offers;
    private final OfferMetrics metrics;
    private final Clock clock;

    OfferController(Offers offers, OfferMetrics metrics, Clock clock) {
        this.offers = offers;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** An offer with the assignment (round) it belongs to. */
    record OfferDetails(OfferView offer, AssignmentView assignment) {
    }

    @GetMapping("/offers/{offerId}")
    @Operation(summary = "One offer, with the assignment it belongs to (every offer of that round is in it)")
    OfferDetails offer(@PathVariable String offerId) {
        Assignment assignment = offers.offerOf(offerId)
                .orElseThrow(() -> ApiException.notFound("Offer not found", "No offer " + offerId));
        return new OfferDetails(OfferView.of(assignment.offer(offerId).orElseThrow()), AssignmentView.of(assignment));
    }

    /** Figures of a group of offers; durations in milliseconds. */
    record FiguresView(String key, long made, long acknowledged, long ignored, long taken, long withdrawn, long open,
            Double acknowledgementRate, Double ignoredRate, Long medianTimeToAcknowledgeMillis,
            Long p90TimeToAcknowledgeMillis) {

        static FiguresView of(OfferMetrics.Figures figures) {
            return new FiguresView(figures.key(), figures.made(), figures.acknowledged(), figures.ignored(),
                    figures.taken(), figures.withdrawn(), figures.open(), figures.acknowledgementRate(),
                    figures.ignoredRate(), millis(figures.medianTimeToAcknowledge()),
                    millis(figures.p90TimeToAcknowledge()));
        }

        private static Long millis(Duration duration) {
            return duration == null ? null : duration.toMillis();
        }
    }

    record MetricsView(String from, String to, FiguresView overall, OfferMetrics.Grouping groupedBy,
            List<FiguresView> groups, boolean truncated) {
    }

    @GetMapping("/offers/metrics")
    @Operation(summary = "Acknowledgement and ignored rates of the offers made in a window",
            description = "Counts the offers made in [from, to) (default: the last 24 hours) by how they ended: "
                    + "acknowledged in time, ignored (expired), taken by another candidate of a Blast, withdrawn, "
                    + "still open; acknowledgementRate = acknowledged / made, ignoredRate = ignored / made; median "
                    + "and p90 time to acknowledge. Overall, and per USER, DISTRIBUTION_RULE or CANDIDATE_QUERY "
                    + "with groupBy. truncated: the window held more than " + OfferMetrics.MAX_ASSIGNMENTS
                    + " offered assignments and only those were counted; ask for a shorter window.")
    MetricsView metrics(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) OfferMetrics.Grouping groupBy) {
        Instant end = to == null ? clock.instant() : instant(to, "to");
        Instant start = from == null ? end.minus(DEFAULT_WINDOW) : instant(from, "from");
        if (!start.isBefore(end)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Empty window", "from (" + start + ") must be before to ("
                    + end + ")");
        }
        OfferMetrics.Report report = metrics.report(start, end, groupBy);
        return new MetricsView(start.toString(), end.toString(), FiguresView.of(report.overall()), groupBy,
                report.groups().stream().map(FiguresView::of).toList(), report.truncated());
    }

    private static Instant instant(String text, String parameter) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid " + parameter, parameter + " must be an "
                    + "ISO-8601 instant such as 2026-11-30T09:00:00Z, not " + text);
        }
    }
}
