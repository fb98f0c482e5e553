package vn.phoihop.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.phoihop.PhoihopApplication;
import vn.phoihop.demo.DemoProvince;
import vn.phoihop.exchange.ReceiptSignatures;
import vn.phoihop.registry.Agencies;
import vn.phoihop.shared.PhoihopException;
import vn.phoihop.security.AuditChain;
import vn.phoihop.security.Role;
import vn.phoihop.security.UserAccounts;

/** The {@code ./phoihop} command: runs the platform, the demo and the tools. */
@Command(name = "phoihop", mixinStandardHelpOptions = true, version = "PhoiHop 0.1.0",
        description = {
            "PhoiHop — nền tảng phối hợp liên ngành về BHXH, BHYT, BHTN.",
            "PhoiHop — the inter-agency coordination platform for social, health and unemployment insurance.",
            "",
            "All data lives under $PHOIHOP_HOME (default ./.phoihop). PostgreSQL is embedded unless",
            "PHOIHOP_DB_URL (with PHOIHOP_DB_USER, PHOIHOP_DB_PASSWORD) names an external server."},
        subcommands = {PhoihopCli.Serve.class, PhoihopCli.Demo.class, PhoihopCli.Audit.class, PhoihopCli.Admin.class,
            PhoihopCli.ReceiptCommand.class, PhoihopCli.DemoCode.class,
            CommandLine.HelpCommand.class})
public class PhoihopCli implements Runnable {

