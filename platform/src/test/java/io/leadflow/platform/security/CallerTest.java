package io.leadflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerTest {

    @Test
    void shouldBeTheSubjectShownByItsName() {
        // given
        Jwt token = token(Map.of("sub", "005-alice", "name", "Alice Archer", "preferred_username", "alice"));

        // when / then
        assertThat(Caller.of(token)).isEqualTo(new Caller("005-alice", "Alice Archer"));
    }

    @Test
    void shouldFallBackToThePreferredUsernameThenTheId() {
        // given
        Jwt withUsername = token(Map.of("sub", "005-alice", "preferred_username", "alice"));
        Jwt withIdOnly = token(Map.of("sub", "005-alice"));

        // when / then
        assertThat(Caller.of(withUsername)).isEqualTo(new Caller("005-alice", "alice"));
        assertThat(Caller.of(withIdOnly)).isEqualTo(new Caller("005-alice", "005-alice"));
    }

    private static Jwt token(Map<String, Object> claims) {
        return new Jwt("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "RS256"), claims);
    }
}
