package io.leadflow.access.spring;

import io.leadflow.access.AccessPolicy;
import io.leadflow.access.Directory;
import io.leadflow.platform.kafka.IncomingBatch;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The company directory and the permission rules of a service that checks permissions: including the module is
 * enough. The directory is projected into the service's own database from {@code user.changed} and
 * {@code user.group.changed}, consumed in the service's consumer group.
 */
@AutoConfiguration
@EnableConfigurationProperties(AccessProperties.class)
public class AccessAutoConfiguration {

    @Bean
    Directory directory(MongoTemplate mongo) {
        return new MongoDirectory(mongo);
    }

    @Bean
    DirectoryListener directoryListener(Directory directory, IncomingBatch incoming) {
        return new DirectoryListener(directory, incoming);
    }

    @Bean
    AccessPolicy accessPolicy(Directory directory, AccessProperties properties) {
        return new AccessPolicy(directory, properties.edition(), properties.administrators());
    }
}
