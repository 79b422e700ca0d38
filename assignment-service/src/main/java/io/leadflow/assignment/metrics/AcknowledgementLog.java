package io.leadflow.assignment.metrics;

import io.leadflow.assignment.domain.offer.AcknowledgementOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts every acknowledgement by what it achieved, in {@value #METRIC} ({@code outcome}: ACKNOWLEDGED,
 * ALREADY_ACKNOWLEDGED, LATE, NOT_THE_CANDIDATE, NO_SUCH_OFFER; {@code source}: EVENT or LINK), and logs those that
 * changed nothing, so an operator sees reps acknowledging leads that are no longer theirs.
 */
@Component
public class AcknowledgementLog {

    static final String METRIC = "leadflow.offers.acknowledgements";
    private static final Logger LOG = LoggerFactory.getLogger(AcknowledgementLog.class);

    /** Where an acknowledgement came from. */
    public enum Source {
        /** {@code lead.acknowledged}, from the CRM or the rep's app. */
        EVENT,
        /** The signed link of the offer's notification. */
        LINK
    }

    private final MeterRegistry meters;

    AcknowledgementLog(MeterRegistry meters) {
        this.meters = meters;
    }

    public void record(List<AcknowledgementOutcome> outcomes, Source source) {
        outcomes.forEach(outcome -> record(outcome, source));
    }

    public void record(AcknowledgementOutcome outcome, Source source) {
        String name;
        if (outcome instanceof AcknowledgementOutcome.Acknowledged) {
            name = "ACKNOWLEDGED";
        } else if (outcome instanceof AcknowledgementOutcome.AlreadyAcknowledged) {
            name = "ALREADY_ACKNOWLEDGED";
        } else if (outcome instanceof AcknowledgementOutcome.Late late) {
            name = "LATE";
            LOG.info("Late acknowledgement of offer {} of lead {} by {}: {}", late.offer().offerId(),
                    late.assignment().leadId(), late.offer().candidate().describe(), late.offer().detail());
        } else if (outcome instanceof AcknowledgementOutcome.NotTheCandidate other) {
            name = "NOT_THE_CANDIDATE";
            LOG.warn("Offer {} of lead {} was acknowledged by someone other than its candidate {}; ignored",
                    other.offer().offerId(), other.assignment().leadId(), other.offer().candidate().describe());
        } else {
            AcknowledgementOutcome.NoSuchOffer unknown = (AcknowledgementOutcome.NoSuchOffer) outcome;
            name = "NO_SUCH_OFFER";
            LOG.info("Acknowledgement of {} matches no offer; ignored", unknown.offerId() != null
                    ? "offer " + unknown.offerId() : "lead " + unknown.leadId() + " (no open offer to that user)");
        }
        Counter.builder(METRIC)
                .description("Acknowledgements of offers, by what they achieved and where they came from")
                .tag("outcome", name)
                .tag("source", source.name())
                .register(meters)
                .increment();
    }
}
