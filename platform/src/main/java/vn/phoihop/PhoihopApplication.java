package vn.phoihop;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** The Spring Boot application. Started by {@link PhoihopCli} (serve, demo, and the tools). */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "PhoiHop", sharedModules = "shared")
public class PhoihopApplication {
}
