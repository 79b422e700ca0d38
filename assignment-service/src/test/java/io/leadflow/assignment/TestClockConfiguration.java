package io.leadflow.assignment;

import io.leadflow.testsupport.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A clock the integration tests move by hand; it replaces the platform's system clock. */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    MutableClock clock() {
        return MutableClock.startingNow();
    }
}
