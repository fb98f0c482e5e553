package vn.phoihop;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where PhoiHop keeps its data and what time it is.
 *
 * <p>PostgreSQL is the only database: an external server when {@code PHOIHOP_DB_URL} is set
 * (with {@code PHOIHOP_DB_USER}/{@code PHOIHOP_DB_PASSWORD}), otherwise an embedded PostgreSQL
 * whose data directory lives under {@code $PHOIHOP_HOME/pgdata} and survives restarts.
 */
@Configuration(proxyBeanMethods = false)
public class PhoihopInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(PhoihopInfrastructure.class);

    /** The one clock of the application; tests replace it. Domain code never reads the system clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PhoihopHome phoihopHome(Environment environment) {
        return new PhoihopHome(Path.of(environment.getProperty("phoihop.home", ".phoihop")).toAbsolutePath());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(Environment environment, PhoihopHome home, EmbeddedServer embeddedServer) {
        String url = environment.getProperty("phoihop.db.url", "");
        HikariConfig config = new HikariConfig();
        config.setPoolName("phoihop");
        config.setMaximumPoolSize(environment.getProperty("phoihop.db.pool-size", Integer.class, 10));
        if (!url.isBlank()) {
            config.setJdbcUrl(url);
            config.setUsername(environment.getProperty("phoihop.db.user", ""));
            config.setPassword(environment.getProperty("phoihop.db.password", ""));
            log.info("Using external PostgreSQL at {}", url.replaceAll("password=[^&]*", "password=***"));
        } else {
            EmbeddedPostgres postgres = embeddedServer.start(home.resolve("pgdata"));
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    @Bean
    EmbeddedServer embeddedServer() {
        return new EmbeddedServer();
    }

    /** The embedded PostgreSQL server, when one is used; stopped when the application stops. */
    static final class EmbeddedServer implements DisposableBean {

        private EmbeddedPostgres postgres;

        synchronized EmbeddedPostgres start(Path dataDirectory) {
            if (postgres == null) {
                postgres = startEmbedded(dataDirectory);
            }
            return postgres;
        }

        @Override
        public synchronized void destroy() throws IOException {
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
        }
    }

    /** Starts an embedded PostgreSQL keeping its data in {@code dataDirectory} across restarts. */
    public static EmbeddedPostgres startEmbedded(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }
}
