package io.leadflow.reactivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.access.Directory;
import io.leadflow.events.Permission;
import io.leadflow.events.PermissionScope;
import io.leadflow.events.UserChanged;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.LeadflowTestInfrastructure;
import io.leadflow.testsupport.TestPublisher;
import io.leadflow.testsupport.TopicProbe;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Managing the scenarios over REST, as an operator would: versions with their authors, every kind of validation
 * error with its JSON path, conflicts, and the API's description. Each test puts the empty configuration back.
 */
class ScenarioConfigurationApiIT extends ReactivationServiceIT {

    @Autowired
    Directory directory;

    /** One scenario of each trigger; the README shows the same configuration. */
    static final String EXAMPLE = """
            {
              "campaigns": [
                {"id": "701-score-default", "name": "Score Reactivation"},
                {"id": "701-status-default", "name": "Status Reactivation"},
                {"id": "701-contact-us", "name": "Contact Us (prompt)"},
                {"id": "701-sales-request", "name": "Sales Request"}
              ],
              "scenarios": [
                {
                  "name": "Late score",
                  "trigger": "SCORE",
                  "score": {"threshold": 50},
                  "leadCriteria": {
                    "match": "ALL",
                    "conditions": [{"field": "country", "operator": "IN", "values": ["US", "CA"]}],
                    "groups": [{"match": "ANY", "conditions": [
                        {"field": "companySize", "operator": "AT_LEAST", "values": ["100"]},
                        {"field": "tags", "operator": "IN", "values": ["strategic"]}], "groups": []}]
                  },
                  "waitPeriod": "PT20M",
                  "lookBack": "P30D",
                  "eligibility": {
                    "match": "ANY",
                    "notReactivatedBefore": true,
                    "responseStatuses": ["Resolved - No Action Required"],
                    "within": "P14D"
                  },
                  "activateNonResponses": true,
                  "defaultCampaignId": "701-score-default",
                  "sync": {"fields": {"Reactivation_Scenario__c": "{scenario}", "Reactivated_At__c": "{decidedAt}"}}
                },
                {
                  "name": "Back to working",
                  "trigger": "ACTIVE_STATUS",
                  "status": {"inactive": ["Nurture", "Recycled"], "active": ["Working"]},
                  "waitPeriod": "PT5M",
                  "lookBack": "P90D",
                  "defaultCampaignId": "701-status-default",
                  "triggerNotification": false
                },
                {
                  "name": "Contact us",
                  "trigger": "RESPONSE_PROMPT",
                  "responsePrompt": {"campaignIds": ["701-contact-us"]},
                  "lookBack": "P7D",
                  "eligibility": {"match": "ALL", "responseStatuses": ["Resolved - No Action Required", "Closed"]}
                },
                {
                  "name": "Sales asked",
                  "trigger": "INVOCABLE",
                  "enabled": true,
                  "lookBack": "P60D",
                  "defaultCampaignId": "701-sales-request",
                  "triggerAssignment": false
                }
              ]
            }
            """;

    @AfterEach
    void restoreTheEmptyConfiguration() {
        ApiClient.Response restored = save(ApiClient.JSON.readTree("{}"), "tests@example.com", "clean up", null);
        assertThat(restored.status()).as(restored.json().toString()).isEqualTo(HttpStatus.OK);
    }

    /**
     * The authors of the tests' changes may edit the scenarios: the company directory gives them the enterprise
     * permission for the entire company, as an identity provider would publish it.
     */
    @BeforeEach
    void grantTheAuthorsThePermission() {
        grant(PermissionScope.ENTIRE_COMPANY, "tests@example.com", "first@example.com", "second@example.com",
                "late@example.com");
    }

    @Test
    void shouldRefuseAChangeByAUserWithoutThePermissionOrWithAGroupScope() {
        grant(PermissionScope.USERS_GROUP, "west-manager@example.com");

        ApiClient.Response byAgent = save(example(), "agent@example.com", null, null);
        ApiClient.Response byGroupManager = save(example(), "west-manager@example.com", null, null);

        assertThat(byAgent.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byAgent.json().get("detail").asString()).isEqualTo("user agent@example.com is not in leadflow's"
                + " directory (user.changed), so they have no permissions; the reactivation scenarios needs the"
                + " permission MANAGE_LEAD_DISTRIBUTION");
        assertThat(byGroupManager.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byGroupManager.json().get("detail").asString()).contains("needs the scope ENTIRE_COMPANY");
    }

