package io.leadflow.launcher.faults;

import io.leadflow.launcher.Service;
import java.time.Duration;

/**
 * Scenarios 1 to 3: {@code kill -9} of one service a quarter into the burst, then a restart. For notification-service
 * the team's webhook endpoint answers after two seconds meanwhile, so deliveries are in flight when it dies.
 */
record ServiceCrash(int number, Service service, Duration slowWebhook) implements Scenario {

    @Override
    public String title() {
        return "kill -9 " + service.module() + " mid-burst, restart"
                + (slowWebhook.isZero() ? "" : " (webhook answers after " + slowWebhook.toSeconds() + " s)");
    }

    @Override
    public void play(FaultRun run, int leads) {
        WebhookReceiver webhooks = run.platform().webhooks();
        webhooks.answerAfter(slowWebhook);
        run.burst(leads);
        run.awaitAssigned(leads / 4);
        run.platform().platform().instance(service.module()).kill();
        run.fault("kill -9 " + service.module() + " with " + run.observations().assignedLeads() + " leads assigned");
        run.platform().platform().restart(service.module());
        run.fault("restarted " + service.module());
        if (!slowWebhook.isZero()) {
            FaultRun.pause(Duration.ofSeconds(10));
            webhooks.answerAfter(Duration.ZERO);
            run.fault("webhook answers at once again 10 s after the restart");
        }
        run.recovered();
    }
}
