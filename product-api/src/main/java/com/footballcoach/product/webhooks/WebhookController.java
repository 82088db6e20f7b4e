package com.footballcoach.product.webhooks;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.scope.ClubScope;
import com.footballcoach.platform.webhooks.CreatedWebhook;
import com.footballcoach.platform.webhooks.DeliveryView;
import com.footballcoach.platform.webhooks.WebhookView;
import com.footballcoach.platform.webhooks.Webhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A club's webhook endpoints and their delivery log (account managers; see docs/webhooks.md). */
@RestController
@Tag(name = "Webhooks")
class WebhookController {

    private final Webhooks webhooks;
    private final ClubScope scope;

    WebhookController(Webhooks webhooks, ClubScope scope) {
        this.webhooks = webhooks;
        this.scope = scope;
    }

    /** A new endpoint: where to POST, and which event types. */
    record WebhookInput(@Nullable String url, @Nullable List<String> events) {
    }

    @Operation(summary = "Add an endpoint; the answer carries its signing secret, shown only this once")
    @PostMapping("/api/webhooks")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedWebhook create(@AuthenticationPrincipal CurrentUser user, @RequestBody WebhookInput body) {
        return webhooks.create(scope.clubId(user), body.url(), body.events());
    }

    @Operation(summary = "The club's endpoints (without secrets)")
    @GetMapping("/api/webhooks")
    List<WebhookView> list(@AuthenticationPrincipal CurrentUser user) {
        return webhooks.list(scope.clubId(user));
    }

    @Operation(summary = "One endpoint (without its secret)")
    @GetMapping("/api/webhooks/{id}")
    WebhookView get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return webhooks.get(scope.clubId(user), id);
    }

    @Operation(summary = "Remove an endpoint with its delivery log")
    @DeleteMapping("/api/webhooks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        webhooks.delete(scope.clubId(user), id);
    }

    @Operation(summary = "The delivery log: the newest 100 deliveries with every attempt")
    @GetMapping("/api/webhooks/{id}/deliveries")
    List<DeliveryView> deliveries(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return webhooks.deliveries(scope.clubId(user), id);
    }

    @Operation(summary = "Send a delivery again (same webhook-id); re-enables a disabled endpoint")
    @PostMapping("/api/webhooks/{id}/deliveries/{deliveryId}/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DeliveryView redeliver(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @PathVariable String deliveryId) {
        return webhooks.redeliver(scope.clubId(user), id, deliveryId);
    }
}
