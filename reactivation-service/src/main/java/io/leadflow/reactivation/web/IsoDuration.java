package io.leadflow.reactivation.web;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import io.leadflow.reactivation.domain.scenario.DurationText;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A duration in the JSON contract: an ISO-8601 string and nothing else. Jackson would also take a number (as
 * seconds), so that {@code "waitPeriod": 20} meant twenty seconds to someone who thought in minutes; here it is
 * refused with the property's path. Written the way people write it: whole days as days ({@code P30D}, where
 * {@link Duration#toString()} says {@code PT720H}), anything else as Java does ({@code PT20M}, {@code PT36H}), so
 * a configuration reads back as it was written.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = IsoDuration.Writer.class)
@JsonDeserialize(using = IsoDuration.Reader.class)
@interface IsoDuration {

    final class Writer extends StdSerializer<Duration> {

        Writer() {
            super(Duration.class);
        }

        @Override
        public void serialize(Duration duration, JsonGenerator json, SerializationContext context) {
            json.writeString(DurationText.iso(duration));
        }

    }

    final class Reader extends StdDeserializer<Duration> {

        Reader() {
            super(Duration.class);
        }

        @Override
        public Duration deserialize(JsonParser json, DeserializationContext context) {
            if (json.currentToken() != JsonToken.VALUE_STRING) {
                return (Duration) context.handleUnexpectedToken(Duration.class, json);
            }
            String text = json.getString().trim();
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException notIso) {
                throw InvalidFormatException.from(json, "not an ISO-8601 duration", text, Duration.class);
            }
        }
    }
}
