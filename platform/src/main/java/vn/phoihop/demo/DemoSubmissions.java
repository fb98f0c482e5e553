package vn.phoihop.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.phoihop.engine.catalog.Catalog;
import vn.phoihop.engine.catalog.Dataset;
import vn.phoihop.engine.generate.Generator;
import vn.phoihop.engine.generate.GeneratorResult;
import vn.phoihop.exchange.Receipt;
import vn.phoihop.exchange.Submissions;
import vn.phoihop.registry.Agency;
import vn.phoihop.registry.RoleAssignments;

/**
 * The demo province's data, entering the way real data does: the engine's generator writes the
 * synthetic province (seed 1, as of 30/06/2026) and each dataset is submitted through the
 * exchange as the agency that holds its provider role, so the demo has receipts, rejects and a
 * first version of every dataset. Idempotent: each dataset's idempotency key is fixed.
 */
final class DemoSubmissions {

    static final double SCALE = 0.2;
    static final long SEED = Generator.DEFAULT_SEED;
    static final LocalDate AS_OF = Generator.DEFAULT_AS_OF;
    private static final Logger log = LoggerFactory.getLogger(DemoSubmissions.class);

    private final Submissions submissions;
    private final RoleAssignments roles;
    private final Clock clock;

    DemoSubmissions(Submissions submissions, RoleAssignments roles, Clock clock) {
        this.submissions = submissions;
        this.roles = roles;
        this.clock = clock;
    }

    void submitAll(Path workDirectory) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
        Path out = workDirectory.resolve("demo-province");
        try {
            GeneratorResult generated = new Generator().generate(out, SCALE, SEED, AS_OF);
            int sent = 0;
            for (Map.Entry<String, String> file : generated.files().entrySet()) {
                Dataset dataset = Catalog.byCode(file.getKey()).orElseThrow();
                Optional<Agency> provider = provider(dataset, today);
                if (provider.isEmpty()) {
                    log.warn("Demo: no agency holds a provider role of {} ({}); not submitted", dataset.code(),
                            dataset.providerRoles());
                    continue;
                }
                try (InputStream content = Files.newInputStream(out.resolve(file.getValue()))) {
                    Receipt receipt = submissions.submit(new Submissions.Submitter(username(provider.get()),
                                    provider.get()), dataset.code(), file.getValue(), content, null,
                            "demo-" + dataset.code() + "-" + SEED + "-" + AS_OF);
                    log.debug("Demo: {} submitted by {}: {}", dataset.code(), provider.get().code(), receipt.status());
                    sent++;
                }
            }
            log.info("Demo province data submitted through the exchange: {} of {} datasets", sent,
                    generated.files().size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot generate the demo province's data", e);
        } finally {
            deleteQuietly(out);
        }
    }

    /** The agency holding the dataset's usual provider role (the first of the exchange's list that is held). */
    private Optional<Agency> provider(Dataset dataset, LocalDate day) {
        return submissions.providerRoles(dataset.code(), DemoProvince.PROVINCE_CODE, day).stream()
                .map(role -> roles.holder(role, DemoProvince.PROVINCE_CODE, day)).flatMap(Optional::stream)
                .findFirst();
    }

    private static String username(Agency agency) {
        return DemoProvince.ACCOUNTS.stream().filter(a -> a.agencyCode().equals(agency.code()))
                .map(DemoProvince.Account::username).findFirst().orElse("demo");
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", directory, e.getMessage());
        }
    }
}
