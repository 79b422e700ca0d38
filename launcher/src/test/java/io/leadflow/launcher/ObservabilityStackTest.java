package io.leadflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The metrics stack of {@code docker-compose.yml}, checked without Docker: Prometheus scrapes every service that
 * serves metrics, Grafana reads that Prometheus, and every metric the {@code leadflow} dashboard queries is one the
 * services are tested to publish (or a standard Spring Kafka, Kafka client or Prometheus one). Renaming a metric
 * breaks its service's test, and then this one until the dashboard follows.
 */
class ObservabilityStackTest {

    private static final String METRICS_PATH = "/actuator/prometheus";

    /** Compose services that expose a port but are not scraped, and why. */
    private static final Map<String, String> NOT_SCRAPED = Map.of(
            "kafka", "the broker has no Prometheus endpoint; the services report consumer lag",
            "mongo", "MongoDB has no Prometheus endpoint",
            "prometheus", "scrapes itself on localhost:9090",
            "grafana", "reads Prometheus, serves no leadflow metrics");

    /** Scrape targets of services another change adds to the compose file. */
    private static final Set<String> TARGETS_OF_SERVICES_TO_COME = Set.of("dashboard-service:8085");

    /** The tests that assert metrics on a service's /actuator/prometheus. */
    private static final String RESPONSE_METRICS_IT = testOf("response-service", "response/MetricsIT.java");
    private static final String ASSIGNMENT_METRICS_IT = testOf("assignment-service", "assignment/MetricsIT.java");
    private static final String OFFER_METRICS_IT = testOf("assignment-service", "assignment/OfferMetricsIT.java");
    private static final String REACTIVATION_FLOW_IT = testOf("reactivation-service",
            "reactivation/ReactivationFlowIT.java");
    private static final String NOTIFICATION_METRICS_IT = testOf("notification-service", "notification/MetricsIT.java");

    /** leadflow's own metrics, each with the test that asserts it on a service's /actuator/prometheus. */
    private static final Map<String, String> LEADFLOW_METRICS = new TreeMap<>(Map.ofEntries(
            Map.entry("leadflow_events_handled_total", RESPONSE_METRICS_IT),
            Map.entry("leadflow_events_dead_lettered_total", RESPONSE_METRICS_IT),
            Map.entry("leadflow_activations_total", RESPONSE_METRICS_IT),
            Map.entry("leadflow_assignments_total", ASSIGNMENT_METRICS_IT),
            Map.entry("leadflow_time_to_assign_seconds_bucket", ASSIGNMENT_METRICS_IT),
            Map.entry("leadflow_routing_skips_total", ASSIGNMENT_METRICS_IT),
            Map.entry("leadflow_hopper_size", ASSIGNMENT_METRICS_IT),
            Map.entry("leadflow_engine_waits_open", ASSIGNMENT_METRICS_IT),
            Map.entry("leadflow_offers_made_total", OFFER_METRICS_IT),
            Map.entry("leadflow_offers_ended_total", OFFER_METRICS_IT),
            Map.entry("leadflow_offers_acknowledged_total", OFFER_METRICS_IT),
            Map.entry("leadflow_offers_acknowledgements_total", OFFER_METRICS_IT),
            Map.entry("leadflow_offers_time_to_acknowledge_seconds_bucket", OFFER_METRICS_IT),
            Map.entry("leadflow_reactivation_runs_total", REACTIVATION_FLOW_IT),
            Map.entry("leadflow_reactivation_open_waits", REACTIVATION_FLOW_IT),
            Map.entry("leadflow_notifications_total", NOTIFICATION_METRICS_IT)));

