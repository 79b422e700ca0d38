package io.leadflow.response.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * The indexes the service declares (created at startup, {@code auto-index-creation}). The hot path selects by
 * {@code _id} only; the one other query, listing a lead's campaign members most recent first, needs an index of
 * its own on a real MongoDB (the embedded store ignores non-unique indexes and scans, which only the REST API pays).
 */
class IndexesTest {

    final IndexResolver resolver = IndexResolver.create(mappingContext());

    @Test
    void shouldServeTheListingOfALeadsCampaignMembersMostRecentFirstFromAnIndex() {
        assertThat(keysOf(CampaignMemberDocument.class))
                .containsExactly(new Document("leadId", 1).append("respondedAt", -1));
    }

    @Test
    void shouldReadLeadFunnelsByIdOnly() {
        assertThat(keysOf(LeadFunnelDocument.class)).isEmpty();
    }

    private static MongoMappingContext mappingContext() {
        MongoMappingContext context = new MongoMappingContext();
        // As the application's: Instant and the other types MongoDB stores as values are no entities.
        context.setSimpleTypeHolder(new MongoCustomConversions(List.of()).getSimpleTypeHolder());
        return context;
    }

    private List<Document> keysOf(Class<?> document) {
        return StreamSupport.stream(resolver.resolveIndexFor(document).spliterator(), false)
                .map(IndexDefinition::getIndexKeys)
                .toList();
    }
}
