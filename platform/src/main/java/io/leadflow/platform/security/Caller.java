package io.leadflow.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who makes a request: the subject of the bearer token it was authenticated with. Controllers declare a
 * {@code Caller caller} parameter and record its id as the author of a change or the claimant of a lead, never an
 * id the request body names.
 *
 * @param id the token's {@code sub}: the user's id at the identity provider
 * @param name how to show the user: the {@code name} claim, else {@code preferred_username}, else the id
 */
public record Caller(String id, String name) {

    public static Caller of(Jwt token) {
        String name = token.getClaimAsString("name");
        if (name == null || name.isBlank()) {
            name = token.getClaimAsString("preferred_username");
        }
        return new Caller(token.getSubject(), name == null || name.isBlank() ? token.getSubject() : name);
    }
}
