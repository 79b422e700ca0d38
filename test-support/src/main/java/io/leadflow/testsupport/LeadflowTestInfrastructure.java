package io.leadflow.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points a Spring Boot test context at the JVM's embedded KRaft broker and at an in-memory
 * mongo-java-server started once per JVM, and has it accept the access tokens of {@link TestTokens}, whose
 * {@link TestTokens#ADMINISTRATOR} has every permission. Use with
 * {@code @ContextConfiguration(initializers = LeadflowTestInfrastructure.class)}.
 */
public class LeadflowTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static MongoServer mongo;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "spring.kafka.bootstrap-servers=" + kafkaBootstrapServers(),
                "spring.mongodb.uri=" + mongoUri(),
                "spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + TestTokens.publicKeyFile(),
                // The caller the tests' API clients use by default administers everything (services checking
                // permissions read it; the others ignore it).
                "leadflow.access.administrators=" + TestTokens.ADMINISTRATOR);
    }

    /** The shared broker's address; fails clearly when the global embedded broker is not enabled. */
    public static String kafkaBootstrapServers() {
        String brokers = System.getProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
        if (brokers == null) {
            throw new IllegalStateException("No embedded Kafka broker: test-support's junit-platform.properties "
                    + "must be on the test classpath (spring.kafka.global.embedded.enabled=true)");
        }
        return brokers;
    }

    /** URI of the shared in-memory MongoDB-compatible server, started on first use. */
    public static synchronized String mongoUri() {
        if (mongo == null) {
            mongo = new MongoServer(new MemoryBackend());
            mongo.bind("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::shutdownNow));
        }
        return uri(mongo.getLocalAddress());
    }

    private static String uri(InetSocketAddress address) {
        return "mongodb://127.0.0.1:" + address.getPort() + "/";
    }
}
