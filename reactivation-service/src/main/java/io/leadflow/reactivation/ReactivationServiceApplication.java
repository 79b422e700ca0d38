package io.leadflow.reactivation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReactivationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReactivationServiceApplication.class, args);
    }
}
