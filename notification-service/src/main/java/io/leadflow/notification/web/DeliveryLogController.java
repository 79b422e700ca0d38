package io.leadflow.notification.web;

import io.leadflow.notification.domain.NotificationStore;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For operators: what a lead's owners and candidates were told (and about which fact), where, and how delivery
 * went; and what they were not told, on purpose (SUPPRESSED, with the reason).
 */
@RestController
class DeliveryLogController {

    private final NotificationStore notifications;

    DeliveryLogController(NotificationStore notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    List<DeliveryLogView> deliveryLog(@RequestParam String leadId) {
        return notifications.deliveryLog(leadId).stream().map(DeliveryLogView::of).toList();
    }
}
