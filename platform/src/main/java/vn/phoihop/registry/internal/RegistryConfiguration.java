package vn.phoihop.registry.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The calendar moves statuses on a schedule (hourly by default, {@code phoihop.registry.refresh-interval}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RegistryConfiguration {
}
