package vn.phoihop.demo;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;
import vn.phoihop.registry.Agencies;
import vn.phoihop.security.Role;
import vn.phoihop.security.UserAccounts;

/** Creates the demo province's agencies and accounts; idempotent, demo mode only. */
@Component
@DependsOn("flywayInitializer")
@ConditionalOnProperty(name = "phoihop.mode", havingValue = "demo")
public class DemoSeeder implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final Agencies agencies;
    private final UserAccounts users;

    public DemoSeeder(Agencies agencies, UserAccounts users) {
        this.agencies = agencies;
        this.users = users;
    }

    @Override
    public void afterPropertiesSet() {
        seed();
    }

    public void seed() {
        for (DemoProvince.Account account : DemoProvince.ACCOUNTS) {
            agencies.ensure(new Agencies.NewAgency(account.agencyCode(), account.nameVi(), account.nameEn(),
                    DemoProvince.level(), DemoProvince.PROVINCE_CODE, DemoProvince.PROVINCE_NAME_VI,
                    DemoProvince.PROVINCE_NAME_EN));
            if (!users.exists(account.username())) {
                users.create(new UserAccounts.NewUser(account.username(), account.nameVi(), DemoProvince.PASSWORD,
                        account.agencyCode(), account.roles()));
            }
        }
        if (!users.exists(DemoProvince.ADMIN_USERNAME)) {
            users.create(new UserAccounts.NewUser(DemoProvince.ADMIN_USERNAME, "Quản trị hệ thống",
                    DemoProvince.PASSWORD, Agencies.OPERATOR, Set.of(Role.ADMIN)));
        }
        log.info("Demo province {} seeded with {} accounts", DemoProvince.PROVINCE_NAME_VI,
                DemoProvince.ACCOUNTS.size() + 1);
    }
}
