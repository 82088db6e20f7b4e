package com.footballcoach.product.assistant;

import com.footballcoach.platform.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The assistant routes; who may call them is in {@code AccessPolicy}. */
@RestController
@Tag(name = "Assistant")
class AssistantController {

    private final AssistantService assistant;
    private final AssistantModeRepository modes;

    AssistantController(AssistantService assistant, AssistantModeRepository modes) {
        this.assistant = assistant;
        this.modes = modes;
    }

    @Operation(summary = "Ask the assistant (answers from the caller's teams only)")
    @PostMapping("/api/assistant/query")
    AssistantApi.Response query(@AuthenticationPrincipal CurrentUser user, @RequestBody AssistantApi.Query query) {
        return assistant.ask(user, query);
    }

    @Operation(summary = "The assistant mode (assistant or analysis), shared by every instance")
    @GetMapping("/api/assistant/mode")
    AssistantApi.Mode mode() {
        return new AssistantApi.Mode(modes.find().code());
    }

    @Operation(summary = "Switch the assistant mode (account managers and coaches)")
    @PostMapping("/api/assistant/mode")
    AssistantApi.Mode switchMode(@AuthenticationPrincipal CurrentUser user, @RequestBody AssistantApi.Mode request) {
        AssistantMode mode = AssistantMode.of(request.mode());
        if (mode == null) {
            throw new AssistantProblem(HttpStatus.UNPROCESSABLE_CONTENT, "mode must be assistant or analysis.");
        }
        modes.save(mode, user.id());
        return new AssistantApi.Mode(mode.code());
    }
}
