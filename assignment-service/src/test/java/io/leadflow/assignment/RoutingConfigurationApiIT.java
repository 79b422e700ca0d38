package io.leadflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.assignment.domain.routing.DistributionMethod;
import io.leadflow.assignment.domain.routing.DistributionRule;
import io.leadflow.assignment.domain.routing.Member;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Managing routing over REST: versions with their authors, validation errors, conflicts and the API's description. */
class RoutingConfigurationApiIT extends RoutingIntegrationTest {

    @Test
    void shouldKeepEveryVersionWithItsAuthorAndServeTheNewestAsCurrent() {
        grantDistributionAdministration("first@example.com", "second@example.com");
        RoutingUser anna = user("Anna");
        long before = http.get("/routing/configuration").json().get("version").asLong();

        ApiClient.Response first = save(Target.user(anna.id()), List.of(anna), "first@example.com", null);
        ApiClient.Response second = save(Target.hopper(null), List.of(anna), "second@example.com", before + 1);

        assertThat(first.status()).isEqualTo(HttpStatus.OK);
        assertThat(first.json().get("version").asLong()).isEqualTo(before + 1);
        assertThat(second.json().get("version").asLong()).isEqualTo(before + 2);
        JsonNode current = http.get("/routing/configuration").json();
        assertThat(current.get("version").asLong()).isEqualTo(before + 2);
        assertThat(current.get("author").asString()).isEqualTo("second@example.com");
        assertThat(current.get("configuration").get("activationTarget").get("type").asString()).isEqualTo("HOPPER");
        List<JsonNode> history = http.get("/routing/configuration/versions").json().valueStream().toList();
        assertThat(history.subList(0, 2)).extracting(version -> version.get("author").asString())
                .containsExactly("second@example.com", "first@example.com");
        JsonNode previous = http.get("/routing/configuration/versions/" + (before + 1)).json();
        assertThat(previous.get("configuration").get("activationTarget").get("id").asString()).isEqualTo(anna.id());
        assertThat(previous.get("comment").asString()).isEqualTo("routing for the test");
    }

    @Test
    void shouldRefuseAnInvalidConfigurationListingEveryErrorAndSaveNothing() {
        long before = http.get("/routing/configuration").json().get("version").asLong();
        RoutingConfiguration invalid = new RoutingConfiguration(Target.distributionRule("sdrs"), List.of(), null,
                List.of(new DistributionRule("sdrs", DistributionMethod.ROUND_ROBIN,
                                List.of(Member.of("005-nobody")), null, null),
                        new DistributionRule("empty", DistributionMethod.WEIGHTED, List.of(), null, null)),
                List.of(), List.of(), List.of());

        ApiClient.Response refused = http.put("/routing/configuration",
                Map.of("configuration", invalid));

        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.json().get("title").asString()).isEqualTo("Invalid routing configuration");
        assertThat(refused.json().get("errors").valueStream().map(error -> error.get("path").asString()))
                .contains("distributionRules[0].members[0].userId", "distributionRules[1].members");
        assertThat(refused.json().get("errors").valueStream().map(error -> error.get("message").asString()))
                .anySatisfy(message -> assertThat(message).contains("005-nobody"));
        assertThat(http.get("/routing/configuration").json().get("version").asLong()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAChangeMadeToAVersionThatIsNoLongerCurrent() {
        grantDistributionAdministration("first@example.com", "late@example.com");
        RoutingUser anna = user("Anna");
        long before = http.get("/routing/configuration").json().get("version").asLong();
        save(Target.user(anna.id()), List.of(anna), "first@example.com", before);

        ApiClient.Response stale = save(Target.hopper(null), List.of(anna), "late@example.com", before);

        assertThat(stale.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.json().get("detail").asString()).isEqualTo("the change was made to version " + before
                + " but version " + (before + 1) + " (by first@example.com) is current; apply the change to version "
                + (before + 1) + " and send it again");
    }

    @Test
    void shouldNameAMisspeltPropertyInsteadOfIgnoringIt() {
        ApiClient.Response refused = http.put("/routing/configuration", """
                {"configuration": {"activationTarget": {"type": "EXTERNAL_ENGINE"},
                 "distributionRules": [{"name": "sdrs", "method": "WEIGHTED",
                   "members": [{"userId": "005-anna", "wieght": 3}]}]}}
                """);

        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.json().get("detail").asString()).contains("\"wieght\"");
    }

