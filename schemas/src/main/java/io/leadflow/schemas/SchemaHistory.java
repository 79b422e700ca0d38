package io.leadflow.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Every released version of a record's schema, kept as {@code schema-history/<Record>/v<N>.avsc} on the
 * classpath. Consumers register them all so they can decode any writer that ever existed; the
 * compatibility test checks each version against the ones before it.
 */
public final class SchemaHistory {

    private static final String ROOT = "schema-history/";

    private SchemaHistory() {
    }

    /** Released versions of the named record, oldest first (v1, v2, ... up to the first missing one). */
    public static List<Schema> releasedVersions(String recordName) {
        List<Schema> versions = new ArrayList<>();
        for (int version = 1; ; version++) {
            String resource = ROOT + recordName + "/v" + version + ".avsc";
            try (InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    return versions;
                }
                versions.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
    }

    public static String resourcePath(String recordName, int version) {
        return ROOT + recordName + "/v" + version + ".avsc";
    }
}