    private void grant(PermissionScope scope, String... userIds) {
        try (TestPublisher directoryEvents = new TestPublisher(LeadflowTestInfrastructure.kafkaBootstrapServers())) {
            for (String userId : userIds) {
                directoryEvents.publish(Topics.USER_CHANGED, UserChanged.newBuilder()
                        .setEventId(UUID.randomUUID().toString()).setOccurredAt(clock.instant()).setUserId(userId)
                        .setPermissions(List.of(Permission.MANAGE_LEAD_DISTRIBUTION)).setScope(scope).build());
            }
        }
        await().atMost(TopicProbe.PATIENCE).until(() -> Stream.of(userIds).allMatch(userId ->
                directory.user(userId).filter(user -> user.scope().name().equals(scope.name())).isPresent()));
    }

    @Test
    void shouldKeepEveryVersionWithItsAuthorAndCommentAndServeTheNewestAsCurrent() {
        long before = currentVersion();
        ObjectNode disabled = example();
        scenario(disabled, 1).put("enabled", false);

        ApiClient.Response first = save(example(), "first@example.com", "one scenario of each trigger", before);
        ApiClient.Response second = save(disabled, "second@example.com", "status scenario off", before + 1);

        assertThat(first.status()).as(first.json().toString()).isEqualTo(HttpStatus.OK);
        assertThat(first.json().get("version").asLong()).isEqualTo(before + 1);
        assertThat(first.json().get("warnings").isEmpty()).isTrue();
        assertThat(second.json().get("version").asLong()).isEqualTo(before + 2);
        assertThat(second.json().get("warnings").valueStream().map(warning -> warning.get("path").asString()))
                .containsExactly("scenarios[1].enabled");
        JsonNode current = http.get("/reactivation/configuration").json();
        assertThat(current.get("version").asLong()).isEqualTo(before + 2);
        assertThat(current.get("author").asString()).isEqualTo("second@example.com");
        assertThat(current.get("changedAt").asString()).isEqualTo(clock.instant().toString());
        assertThat(withoutNulls(current.get("configuration"))).isEqualTo(disabled);
        List<JsonNode> history = http.get("/reactivation/configuration/versions").json().valueStream().toList();
        assertThat(history.subList(0, 2)).extracting(version -> version.get("version").asLong() + " "
                        + version.get("author").asString() + ": " + version.get("comment").asString())
                .containsExactly((before + 2) + " second@example.com: status scenario off",
                        (before + 1) + " first@example.com: one scenario of each trigger");
        JsonNode previous = http.get("/reactivation/configuration/versions/" + (before + 1)).json();
        assertThat(withoutNulls(previous.get("configuration"))).isEqualTo(ApiClient.JSON.readTree(EXAMPLE));
    }

    @Test
    void shouldStoreEachVersionAsOneDocumentWithDurationsAsIsoStrings() {
        ApiClient.Response saved = save(example(), "ops@example.com", null, null);

        Document stored = mongo.findById(saved.json().get("version").asLong(), Document.class,
                "scenario_configurations");
        assertThat(stored.getString("author")).isEqualTo("ops@example.com");
        Document score = stored.getList("scenarios", Document.class).get(0);
        assertThat(score.getString("waitPeriod")).isEqualTo("PT20M");
        assertThat(score.getString("lookBack")).isEqualTo("PT720H");
        assertThat(score.getString("trigger")).isEqualTo("SCORE");
        assertThat(stored.getList("campaigns", Document.class).get(0).getString("campaignId"))
                .isEqualTo("701-score-default");
        Document criteria = score.get("leadCriteria", Document.class);
        assertThat(criteria.getString("match")).isEqualTo("ALL");
        assertThat(criteria.getList("conditions", Document.class)).containsExactly(new Document("field", "country")
                .append("operator", "IN").append("values", List.of("US", "CA")));
        assertThat(criteria.getList("groups", Document.class).get(0).getList("conditions", Document.class))
                .extracting(condition -> condition.getString("field")).containsExactly("companySize", "tags");
    }

