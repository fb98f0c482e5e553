package vn.phoihop.security.internal;

import java.util.Set;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.phoihop.registry.Agencies;
import vn.phoihop.security.Role;
import vn.phoihop.security.UserAccounts;

/**
 * {@code serve} never creates a default password: it refuses to start until an administrator
 * exists, which {@code PHOIHOP_ADMIN_PASSWORD} (on first start) or {@code ./phoihop admin create}
 * provides.
 */
@Component
@DependsOn("flywayInitializer")
@ConditionalOnProperty(name = "phoihop.mode", havingValue = "serve")
class AdminBootstrap implements InitializingBean {

    private final UserAccounts users;
    private final Environment environment;

    AdminBootstrap(UserAccounts users, Environment environment) {
        this.users = users;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        if (users.adminExists()) {
            return;
        }
        String password = environment.getProperty("phoihop.admin.password", "");
        if (password.isBlank()) {
            throw new NoAdministratorException();
        }
        users.create(new UserAccounts.NewUser("admin", "Quản trị hệ thống", password, Agencies.OPERATOR,
                Set.of(Role.ADMIN)));
    }

    /** Why {@code serve} did not start, in words the operator can act on. */
    static final class NoAdministratorException extends IllegalStateException {
        NoAdministratorException() {
            super("""
                    Chưa có tài khoản quản trị. Đặt biến môi trường PHOIHOP_ADMIN_PASSWORD cho lần khởi động đầu tiên \
                    hoặc chạy './phoihop admin create'.
                    No administrator exists. Set PHOIHOP_ADMIN_PASSWORD for the first start, or run \
                    './phoihop admin create'.""");
        }
    }
}
