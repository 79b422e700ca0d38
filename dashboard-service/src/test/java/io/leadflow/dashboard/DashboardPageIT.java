package io.leadflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.events.ExpiryReason;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadOffered;
import io.leadflow.events.Owner;
import io.leadflow.events.ResponseActivated;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The page in a real browser (Debian's headless Chromium, driven by Selenium) against the running service and the
 * real assignment-service: it loads, shows a lead published on the broker within seconds, opens its explanation
 * and its journey, and claims a hopper lead through assignment-service. Screenshots go to target/screenshots.
 */
class DashboardPageIT extends AbstractDashboardIT {

    private static final Duration SECONDS = Duration.ofSeconds(15);
    /** The manager using the page: a user of the routing configuration, so assignment-service lets her claim. */
    private static final String OLGA = "005-olga";

    /** The leads {@link #publishADay()} has assignment-service route. */
    private static final int DAY_ASSIGNMENTS = 7;
    private static final int ASSIGNMENT_PORT = AssignmentServiceProcess.freePort();
    private static AssignmentServiceProcess assignmentService;
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    private final Owner hannah = TestEvents.user("005-hannah", "Hannah Hill");
    private final Owner louis = TestEvents.user("005-louis", "Louis Lang");
    private final Owner priya = TestEvents.user("005-priya", "Priya Patel");

    @DynamicPropertySource
    static void assignmentServiceUrl(DynamicPropertyRegistry registry) {
        registry.add("leadflow.dashboard.assignment-service-url", () -> "http://localhost:" + ASSIGNMENT_PORT);
    }

    @BeforeAll
    static void startBrowserAndAssignmentService() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.installed(), "No headless browser here: the page test needs "
                + HeadlessChromium.BROWSER + " and " + HeadlessChromium.DRIVER
                + " (apt-get install chromium chromium-driver)");
        assignmentService = AssignmentServiceProcess.start(ASSIGNMENT_PORT);
        configureRouting();
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (assignmentService != null) {
            assignmentService.close();
        }
    }

    @Test
    void shouldShowALeadPublishedOnTheBrokerWithinSecondsAndOpenItsExplanationAndJourney() {
        openPage();
        String leadId = TestEvents.newLeadId();
        LeadAssigned assigned = DashboardEvents.roundRobin(leadId, "Inbound SDRs", louis, List.of(hannah, louis));

        upstream.publish(Topics.LEAD_ASSIGNED, assigned);

        WebElement row = await().atMost(SECONDS).until(() -> liveRow(leadId), found -> found != null);
        assertThat(row.getText()).contains("Louis Lang", "round robin", "Inbound SDRs",
                "Round robin in Inbound SDRs: Louis Lang's turn");
        row.click();
        WebElement drawer = await().atMost(SECONDS).until(() -> browser.findElement(By.id("drawer")),
                WebElement::isDisplayed);
        assertThat(drawer.getText()).contains("Routing trace", "assignment rule 'EMEA': matched (country is DE)",
                "Members considered", "Hannah Hill", "NOT_NEXT", "had their turn", "CHOSEN");
        chromium.screenshot("explanation");
        browser.findElement(By.id("drawer-close")).click();

        browser.findElement(By.id("search-lead")).sendKeys(leadId);
        browser.findElement(By.cssSelector("#search button")).click();
        await().atMost(SECONDS).until(() -> browser.findElement(By.id("drawer-body")).getText()
                .contains("lead.assigned by assignment-service"));
        assertThat(browser.findElement(By.id("drawer-title")).getText()).isEqualTo("Journey of " + leadId);
        browser.findElement(By.id("drawer-close")).click();
    }

    @Test
    void shouldClaimAHopperLeadThroughAssignmentServiceAsTheCallerAndShowTheDay() throws Exception {
        String lastOfTheDay = publishADay();
        ResponseActivated activation = activation("Greta", "Gold", "First Harbor Bank", "US");
        openPage();

        upstream.publish(Topics.RESPONSE_ACTIVATED, activation);
        WebElement claim = await().atMost(SECONDS).until(() -> claimButton(activation.getResponseId()),
                found -> found != null);
        await().atMost(SECONDS).until(() -> liveRow(lastOfTheDay) != null
                && browser.findElements(By.cssSelector("#live-list tr")).size() >= DAY_ASSIGNMENTS
                && !browser.findElements(By.cssSelector("#rules .member.next")).isEmpty()
                && !browser.findElements(By.cssSelector("#waits li")).isEmpty());
        chromium.screenshot("dashboard");
        claim.click();

        await().atMost(SECONDS).until(() -> browser.findElement(By.id("toast")).getText().startsWith("Claimed"));
        String owner = await().atMost(SECONDS).until(() -> assignmentOwner(activation.getLeadId()), OLGA::equals);
        assertThat(owner).isEqualTo(OLGA);
        WebElement row = await().atMost(SECONDS).until(() -> liveRow(activation.getLeadId()), found -> found != null);
        assertThat(row.getText()).contains("Olga Ops", "hopper claim");
        chromium.screenshot("claimed");

        browser.findElement(By.id("search-lead")).sendKeys(activation.getLeadId());
        browser.findElement(By.cssSelector("#search button")).click();
        await().atMost(SECONDS).until(() -> browser.findElement(By.id("drawer-body")).getText()
                .contains("lead.assigned by assignment-service"));
        assertThat(browser.findElement(By.id("drawer-body")).getText()).contains("Now, as assignment-service sees it",
                "ASSIGNED · Olga Ops · HOPPER_CLAIM", "response.activated by response-service");
        chromium.screenshot("journey");
    }

    /**
     * A morning's worth of events, so the page shows what a manager sees: EMEA leads routed for real by
     * assignment-service's round robin, an offer ignored and one open, a lead parked for the external engine and a
     * dead letter. Returns the last lead assigned.
     */
    private String publishADay() {
        String[][] people = {{"Jonas", "Weber", "Nordlicht GmbH"}, {"Claire", "Martin", "Atelier Lumière"},
            {"Lukas", "Schmidt", "Bergwerk AG"}, {"Emma", "Dubois", "Vignoble & Fils"}, {"Felix", "Wagner", "Kraftwerk IO"},
            {"Léa", "Bernard", "Parisienne Retail"}, {"Mia", "Fischer", "Hafen Logistik"}};
        String last = null;
        for (String[] person : people) {
            ResponseActivated activation = activation(person[0], person[1], person[2], "DE");
            upstream.publish(Topics.RESPONSE_ACTIVATED, activation);
            last = activation.getLeadId();
        }
        LeadOffered offer = DashboardEvents.offered(TestEvents.newLeadId(), "offer-" + UUID.randomUUID(), priya,
                "Strategic closers");
        upstream.publish(Topics.LEAD_OFFERED, offer);
        upstream.publish(Topics.LEAD_EXPIRED, DashboardEvents.expired(offer, ExpiryReason.NOT_ACKNOWLEDGED));
        upstream.publish(Topics.LEAD_OFFERED, DashboardEvents.offered(TestEvents.newLeadId(),
                "offer-" + UUID.randomUUID(), priya, "Strategic closers"));
        // Outside every rule: parked for the external engine (the catch-all), listed with its age.
        upstream.publish(Topics.RESPONSE_ACTIVATED, activation("Ana", "Silva", "Lisboa Telecom", "PT"));
        upstream.publishRaw(Topics.LEAD_STATUS_CHANGED, TestEvents.newLeadId(), new byte[] {1, 2, 3});
        return last;
    }

    private static ResponseActivated activation(String firstName, String lastName, String company, String country) {
        ResponseActivated activation = TestEvents.responseActivated(TestEvents.newLeadId()).build();
        activation.getLead().getAttributes().setFirstName(firstName);
        activation.getLead().getAttributes().setLastName(lastName);
        activation.getLead().getAttributes().setCompany(company);
        activation.getLead().getAttributes().setCountry(country);
        return activation;
    }

    private void openPage() {
        String token = TestTokens.bearer(OLGA, "Olga Ops").substring("Bearer ".length());
        // A page of its own for each test: from elsewhere, so the link loads it afresh (not a fragment change).
        browser.get("about:blank");
        browser.get("http://localhost:" + port + "/#token=" + token);
        await().atMost(SECONDS).until(() -> browser.findElement(By.id("live-status")).getText().equals("live")
                && !browser.getCurrentUrl().contains("token"));
        assertThat(browser.getTitle()).isEqualTo("leadflow · live dashboard");
    }

    private static WebElement liveRow(String leadId) {
        return browser.findElements(By.cssSelector("#live-list tr[data-lead-id='" + leadId + "']")).stream()
                .findFirst().orElse(null);
    }

    private static WebElement claimButton(String assignmentId) {
        return browser.findElements(By.cssSelector("#hopper button[data-assignment-id='" + assignmentId + "']"))
                .stream().findFirst().orElse(null);
    }

    /** The lead's owner as assignment-service's own REST read model says. */
    private static String assignmentOwner(String leadId) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(assignmentService.url() + "/leads/" + leadId + "/assignments"))
                .header("Authorization", TestTokens.bearer(TestTokens.ADMINISTRATOR)).build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.body().contains("\"finalOwner\":{\"id\":\"" + OLGA + "\"") ? OLGA : answer.body();
    }

    private static void configureRouting() throws Exception {
        String configuration = """
                {"comment": "dashboard page test", "configuration": {
                  "activationTarget": {"type": "ASSIGNMENT_RULES"},
                  "assignmentRules": [
                    {"name": "Banks to the hopper", "criteria": {"match": "ALL", "conditions": [
                      {"field": "company", "operator": "MATCHES", "values": ["*Bank*"]}]},
                     "target": {"type": "HOPPER"}},
                    {"name": "EMEA", "criteria": {"match": "ALL", "conditions": [
                      {"field": "country", "operator": "IN", "values": ["DE", "FR", "GB"]}]},
                     "target": {"type": "DISTRIBUTION_RULE", "id": "EMEA SDRs"}}],
                  "catchAll": {"type": "EXTERNAL_ENGINE"},
                  "distributionRules": [{"name": "EMEA SDRs", "method": "ROUND_ROBIN",
                    "members": [{"userId": "005-hannah"}, {"userId": "005-louis"}]}],
                  "users": [{"id": "005-olga", "name": "Olga Ops"}, {"id": "005-hannah", "name": "Hannah Hill"},
                    {"id": "005-louis", "name": "Louis Lang"}, {"id": "005-priya", "name": "Priya Patel"}],
                  "queues": [], "regions": [], "candidateQueries": []}}
                """;
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(assignmentService.url() + "/routing/configuration"))
                .header("Authorization", TestTokens.bearer(TestTokens.ADMINISTRATOR))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(configuration)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
}