    @Test
    void shouldAcceptASecondScoreScenarioForLeadsTheFirstOneCannotHave() {
        ObjectNode configuration = example();
        configuration.withArray("scenarios").add(ApiClient.JSON.readTree("""
                {"name": "Late score DE", "trigger": "SCORE", "score": {"threshold": 60}, "lookBack": "P30D",
                 "leadCriteria": {"conditions": [{"field": "country", "operator": "IN", "values": ["DE"]}]}}"""));

        ApiClient.Response saved = save(configuration, "ops@example.com", "a score scenario per country", null);

        assertThat(saved.status()).as(saved.json().toString()).isEqualTo(HttpStatus.OK);
        assertThat(saved.json().get("configuration").get("scenarios").get(4).get("leadCriteria"))
                .isEqualTo(ApiClient.JSON.readTree("""
                        {"match": null, "conditions": [{"field": "country", "operator": "IN", "values": ["DE"]}],
                         "groups": []}"""));
    }

    @Test
    void shouldRefuseLeadConditionsThatCannotBeEvaluatedWithTheirJsonPaths() {
        ObjectNode configuration = example();
        ObjectNode criteria = (ObjectNode) scenario(configuration, 0).get("leadCriteria");
        criteria.withArray("conditions").add(ApiClient.JSON.readTree("""
                {"field": "region", "operator": "IN", "values": ["EMEA"]}"""));
        ((ObjectNode) criteria.get("conditions").get(0)).putArray("values");

        ApiClient.Response refused = save(configuration, "ops@example.com", null, null);

        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(refused)).containsExactly(
                Map.entry("scenarios[0].leadCriteria.conditions[0].values", "Scenario 'Late score' tests country IN"
                        + " without values; give at least one value."),
                Map.entry("scenarios[0].leadCriteria.conditions[1].field", "Scenario 'Late score' tests region in"
                        + " its lead criteria, but reactivation knows no regions (they are territories of the routing"
                        + " configuration); test country or state instead."));
    }

    @Test
    void shouldNameAMisspeltOperatorOfALeadConditionWithItsJsonPath() {
        ApiClient.Response refused = http.post("/reactivation/configuration/validate", """
                {"scenarios": [{"name": "Late score", "trigger": "SCORE", "leadCriteria": {"conditions": [
                  {"field": "country", "operator": "EQUALS", "values": ["US"]}]}}]}""");

        assertThat(errors(refused)).containsExactly(Map.entry("scenarios[0].leadCriteria.conditions[0].operator",
                "scenarios[0].leadCriteria.conditions[0].operator must be one of IN, NOT_IN, BETWEEN, AT_LEAST,"
                        + " AT_MOST, MATCHES, CONTAINS_ALL, PRESENT, ABSENT, not \"EQUALS\"."));
    }

    @Test
    void shouldRefuseAChangeMadeToAVersionThatIsNoLongerCurrent() {
        long before = currentVersion();
        save(example(), "first@example.com", null, before);

        ApiClient.Response stale = save(example(), "late@example.com", null, before);

        assertThat(stale.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(stale.json().get("title").asString()).isEqualTo("Scenario configuration changed meanwhile");
        assertThat(stale.json().get("detail").asString()).isEqualTo("the change was made to version " + before
                + " but version " + (before + 1) + " (by first@example.com) is current; apply the change to version "
                + (before + 1) + " and send it again");
        assertThat(currentVersion()).isEqualTo(before + 1);
    }

    @Test
    void shouldRefuseAScenarioNamingAnUnknownCampaign() {
        ObjectNode configuration = example();
        scenario(configuration, 1).put("defaultCampaignId", "701-nowhere");

        assertRefused(configuration, Map.entry("scenarios[1].defaultCampaignId", "Scenario 'Back to working' names"
                + " default campaign '701-nowhere', an unknown campaign; add it to the campaigns or name another"
                + " campaign."));
    }

    @Test
    void shouldRefuseANegativeWaitPeriod() {
        ObjectNode configuration = example();
        scenario(configuration, 0).put("waitPeriod", "-PT5M");

        assertRefused(configuration, Map.entry("scenarios[0].waitPeriod", "Scenario 'Late score' has a negative wait"
                + " period (PT-5M); set how long to wait after the event, PT0S or more (or leave it out to decide at"
                + " once)."));
    }

    @Test
    void shouldRefuseALookBackShorterThanTheWait() {
        ObjectNode configuration = example();
        scenario(configuration, 1).put("waitPeriod", "PT2H").put("lookBack", "PT1H");

        assertRefused(configuration, Map.entry("scenarios[1].lookBack", "Scenario 'Back to working' has a look-back"
                + " (PT1H) shorter than its wait period (PT2H): when it decides, the responses that led up to the"
                + " event are already out of reach; make the look-back at least as long as the wait period."));
    }

    @Test
    void shouldRefuseOverlappingScenariosNamingBoth() {
        ObjectNode configuration = example();
        configuration.withArray("scenarios").add(ApiClient.JSON.readTree("""
                {"name": "Big jump", "trigger": "SCORE", "score": {"minIncrease": 30}, "lookBack": "P30D"}"""));

        assertRefused(configuration, Map.entry("scenarios[4].score", "Scenarios 'Late score' (scenarios[0]) and"
                + " 'Big jump' (scenarios[4]) would both fire on one score change: a change from a low enough score to"
                + " a high enough one meets both conditions, and a lead with country in [US, CA] and companySize at"
                + " least 100 matches both lead criteria; narrow their lead criteria so that no lead matches both, or"
                + " keep one of them enabled."));
    }

    @Test
    void shouldListEveryErrorOfAnInvalidConfigurationWithItsPathAndSaveNothing() {
        long before = currentVersion();
        ObjectNode configuration = example();
        scenario(configuration, 0).put("waitPeriod", "-PT1M").putNull("lookBack");
        scenario(configuration, 1).putNull("status");
        scenario(configuration, 2).putObject("responsePrompt").putArray("campaignIds").add("701-webinar");
        scenario(configuration, 3).putObject("sync").putObject("fields").put("Note__c", "{leadName}");

        ApiClient.Response refused = save(configuration, "ops@example.com", null, null);

        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("the scenario configuration has 5 error(s); nothing was saved");
        assertThat(refused.json().get("errors").valueStream().map(error -> error.get("path").asString()))
                .containsExactly("scenarios[0].waitPeriod", "scenarios[0].lookBack", "scenarios[1].status",
                        "scenarios[2].responsePrompt.campaignIds[0]", "scenarios[3].sync.fields['Note__c']");
        assertThat(refused.json().get("warnings").valueStream().map(warning -> warning.get("path").asString()))
                .containsExactly("campaigns[2]");
        assertThat(currentVersion()).isEqualTo(before);
    }

    @Test
    void shouldNameAMisspeltPropertyWithItsJsonPath() {
        ApiClient.Response refused = http.put("/reactivation/configuration", """
                {"configuration": {"scenarios": [
                  {"name": "Late score", "trigger": "SCORE", "score": {"threshold": 50}, "lookBak": "P30D"}]}}
                """);

        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.json().get("title").asString()).isEqualTo("Unreadable request body");
        assertThat(refused.json().get("errors").get(0).get("path").asString())
                .isEqualTo("configuration.scenarios[0].lookBak");
        assertThat(refused.json().get("detail").asString()).startsWith("Unknown property \"lookBak\" at"
                + " configuration.scenarios[0].lookBak. Did you mean \"lookBack\"? Known properties here:"
                + " activateNonResponses, defaultCampaignId, eligibility, enabled, leadCriteria, lookBack, name,");
    }

    @Test
    void shouldNameAValueOfTheWrongTypeWithItsJsonPath() {
        ApiClient.Response duration = http.post("/reactivation/configuration/validate", """
                {"scenarios": [{"name": "Late score", "trigger": "SCORE", "waitPeriod": "20 minutes"}]}""");
        ApiClient.Response trigger = http.post("/reactivation/configuration/validate", """
                {"scenarios": [{"name": "Late score", "trigger": "score"}]}""");
        ApiClient.Response number = http.post("/reactivation/configuration/validate", """
                {"scenarios": [{"name": "Late score", "score": {"threshold": "high"}}]}""");
        ApiClient.Response seconds = http.post("/reactivation/configuration/validate", """
                {"scenarios": [{"name": "Late score", "lookBack": 30}]}""");

        assertThat(List.of(duration, trigger, number, seconds)).extracting(ApiClient.Response::status)
                .containsOnly(HttpStatus.BAD_REQUEST);
        assertThat(errors(duration)).containsExactly(Map.entry("scenarios[0].waitPeriod", "scenarios[0].waitPeriod"
                + " must be an ISO-8601 duration such as PT20M or P30D, not \"20 minutes\"."));
        assertThat(errors(trigger)).containsExactly(Map.entry("scenarios[0].trigger", "scenarios[0].trigger must be"
                + " one of SCORE, ACTIVE_STATUS, RESPONSE_PROMPT, INVOCABLE, not \"score\"."));
        assertThat(errors(number)).containsExactly(Map.entry("scenarios[0].score.threshold",
                "scenarios[0].score.threshold must be a whole number, not \"high\"."));
        assertThat(errors(seconds)).containsExactly(Map.entry("scenarios[0].lookBack",
                "scenarios[0].lookBack must be an ISO-8601 duration such as PT20M or P30D."));
    }

    @Test
    void shouldSayWhereTheBodyIsNotJson() {
        ApiClient.Response refused = http.post("/reactivation/configuration/validate", """
                {"scenarios": [}""");

        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(refused)).containsExactly(Map.entry("scenarios", "The request body is not valid JSON"
                + " (line 1, column 16): Unexpected close marker '}': expected ']'"));
    }

    @Test
    void shouldRefuseAnEmptyEntryInAListWithItsJsonPath() {
        ApiClient.Response refused = http.post("/reactivation/configuration/validate", """
                {"campaigns": [{"id": "701-a"}, null]}""");

        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(refused)).containsExactly(Map.entry("campaigns[1]",
                "campaigns[1] is null; remove the entry or fill it in."));
    }

    @Test
    void shouldRefuseAChangeWithoutConfiguration() {
        ApiClient.Response refused = http.put("/reactivation/configuration", """
                {"comment": "what to save?"}""");

        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.json().get("title").asString()).isEqualTo("Invalid request");
        assertThat(errors(refused)).containsExactly(
                Map.entry("configuration", "configuration must be the whole new scenario configuration"));
    }

    @Test
    void shouldRefuseAChangeThatNamesItsOwnAuthorBecauseTheCallerIsTheAuthor() {
        long before = currentVersion();

        ApiClient.Response refused = http.put("/reactivation/configuration", """
                {"author": "someone-else@example.com", "configuration": {"scenarios": []}}""");

        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.json().get("detail").asString()).startsWith("Unknown property \"author\"");
        assertThat(currentVersion()).isEqualTo(before);
    }

    @Test
    void shouldValidateAConfigurationWithoutSavingIt() {
        long before = currentVersion();
        ObjectNode configuration = example();
        scenario(configuration, 2).putObject("responsePrompt").putArray("campaignIds").add("701-webinar");

        ApiClient.Response validation = http.post("/reactivation/configuration/validate", configuration);

        assertThat(validation.status()).isEqualTo(HttpStatus.OK);
        assertThat(validation.json()).isEqualTo(ApiClient.JSON.readTree("""
                {"valid": false,
                 "errors": [{"path": "scenarios[2].responsePrompt.campaignIds[0]", "message": "Scenario 'Contact us'\
                 names response-prompt campaign '701-webinar', an unknown campaign; add it to the campaigns or name\
                 another campaign."}],
                 "warnings": [{"path": "campaigns[2]", "message": "Campaign '701-contact-us' is not used: no scenario\
                 names it as its default campaign or as a response-prompt campaign; use it in a scenario or remove\
                 it."}]}"""));
        assertThat(http.post("/reactivation/configuration/validate", example()).json().get("valid").asBoolean())
                .isTrue();
        assertThat(currentVersion()).isEqualTo(before);
    }

    @Test
    void shouldServeVersionZeroAsTheEmptyConfigurationAndAnswerNotFoundForAnUnsavedVersion() {
        JsonNode empty = http.get("/reactivation/configuration/versions/0").json();
        ApiClient.Response unsaved = http.get("/reactivation/configuration/versions/" + (currentVersion() + 100));

        assertThat(empty.get("author").asString()).isEqualTo("leadflow");
        assertThat(empty.get("configuration")).isEqualTo(ApiClient.JSON.readTree("""
                {"campaigns": [], "scenarios": []}"""));
        assertThat(unsaved.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unsaved.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(unsaved.json().get("title").asString()).isEqualTo("Configuration version not found");
    }

    @Test
    void shouldDescribeTheRestApiWithOpenApi() {
        JsonNode api = http.get("/v3/api-docs").json();
        ApiClient.Response ui = http.get("/swagger-ui/index.html");

        assertThat(api.get("info").get("title").asString()).isEqualTo("leadflow reactivation-service");
        assertThat(api.get("paths").propertyNames()).contains("/reactivation/configuration",
                "/reactivation/configuration/validate", "/reactivation/configuration/versions",
                "/reactivation/configuration/versions/{version}");
        JsonNode schemas = api.get("components").get("schemas");
        assertThat(schemas.propertyNames()).contains("ScenarioConfiguration", "Scenario", "Campaign",
                "ScoreCondition", "StatusCondition", "PromptCondition", "LeadCriteria", "LeadCondition", "Eligibility",
                "Sync", "ConfigurationChange",
                "ConfigurationVersion", "Validation", "ErrorResponse");
        assertThat(schemas.get("ConfigurationChange").get("required").valueStream().map(JsonNode::asString))
                .containsExactly("configuration");
        assertThat(schemas.get("ConfigurationChange").get("properties").has("author")).isFalse();
        assertThat(api.get("components").get("securitySchemes").get("bearer").get("scheme").asString())
                .isEqualTo("bearer");
        assertThat(api.get("paths").get("/reactivation/configuration").get("put").has("parameters")).isFalse();
        JsonNode waitPeriod = schemas.get("Scenario").get("properties").get("waitPeriod");
        assertThat(waitPeriod.get("type").asString() + " " + waitPeriod.get("format").asString())
                .isEqualTo("string duration");
        assertThat(schemas.get("Scenario").get("properties").get("trigger").get("enum").valueStream()
                .map(JsonNode::asString)).containsExactly("SCORE", "ACTIVE_STATUS", "RESPONSE_PROMPT", "INVOCABLE");
        assertThat(api.get("paths").get("/reactivation/configuration").get("put").get("responses").propertyNames())
                .contains("200", "400", "409");
        assertThat(ui.status()).isEqualTo(HttpStatus.OK);
    }

    private ApiClient.Response save(JsonNode configuration, String author, String comment, Long expectedVersion) {
        Map<String, Object> change = new HashMap<>(Map.of("configuration", configuration));
        if (comment != null) {
            change.put("comment", comment);
        }
        if (expectedVersion != null) {
            change.put("expectedVersion", expectedVersion);
        }
        return http.as(author).put("/reactivation/configuration", change);
    }

    /** Saving {@code configuration} is refused with exactly this error (path and message), and nothing is saved. */
    private void assertRefused(JsonNode configuration, Map.Entry<String, String> error) {
        long before = currentVersion();

        ApiClient.Response refused = save(configuration, "ops@example.com", null, null);

        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.json().get("title").asString()).isEqualTo("Invalid scenario configuration");
        assertThat(errors(refused)).containsExactly(error);
        assertThat(currentVersion()).isEqualTo(before);
    }

    private long currentVersion() {
        return http.get("/reactivation/configuration").json().get("version").asLong();
    }

    private static List<Map.Entry<String, String>> errors(ApiClient.Response response) {
        return response.json().get("errors").valueStream()
                .map(error -> Map.entry(error.get("path").asString(), error.get("message").asString())).toList();
    }

    private static ObjectNode example() {
        return (ObjectNode) ApiClient.JSON.readTree(EXAMPLE);
    }

    private static ObjectNode scenario(ObjectNode configuration, int index) {
        return (ObjectNode) configuration.get("scenarios").get(index);
    }

    /** The JSON without its null properties: the API writes every property, a person leaves out what is unset. */
    private static JsonNode withoutNulls(JsonNode json) {
        JsonNode copy = json.deepCopy();
        removeNulls(copy);
        return copy;
    }

    private static void removeNulls(JsonNode json) {
        if (json instanceof ObjectNode object) {
            List<String> nulls = object.properties().stream().filter(property -> property.getValue().isNull())
                    .map(Map.Entry::getKey).toList();
            nulls.forEach(object::remove);
        }
        json.values().forEach(ScenarioConfigurationApiIT::removeNulls);
    }
}
