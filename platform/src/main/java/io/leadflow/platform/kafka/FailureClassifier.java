package io.leadflow.platform.kafka;

import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.support.serializer.DeserializationException;
import io.leadflow.platform.events.InvalidEventException;

/** Tells failures worth waiting out (a store or broker away) from ones that retrying cannot fix. */
final class FailureClassifier {

    private FailureClassifier() {
    }

    /** MongoDB or Kafka unavailable or slow: retry without limit, the record must not be skipped. */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof MongoSocketException
                    || cause instanceof MongoTimeoutException
                    || (cause instanceof MongoException mongo && mongo.hasErrorLabel("TransientTransactionError"))
                    || cause instanceof RetriableException
                    || cause instanceof PublishFailedException) {
                return true;
            }
        }
        return false;
    }

    /** The sentence an operator reads in the dead-letter record's {@code leadflow-dlt-reason} header. */
    static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidEventException || cause instanceof SerializationException) {
                return described(cause);
            }
            if (cause instanceof DeserializationException && cause.getCause() != null) {
                return described(cause.getCause());
            }
        }
        Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The failure's message; its type when it has none (a dead letter always says something). */
    private static String described(Throwable failure) {
        return failure.getMessage() != null ? failure.getMessage()
                : failure.getClass().getSimpleName() + " (no message)";
    }
}
