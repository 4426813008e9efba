package id.lentera;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LenteraApplication {

    public static void main(String[] args) {
        SpringApplication.run(LenteraApplication.class, args);
    }
}