    /** Returned by commands that leave a server running: the JVM must not exit. */
    static final int KEEP_RUNNING = Integer.MIN_VALUE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new PhoihopCli());
        for (Object engineCommand : EngineCommands.all()) {
            commandLine.addSubcommand(engineCommand);
        }
        int exitCode = commandLine.execute(args);
        if (exitCode != KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** A command that only groups subcommands: run alone, it prints its usage. */
    abstract static class CommandGroup implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(System.out);
        }
    }

    /** Options shared by the commands that start the web server. */
    static class ServerOptions {
        @Option(names = "--port", description = "HTTP port (default: $PHOIHOP_PORT, else 8080).")
        Integer port;

        int resolvedPort() {
            if (port != null) {
                return port;
            }
            String fromEnvironment = System.getenv("PHOIHOP_PORT");
            return fromEnvironment == null || fromEnvironment.isBlank() ? 8080 : Integer.parseInt(fromEnvironment.trim());
        }
    }

    /** {@code $PHOIHOP_HOME}, or the system property {@code phoihop.home} (tests set it). */
    static Path home() {
        String home = System.getProperty("phoihop.home", System.getenv("PHOIHOP_HOME"));
        return Path.of(home == null || home.isBlank() ? ".phoihop" : home).toAbsolutePath();
    }

    static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(PhoihopApplication.class);
    }

    /** Settings given as command-line arguments, so they outrank application.properties. */
    static String[] settings(String mode, Path home, String... more) {
        String[] base = {"--phoihop.mode=" + mode, "--phoihop.home=" + home};
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    static ConfigurableApplicationContext tool(Path home) {
        return application()
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(settings("tool", home, "--logging.level.root=WARN", "--logging.level.vn.phoihop=WARN"));
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"Run the platform on the data in $PHOIHOP_HOME (or PHOIHOP_DB_URL).",
                "Refuses to start until an administrator exists: set PHOIHOP_ADMIN_PASSWORD on the first start,",
                "or run './phoihop admin create'."})
    static class Serve implements Callable<Integer> {
        @CommandLine.Mixin
        ServerOptions server = new ServerOptions();

        @Override
        public Integer call() {
            try {
                application().run(settings("serve", home(), "--server.port=" + server.resolvedPort()));
            } catch (RuntimeException e) {
                Throwable cause = rootCause(e);
                System.err.println(cause.getMessage());
                return 2;
            }
            return KEEP_RUNNING;
        }
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = {"Run the whole platform on a fresh synthetic province with demo accounts (password 'demo').",
                "The demo's data lives in $PHOIHOP_HOME/demo and is recreated at every start."})
    static class Demo implements Callable<Integer> {
        @CommandLine.Mixin
        ServerOptions server = new ServerOptions();

        @Override
        public Integer call() throws IOException {
            Path demoHome = home().resolve("demo");
            deleteRecursively(demoHome);
            long started = System.nanoTime();
            ConfigurableApplicationContext context = application()
                    .run(settings("demo", demoHome, "--server.port=" + server.resolvedPort()));
            String port = context.getEnvironment().getProperty("local.server.port", String.valueOf(server.resolvedPort()));
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            out.println();
            out.println("PhoiHop demo sẵn sàng / ready in " + (System.nanoTime() - started) / 1_000_000 + " ms:");
            out.println("  http://localhost:" + port + "/");
            out.println("  API docs: http://localhost:" + port + "/api-docs");
            out.println("Tài khoản / accounts (mật khẩu / password: " + DemoProvince.PASSWORD + "):");
            out.printf("  %-10s %s%n", DemoProvince.ADMIN_USERNAME, "Quản trị hệ thống (administrator)");
            for (DemoProvince.Account account : DemoProvince.ACCOUNTS) {
                out.printf("  %-10s %s%n", account.username(), account.nameVi());
            }
            for (DemoProvince.Supervisor lead : DemoProvince.SUPERVISORS) {
                out.printf("  %-10s %s (lãnh đạo / lead: overdue deadlines are escalated to them)%n", lead.username(),
                        lead.displayName());
            }
            out.println("Xác thực hai lớp / two-step verification (admin, congan): khóa TOTP / TOTP key "
                    + DemoProvince.TOTP_SECRET + " (thêm vào ứng dụng xác thực / add it to an authenticator app;");
            out.println("  hoặc / or: ./phoihop demo-code  in mã hiện tại / prints the current code).");
            out.println("Ctrl+C để dừng / to stop.");
            return KEEP_RUNNING;
        }
    }

    @Command(name = "demo-code", mixinStandardHelpOptions = true,
            description = {"Print the current two-step verification code of the demo accounts admin and congan",
                "(their TOTP key is published: demo only; accounts of 'serve' have their own keys)."})
    static class DemoCode implements Callable<Integer> {
        @Override
        public Integer call() {
            System.out.println(vn.phoihop.security.Totp.code(DemoProvince.TOTP_SECRET, java.time.Instant.now()));
            return 0;
        }
    }

    @Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit trail tools.",
            subcommands = Audit.Verify.class)
    static class Audit extends CommandGroup {

        @Command(name = "verify", mixinStandardHelpOptions = true,
                description = {"Walk the audit hash chain of the data in $PHOIHOP_HOME (platform stopped) or PHOIHOP_DB_URL.",
                    "Prints {ok, events, first_broken}; exits 1 when the chain is broken."})
        static class Verify implements Callable<Integer> {
            @Override
            public Integer call() {
                try (ConfigurableApplicationContext context = tool(home())) {
                    AuditChain.AuditVerification result = context.getBean(AuditChain.class).verify();
                    System.out.printf("{\"ok\": %s, \"events\": %d, \"first_broken\": %s}%n", result.ok(),
                            result.events(), result.first_broken());
                    System.err.println(result.ok()
                            ? "Chuỗi nhật ký kiểm toán nguyên vẹn / audit chain intact."
                            : "CHUỖI NHẬT KÝ BỊ PHÁ VỠ tại sự kiện " + result.first_broken()
                                    + " / AUDIT CHAIN BROKEN at event " + result.first_broken());
                    return result.ok() ? 0 : 1;
                }
            }
        }
    }

    @Command(name = "admin", mixinStandardHelpOptions = true, description = "Administrator accounts.",
            subcommands = Admin.Create.class)
    static class Admin extends CommandGroup {

        @Command(name = "create", mixinStandardHelpOptions = true,
                description = {"Create an administrator in $PHOIHOP_HOME (platform stopped) or PHOIHOP_DB_URL.",
                    "The password comes from PHOIHOP_ADMIN_PASSWORD, standard input (--password-stdin) or a prompt."})
        static class Create implements Callable<Integer> {
            @Option(names = "--username", defaultValue = "admin", description = "Username (default: ${DEFAULT-VALUE}).")
            String username;

            @Option(names = "--name", defaultValue = "Quản trị hệ thống", description = "Display name.")
            String displayName;

            @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
            boolean passwordFromStdin;

            @Override
            public Integer call() throws IOException {
                String password = password();
                if (password == null || password.isBlank()) {
                    System.err.println("Thiếu mật khẩu / no password given (PHOIHOP_ADMIN_PASSWORD, --password-stdin or prompt).");
                    return 2;
                }
                try (ConfigurableApplicationContext context = tool(home())) {
                    UserAccounts users = context.getBean(UserAccounts.class);
                    if (users.exists(username)) {
                        System.err.println("Tài khoản đã tồn tại / user exists: " + username);
                        return 1;
                    }
                    users.create(new UserAccounts.NewUser(username, displayName, password, Agencies.OPERATOR,
                            Set.of(Role.ADMIN)));
                    System.out.println("Đã tạo quản trị viên / administrator created: " + username);
                    return 0;
                } catch (PhoihopException e) {
                    System.err.println(e.errorCode().messageVi() + " / " + e.errorCode().messageEn() + " " + e.details());
                    return 1;
                }
            }

            private String password() throws IOException {
                String fromEnvironment = System.getenv("PHOIHOP_ADMIN_PASSWORD");
                if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                    return fromEnvironment;
                }
                if (passwordFromStdin) {
                    return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                }
                Console console = System.console();
                if (console == null) {
                    return null;
                }
                char[] first = console.readPassword("Mật khẩu / password: ");
                char[] second = console.readPassword("Nhập lại / repeat: ");
                if (first == null || !Arrays.equals(first, second)) {
                    System.err.println("Hai lần nhập không khớp / the passwords differ.");
                    return null;
                }
                return new String(first);
            }
        }
    }

    @Command(name = "receipt", mixinStandardHelpOptions = true, description = "Submission receipts.",
            subcommands = ReceiptCommand.Verify.class)
    static class ReceiptCommand extends CommandGroup {

        @Command(name = "verify", mixinStandardHelpOptions = true,
                description = {"Check a signed submission receipt (compact JWS file) offline, with the platform's public key",
                    "in $PHOIHOP_HOME/" + ReceiptSignatures.PUBLIC_KEY_FILE + " or --key. Prints the receipt; exits 1 when the",
                    "signature does not hold."})
        static class Verify implements Callable<Integer> {
            @CommandLine.Parameters(index = "0", paramLabel = "FILE", description = "The receipt (.jws) to check.")
            Path file;

            @Option(names = "--key", paramLabel = "JWK", description = "The platform's public key (JWK JSON file).")
            Path key;

            @Override
            public Integer call() throws IOException {
                Path keyFile = key != null ? key : home().resolve(ReceiptSignatures.PUBLIC_KEY_FILE);
                if (!Files.exists(keyFile)) {
                    System.err.println("Không tìm thấy khóa công khai / no public key at " + keyFile
                            + " (GET /api/v1/receipts/public-key, then --key FILE)");
                    return 2;
                }
                ReceiptSignatures.Verification result = ReceiptSignatures.verify(
                        Files.readString(file, StandardCharsets.UTF_8), ReceiptSignatures.readPublicKey(keyFile));
                if (!result.valid()) {
                    System.out.printf("{\"valid\": false, \"problem\": \"%s\"}%n",
                            result.problem().replace("\\", "\\\\").replace("\"", "\\\""));
                    System.err.println("BIÊN NHẬN KHÔNG HỢP LỆ / RECEIPT NOT VALID: " + result.problem());
                    return 1;
                }
                System.out.printf("{\"valid\": true, \"key_id\": \"%s\", \"receipt\": %s}%n", result.keyId(),
                        result.receiptJson());
                System.err.println("Chữ ký hợp lệ / signature valid.");
                return 0;
            }
        }
    }

    static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

}
