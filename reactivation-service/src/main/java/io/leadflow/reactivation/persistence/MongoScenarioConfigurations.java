package io.leadflow.reactivation.persistence;

import io.leadflow.reactivation.domain.scenario.ConfigurationVersion;
import io.leadflow.reactivation.domain.scenario.ScenarioConfigurations;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Scenario configuration versions in MongoDB ({@value ScenarioConfigurationDocument#COLLECTION}), one document
 * per version. Nothing is cached here: {@code ScenarioSetup} keeps the version in effect in memory.
 */
@Repository
class MongoScenarioConfigurations implements ScenarioConfigurations {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, ScenarioConfigurationDocument.ID);

    private final MongoTemplate mongo;

    MongoScenarioConfigurations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public ConfigurationVersion current() {
        return Optional.ofNullable(mongo.findOne(new Query().with(NEWEST_FIRST).limit(1),
                        ScenarioConfigurationDocument.class))
                .map(ScenarioConfigurationDocument::toVersion)
                .orElse(ConfigurationVersion.EMPTY);
    }

    /** Inserts, never replaces: when the version exists already, another change won and this one is refused. */
    @Override
    public boolean save(ConfigurationVersion version) {
        try {
            mongo.insert(ScenarioConfigurationDocument.of(version));
            return true;
        } catch (DuplicateKeyException savedElsewhereFirst) {
            return false;
        }
    }

    @Override
    public Optional<ConfigurationVersion> version(long version) {
        return Optional.ofNullable(mongo.findById(version, ScenarioConfigurationDocument.class))
                .map(ScenarioConfigurationDocument::toVersion);
    }

    @Override
    public List<ConfigurationVersion> history() {
        return mongo.find(new Query().with(NEWEST_FIRST), ScenarioConfigurationDocument.class).stream()
                .map(ScenarioConfigurationDocument::toVersion).toList();
    }
}
