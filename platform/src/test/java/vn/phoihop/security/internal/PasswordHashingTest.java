package vn.phoihop.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void passwords_are_hashed_with_argon2id_at_owasps_minimum_memory_and_iterations() {
        String hash = new SecurityConfiguration().passwordEncoder().encode("mot-cum-tu-du-dai");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(new SecurityConfiguration().passwordEncoder().matches("mot-cum-tu-du-dai", hash)).isTrue();
    }
}