    /** Metrics leadflow does not name: Spring Kafka's timers, Kafka's client metrics, Prometheus's own. */
    private static final Set<String> STANDARD_METRICS = Set.of(
            "spring_kafka_listener_seconds_count", "spring_kafka_listener_seconds_sum",
            "spring_kafka_listener_seconds_max", "spring_kafka_template_seconds_count",
            "spring_kafka_template_seconds_sum", "kafka_consumer_fetch_manager_records_lag_max", "up");

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^\\]]*]");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?\\w+}?");
    private static final Pattern IDENTIFIER = Pattern.compile(
            "(?<![a-zA-Z0-9_:.])[a-zA-Z_:][a-zA-Z0-9_:]*(?!\\s*\\(|[a-zA-Z0-9_:])");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "and", "or", "unless", "offset", "atan2");

    private final Path root = repositoryRoot();
    private final Map<String, Object> compose = yaml("docker-compose.yml");
    private final Map<String, Object> prometheus = yaml("ops/prometheus/prometheus.yml");

    @Test
    void shouldScrapeEveryServiceOfTheComposeFileThatExposesAPort() {
        Set<String> targets = scrapedTargets();
        Set<String> unscraped = new TreeSet<>();
        services().forEach((name, service) -> {
            List<String> containerPorts = containerPorts(map(service));
            if (!containerPorts.isEmpty() && !NOT_SCRAPED.containsKey(name)
                    && containerPorts.stream().noneMatch(port -> targets.contains(name + ":" + port))) {
                unscraped.add(name + " (ports " + containerPorts + ")");
            }
        });

        assertThat(unscraped).as("services exposing a port that Prometheus does not scrape on %s", METRICS_PATH)
                .isEmpty();
        assertThat(targets.stream().filter(target -> !services().containsKey(target.split(":")[0])
                && !TARGETS_OF_SERVICES_TO_COME.contains(target)).toList())
                .as("scrape targets that name no service of the compose file").isEmpty();
        assertThat(targets).containsAll(TARGETS_OF_SERVICES_TO_COME);
    }

    @Test
    void shouldMountTheConfigurationOfThisRepositoryIntoPrometheusAndGrafana() {
        assertThat(strings(service("prometheus").get("volumes")))
                .contains("./ops/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
        assertThat(strings(service("grafana").get("volumes")))
                .contains("./ops/grafana/provisioning:/etc/grafana/provisioning:ro",
                        "./ops/grafana/dashboards:/etc/grafana/dashboards:ro");
        assertThat(containerPorts(service("grafana"))).containsExactly("3000");

        Map<String, Object> datasource = onlyItem(yaml("ops/grafana/provisioning/datasources/prometheus.yml"),
                "datasources");
        assertThat(datasource).containsEntry("type", "prometheus").containsEntry("uid", "prometheus")
                .containsEntry("url", "http://prometheus:" + containerPorts(service("prometheus")).get(0));
        Map<String, Object> provider = onlyItem(yaml("ops/grafana/provisioning/dashboards/leadflow.yml"), "providers");
        assertThat(map(provider.get("options"))).containsEntry("path", "/etc/grafana/dashboards");
    }

    @Test
    void shouldQueryOnlyMetricsTheServicesAreTestedToPublishOnEveryPanelOfTheDashboard() throws IOException {
        JsonNode dashboard = JsonMapper.builder().build()
                .readTree(Files.readString(root.resolve("ops/grafana/dashboards/leadflow.json")));
        Set<String> queried = new TreeSet<>();
        List<String> withoutQuery = new ArrayList<>();
        List<String> otherDatasource = new ArrayList<>();
        for (JsonNode panel : panels(dashboard)) {
            String title = panel.get("title").asString();
            if (panel.path("targets").isEmpty()) {
                withoutQuery.add(title);
            }
            for (JsonNode target : panel.path("targets")) {
                queried.addAll(metricNames(target.get("expr").asString()));
                if (!"prometheus".equals(target.path("datasource").path("uid").asString())) {
                    otherDatasource.add(title);
                }
            }
        }

        assertThat(dashboard.get("title").asString()).isEqualTo("leadflow");
        assertThat(withoutQuery).as("panels without a query").isEmpty();
        assertThat(otherDatasource).as("panels not reading the provisioned Prometheus").isEmpty();
        assertThat(queried.stream().filter(name -> !LEADFLOW_METRICS.containsKey(name)
                && !STANDARD_METRICS.contains(name)).toList())
                .as("metrics the dashboard queries that no service is tested to publish").isEmpty();
        assertThat(queried).as("every leadflow metric has a panel").containsAll(LEADFLOW_METRICS.keySet());
    }

    @Test
    void shouldNameOnlyMetricsTheirServicesTestsAssert() throws IOException {
        for (Map.Entry<String, String> metric : LEADFLOW_METRICS.entrySet()) {
            assertThat(Files.readString(root.resolve(metric.getValue()))).as("%s in %s", metric.getKey(),
                    metric.getValue()).contains("\"" + metric.getKey());
        }
    }

    @Test
    void shouldFindTheMetricNamesOfAQuery() {
        assertThat(metricNames("histogram_quantile(0.99, sum by (le) (rate(leadflow_time_to_assign_seconds_bucket"
                + "[$__rate_interval])))")).containsExactly("leadflow_time_to_assign_seconds_bucket");
        assertThat(metricNames("sum(increase(leadflow_offers_ended_total{reason=\"NOT_ACKNOWLEDGED\"}[1h])) / "
                + "sum by (kind) (increase(leadflow_offers_made_total[1h])) * 60"))
                .containsExactly("leadflow_offers_ended_total", "leadflow_offers_made_total");
        assertThat(metricNames("max by (job, topic) (kafka_consumer_fetch_manager_records_lag_max) or up"))
                .containsExactly("kafka_consumer_fetch_manager_records_lag_max", "up");
    }

    /** A test class's source file, from the repository root. */
    private static String testOf(String module, String path) {
        return module + "/src/test/java/io/leadflow/" + path;
    }

    /** The metric names in a PromQL expression: identifiers that are neither functions, labels nor keywords. */
    static Set<String> metricNames(String expression) {
        String bare = expression;
        for (Pattern noise : List.of(STRING, LABEL_MATCHERS, RANGE, GROUPING, VARIABLE)) {
            bare = noise.matcher(bare).replaceAll(" ");
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            if (!KEYWORDS.contains(identifier.group())) {
                names.add(identifier.group());
            }
        }
        return names;
    }

    private Set<String> scrapedTargets() {
        Set<String> targets = new TreeSet<>();
        for (Object job : (List<?>) prometheus.get("scrape_configs")) {
            Map<String, Object> scrape = map(job);
            if (METRICS_PATH.equals(scrape.get("metrics_path"))) {
                for (Object config : (List<?>) scrape.get("static_configs")) {
                    targets.addAll(strings(map(config).get("targets")));
                }
            }
        }
        return targets;
    }

    private Map<String, Object> services() {
        return map(compose.get("services"));
    }

    private Map<String, Object> service(String name) {
        assertThat(services()).containsKey(name);
        return map(services().get(name));
    }

    /** The container side of each published port ("8081:8081", "127.0.0.1:3000:3000/tcp" or "9090"). */
    private static List<String> containerPorts(Map<String, Object> service) {
        return strings(service.get("ports")).stream().map(port -> port.substring(port.lastIndexOf(':') + 1)
                .replaceFirst("/.*", "")).toList();
    }

    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if ("row".equals(panel.path("type").asString())) {
                panel.path("panels").forEach(panels::add);
            } else {
                panels.add(panel);
            }
        }
        return panels;
    }

    private static Map<String, Object> onlyItem(Map<String, Object> file, String key) {
        List<?> items = (List<?>) file.get(key);
        assertThat(items).hasSize(1);
        return map(items.get(0));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        assertThat(yaml).isInstanceOf(Map.class);
        return (Map<String, Object>) yaml;
    }

    private static List<String> strings(Object yaml) {
        if (yaml == null) {
            return List.of();
        }
        return ((List<?>) yaml).stream().map(String::valueOf).toList();
    }

    private Map<String, Object> yaml(String file) {
        try (Reader reader = Files.newBufferedReader(root.resolve(file))) {
            return map(new Yaml().load(reader));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** Tests run in the module's directory; the repository root is where docker-compose.yml is. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("docker-compose.yml")) && Files.exists(dir.resolve("ops"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
    }
}
