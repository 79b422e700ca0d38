package io.leadflow.response.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventMappingTest {

    @ParameterizedTest
    @EnumSource(io.leadflow.events.AssignmentMethod.class)
    void shouldKeepEveryAssignmentMethodTheAssignmentServicePublishes(io.leadflow.events.AssignmentMethod method) {
        assertThat(EventMapping.toMethod(method).name()).isEqualTo(method.name());
    }

    @ParameterizedTest
    @EnumSource(io.leadflow.events.ReactivationAction.class)
    void shouldKeepEveryReactivationActionTheReactivationServicePublishes(
            io.leadflow.events.ReactivationAction action) {
        assertThat(EventMapping.toAction(action).name()).isEqualTo(action.name());
    }
}
