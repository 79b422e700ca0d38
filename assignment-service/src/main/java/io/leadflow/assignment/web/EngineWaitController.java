package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.engine.EngineWait;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Leads parked for the external engine that it has not moved yet: long waits, when waits have no timeout. */
@RestController
@Validated
@Tag(name = "Engine waits", description = "Leads parked with the temporary owner, waiting for an external engine")
class EngineWaitController {

    private final EngineWait engineWait;

    EngineWaitController(EngineWait engineWait) {
        this.engineWait = engineWait;
    }

    @GetMapping("/engine-waits")
    @Operation(summary = "Open waits for the external engine, oldest first",
            description = "Each lead parked with the temporary owner that no owner change has moved yet (nor the "
                    + "timeout, if waits have one): assignment and response id, lead, temporary owner, when it was "
                    + "parked, its age and when it times out (null when leadflow.assignment.engine-wait-timeout-enabled "
                    + "is false). Read from the open waits (engine_waits) only, never from every assignment.")
    List<EngineWaitView> openWaits(
            @Parameter(description = "only waits at least this old, as an ISO-8601 duration such as PT1H")
            @RequestParam(required = false) Duration olderThan,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        if (olderThan != null && olderThan.isNegative()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid olderThan",
                    "olderThan must not be negative, not " + olderThan);
        }
        return engineWait.openWaits(olderThan == null ? Duration.ZERO : olderThan, limit).stream()
                .map(EngineWaitView::of).toList();
    }
}