    @Test
    void shouldRefuseAChangeThatNamesItsOwnAuthorBecauseTheCallerIsTheAuthor() {
        long before = http.get("/routing/configuration").json().get("version").asLong();

        ApiClient.Response refused = http.put("/routing/configuration", """
                {"author": "someone-else@example.com", "configuration": {"activationTarget": {"type": "EXTERNAL_ENGINE"}}}
                """);

        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.json().get("detail").asString()).contains("\"author\"");
        assertThat(http.get("/routing/configuration").json().get("version").asLong()).isEqualTo(before);
    }

    @Test
    void shouldAcceptAConfigurationWrittenByHandThatLeavesOutWhatItDoesNotNeed() {
        ApiClient.Response saved = http.put("/routing/configuration", """
                {"configuration": {
                  "activationTarget": {"type": "DISTRIBUTION_RULE", "id": "sdrs"},
                  "distributionRules": [{"name": "sdrs", "method": "ROUND_ROBIN", "members": [{"userId": "005-anna"}]}],
                  "users": [{"id": "005-anna", "name": "Anna"}]}}
                """);

        assertThat(saved.status()).as(saved.json().toString()).isEqualTo(HttpStatus.OK);
        assertThat(saved.json().get("warnings").isEmpty()).isTrue();
        assertThat(saved.json().get("configuration").get("users").get(0).get("paused").isNull()).isTrue();
    }

    @Test
    void shouldValidateAConfigurationWithoutSavingIt() {
        long before = http.get("/routing/configuration").json().get("version").asLong();

        JsonNode validation = http.post("/routing/configuration/validate", new RoutingConfiguration(
                Target.user("005-nobody"), List.of(), null, List.of(), List.of(), List.of(), List.of())).json();

        assertThat(validation.get("valid").asBoolean()).isFalse();
        assertThat(validation.get("errors").get(0).get("path").asString()).isEqualTo("activationTarget.id");
        assertThat(validation.get("errors").get(0).get("message").asString()).isEqualTo("The activation target "
                + "names user '005-nobody', an unknown user; add them to the users or name another user.");
        assertThat(http.get("/routing/configuration").json().get("version").asLong()).isEqualTo(before);
    }

    @Test
    void shouldDescribeTheRestApiWithOpenApi() {
        JsonNode api = http.get("/v3/api-docs").json();

        assertThat(api.get("info").get("title").asString()).isEqualTo("leadflow assignment-service");
        assertThat(api.get("paths").propertyNames()).contains("/routing/configuration",
                "/routing/configuration/versions", "/routing/configuration/versions/{version}",
                "/routing/configuration/validate", "/routing/preview", "/routing/distribution-rules/{name}/state",
                "/hopper", "/hopper/{assignmentId}/claim", "/assignments/{assignmentId}",
                "/leads/{leadId}/assignments", "/engine-waits");
        assertThat(api.get("components").get("schemas").propertyNames()).contains("RoutingConfiguration",
                "DistributionRule", "AssignmentRule", "Criteria", "Condition");
    }

    private ApiClient.Response save(Target activationTarget, List<RoutingUser> users, String author,
            Long expectedVersion) {
        Map<String, Object> change = new HashMap<>(Map.of("comment",
                "routing for the test", "configuration", new RoutingConfiguration(activationTarget, List.of(), null,
                        List.of(), users, List.of(), List.of())));
        if (expectedVersion != null) {
            change.put("expectedVersion", expectedVersion);
        }
        return http.as(author).put("/routing/configuration", change);
    }
}
