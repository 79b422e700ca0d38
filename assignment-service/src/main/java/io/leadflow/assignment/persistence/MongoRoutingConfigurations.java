package io.leadflow.assignment.persistence;

import io.leadflow.assignment.domain.routing.ConfigurationVersion;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingConfigurations;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Routing configuration versions in MongoDB. Every decision needs the current version, so it is kept in
 * memory and re-read at most every {@link #REFRESH}: a change saved here applies at once, a change saved by
 * another instance within that time, without a restart.
 */
@Repository
class MongoRoutingConfigurations implements RoutingConfigurations {

    static final Duration REFRESH = Duration.ofSeconds(1);

    private static final TypeReference<Map<String, Object>> AS_MAP = new TypeReference<>() {
    };

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private volatile Cached cached;

    private record Cached(ConfigurationVersion version, long readAtNanos) {
    }

    MongoRoutingConfigurations(MongoTemplate mongo, JsonMapper json) {
        this.mongo = mongo;
        // The API refuses unknown properties; a version saved before a property was retired must still load.
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    @Override
    public ConfigurationVersion current() {
        Cached known = cached;
        if (known != null && System.nanoTime() - known.readAtNanos() < REFRESH.toNanos()) {
            return known.version();
        }
        return remember(latest().orElse(ConfigurationVersion.DEFAULT));
    }

    /** Caches {@code read} unless a newer version was cached meanwhile (a read racing a save must not undo it). */
    private synchronized ConfigurationVersion remember(ConfigurationVersion read) {
        if (cached == null || read.version() >= cached.version().version()) {
            cached = new Cached(read, System.nanoTime());
        }
        return cached.version();
    }

    @Override
    public Optional<ConfigurationVersion> version(long version) {
        return Optional.ofNullable(mongo.findById(version, ConfigurationDocument.class)).map(this::toVersion);
    }

    @Override
    public List<ConfigurationVersion> history() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, ConfigurationDocument.ID)),
                ConfigurationDocument.class).stream().map(this::toVersion).toList();
    }

    @Override
    public boolean save(ConfigurationVersion next) {
        try {
            mongo.insert(new ConfigurationDocument(next.version(), next.author(), next.changedAt(), next.comment(),
                    new Document(json.convertValue(next.configuration(), AS_MAP))));
        } catch (DuplicateKeyException savedElsewhereFirst) {
            return false;
        }
        remember(next);
        return true;
    }

    private Optional<ConfigurationVersion> latest() {
        return Optional.ofNullable(mongo.findOne(
                        new Query().with(Sort.by(Sort.Direction.DESC, ConfigurationDocument.ID)).limit(1),
                        ConfigurationDocument.class))
                .map(this::toVersion);
    }

    private ConfigurationVersion toVersion(ConfigurationDocument stored) {
        return new ConfigurationVersion(stored.version(), stored.author(), stored.changedAt(), stored.comment(),
                json.convertValue(stored.configuration(), RoutingConfiguration.class));
    }
}
