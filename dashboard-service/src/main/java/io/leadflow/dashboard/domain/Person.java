package io.leadflow.dashboard.domain;

/** A rep or a queue as the events name them: the CRM id, and the name to show (the id when the event has none). */
public record Person(String id, String name) {

    public Person {
        name = name == null || name.isBlank() ? id : name;
    }
}
